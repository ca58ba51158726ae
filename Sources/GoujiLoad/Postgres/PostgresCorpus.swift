import Foundation
import GoujiModel
import GRDB
import Synchronization

/// The corpus in a PostgreSQL database, with `Corpus`'s schema (the same named migrations, `Schema.migrations`)
/// and guarantees, so that several machines can feed one corpus: loading a file replaces everything held for
/// its path in one transaction.
///
/// Unchecked Sendable: its one mutable part, the libpq connection, is only used inside `access`, under `lock`.
public final class PostgresCorpus: @unchecked Sendable {
    /// The server, as given: a `postgresql://` URL or libpq's `key=value` words.
    public let url: String
    let connection: PostgresConnection
    /// libpq connections serve one caller at a time.
    private let lock = Mutex(())

    /// Connects and migrates the schema as needed; machines starting at once migrate one after another.
    public init(url: String) throws {
        self.url = url
        do {
            connection = try PostgresConnection(url: url)
        } catch {
            throw LoadError(url, .cannotOpen(error.description))
        }
        try access(url) { try migrate() }
    }

    /// Whether `path` is loaded from content with this hash, so that a rerun can skip it.
    public func isCurrent(path: String, sha256: String) throws -> Bool {
        try access(path) {
            try !connection.execute("SELECT 1 FROM sources WHERE path = $1 AND sha256 = $2", [path, sha256]).isEmpty
        }
    }

    /// Replaces everything loaded for the outcome's path with the outcome, in one transaction; `readingVersion`
    /// names the version of gouji's reading that made it.
    public func load(_ outcome: Outcome, sha256: String, size: Int, readingVersion: String = "") throws {
        let path = outcome.source.path
        let values = outcome.report?.values ?? []
        if let repeated = values.firstRepeatedKey { throw LoadError(path, .duplicateValue(repeated.description)) }
        try access(path) {
            try transaction {
                let id = try replace(SourceRecord(outcome.source, sha256: sha256, size: size, readAt: Date(), reader: readingVersion))
                try insert(ReportRecord(outcome, sourceID: id))
                for value in values { try insert(ValueRecord(value, sourceID: id)) }
                for (ordinal, finding) in outcome.findings.enumerated() {
                    try insert(FindingRecord(finding, ordinal: ordinal, sourceID: id))
                }
            }
        }
    }

    /// Deletes the source held for the record's path, and with it its rows, and inserts the record in its
    /// place; returns the id it is given.
    func replace(_ source: SourceRecord) throws -> Int64 {
        try connection.execute("DELETE FROM sources WHERE path = $1", [source.path])  // cascades
        let inserted = try insert(source, returning: "id")
        guard let text = inserted.first?.first ?? nil, let id = Int64(text) else {
            throw PostgresError("no id for the new source")
        }
        return id
    }

    /// Inserts a record's columns into its table, returning the columns `returning` names.
    @discardableResult
    func insert<Record: BoundRow>(_ record: Record, returning: String? = nil) throws -> [[String?]] {
        var parameters = PostgresParameters()
        try record.bind(to: &parameters)
        let places = (1...Record.columnNames.count).map { "$\($0)" }.joined(separator: ", ")
        return try connection.execute("""
            INSERT INTO \(Record.databaseTableName.quotedDatabaseIdentifier) (\(Corpus.list(Record.columnNames)))
            VALUES (\(places))\(returning.map { " RETURNING \($0)" } ?? "")
            """, parameters.texts)
    }

    /// Every source the corpus holds, by path.
    public func loaded() throws -> [LoadedSource] {
        try access(url) {
            try connection.execute("""
                SELECT s.path, s.sha256, s.size, r.status, extract(epoch FROM s.read_at), s.reader
                FROM sources s JOIN reports r ON r.source_id = s.id ORDER BY s.path
                """).map { row in
                guard let path = row[0], let sha256 = row[1], let size = row[2].flatMap({ Int($0) }),
                      let status = row[3].flatMap(ReportStatus.init(rawValue:)),
                      let epoch = row[4].flatMap({ Double($0) }), let reader = row[5] else {
                    throw PostgresError("a source row that does not read: \(row)")
                }
                return LoadedSource(path: path, sha256: sha256, size: size, status: status,
                                    readAt: Date(timeIntervalSince1970: epoch), readingVersion: reader)
            }
        }
    }

    /// Rows of any query, each field as text or nil for NULL: for reading the views.
    public func rows(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        try access(url) { try connection.execute(sql, parameters) }
    }

    // MARK: - Migrations and transactions

    /// The migrations not yet run, each in its own transaction, under a lock the server holds for the database.
    private func migrate() throws {
        try connection.execute("SELECT pg_advisory_lock(\(Self.migrationLock))")
        defer { _ = try? connection.execute("SELECT pg_advisory_unlock(\(Self.migrationLock))") }
        try connection.execute("CREATE TABLE IF NOT EXISTS gouji_migrations (name TEXT PRIMARY KEY)")
        let done = Set(try connection.execute("SELECT name FROM gouji_migrations").compactMap { $0.first ?? nil })
        let known = Set(Schema.migrations.map(\.name))
        guard done.isSubset(of: known) else { throw LoadError(url, .newerSchema) }
        for migration in Schema.migrations where !done.contains(migration.name) {
            try transaction {
                try connection.run(script: migration.postgres)
                try connection.execute("INSERT INTO gouji_migrations (name) VALUES ($1)", [migration.name])
            }
        }
    }

    /// An arbitrary key that every gouji takes before migrating.
    private static let migrationLock = 0x676F756A69

    func transaction(_ body: () throws -> Void) throws {
        try connection.execute("BEGIN")
        do {
            try body()
            try connection.execute("COMMIT")
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` alone on the connection, turning a server failure into a `LoadError` about `file`.
    func access<T: Sendable>(_ file: String, _ body: () throws -> T) throws -> T {
        let result: Result<T, Error> = lock.withLock { _ in Result { try body() } }
        do {
            return try result.get()
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(file, .database("\(url): \(error)"))
        }
    }
}
