import Foundation
internal import CLibPQ

/// One connection to a PostgreSQL server through libpq. It owns its `PGconn` and frees it when it goes;
/// every result is copied out as text and freed before a call returns.
final class PostgresConnection {
    private let connection: OpaquePointer

    /// Connects to the server `url` names (`postgresql://user@host/db`, or libpq's `key=value` form).
    init(url: String) throws(PostgresError) {
        guard let connection = PQconnectdb(url) else { throw PostgresError("libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.message(connection)
            PQfinish(connection)
            throw PostgresError(message)
        }
        // Notices ("already exists, skipping") are the server thinking aloud; libpq would print them on stderr.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        self.connection = connection
    }

    deinit {
        PQfinish(connection)
    }

    /// Runs one statement with `$1`, `$2`… bound to `parameters` as text (nil for NULL) and returns its rows,
    /// each field as text or nil for NULL.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> [[String?]] {
        let result = withTextParameters(parameters) { values in
            PQexecParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        guard let result else { throw PostgresError(Self.message(connection)) }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            return (0..<PQntuples(result)).map { row in
                (0..<PQnfields(result)).map { field in
                    PQgetisnull(result, row, field) == 1 ? nil : String(cString: PQgetvalue(result, row, field))
                }
            }
        default:
            throw PostgresError(String(cString: PQresultErrorMessage(result)).trimmingWhitespace)
        }
    }

    /// Runs statements that take no parameters, separated by semicolons: a migration's script.
    func run(script sql: String) throws(PostgresError) {
        guard let result = PQexec(connection, sql) else { throw PostgresError(Self.message(connection)) }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK: return
        default: throw PostgresError(String(cString: PQresultErrorMessage(result)).trimmingWhitespace)
        }
    }

    /// Calls `body` with the parameters as C strings, which live only for the call.
    private func withTextParameters<T>(_ parameters: [String?],
                                       _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    private static func message(_ connection: OpaquePointer) -> String {
        String(cString: PQerrorMessage(connection)).trimmingWhitespace
    }
}

/// What the PostgreSQL server or libpq said went wrong.
struct PostgresError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

private extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
