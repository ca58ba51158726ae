import GRDB
import GRDBSQLite

/// Rows inserted through prepared statements that take many rows at a time, each row's columns bound
/// straight through SQLite's C interface. A report has some two hundred value rows: binding them
/// through GRDB's `StatementArguments` (a boxed `DatabaseValue` per column, checked, then bound) took
/// about half of its load, and a statement run once per row spent a further sixth starting and
/// ending. The only place where gouji calls SQLite's C interface; everything else goes through GRDB.
struct RowInserter {
    /// Enough rows that a statement's start and end cost little per row, few enough that a report's
    /// last rows, which go one at a time, are few.
    static let rowsPerStatement = 16

    private let many: Statement
    private let one: Statement

    /// Both statements are cached by the database, so that a report's rows reuse those of the last report.
    init(_ db: Database, into table: String, columns: [String]) throws {
        let row = "(\(databaseQuestionMarks(count: columns.count)))"
        let names = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let head = "INSERT INTO \(table.quotedDatabaseIdentifier) (\(names)) VALUES "
        many = try db.cachedStatement(sql: head + Array(repeating: row, count: Self.rowsPerStatement).joined(separator: ", "))
        one = try db.cachedStatement(sql: head + row)
    }

    /// Inserts `rows`; `bind` binds one row's columns, in order.
    func insert<Rows: RandomAccessCollection>(_ rows: Rows, bind: (Rows.Element, inout Columns) -> Void) throws {
        var rest = rows[...]
        while !rest.isEmpty {
            let statement = rest.count >= Self.rowsPerStatement ? many : one
            let piece = rest.prefix(statement === many ? Self.rowsPerStatement : 1)
            var columns = Columns(statement: statement.sqliteStatement)
            for row in piece {
                bind(row, &columns)
            }
            try Self.run(statement)
            rest = rest[piece.endIndex...]
        }
    }

    private static func run(_ statement: Statement) throws {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// The columns of a statement's rows, bound left to right; nil binds NULL.
    struct Columns {
        fileprivate let statement: SQLiteStatement
        private var index: Int32 = 0

        fileprivate init(statement: SQLiteStatement) { self.statement = statement }

        mutating func bind(_ value: Int64?) {
            index += 1
            if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
        }

        mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

        mutating func bind(_ value: Double?) {
            index += 1
            if let value { sqlite3_bind_double(statement, index, value) } else { sqlite3_bind_null(statement, index) }
        }

        mutating func bind(_ value: String?) {
            index += 1
            guard var value else { sqlite3_bind_null(statement, index); return }
            // A NULL pointer, which an empty buffer may have, would bind NULL, not the empty text.
            guard !value.isEmpty else { sqlite3_bind_text(statement, index, "", 0, Self.transient); return }
            let (statement, index) = (statement, index)
            // SQLite copies the text (SQLITE_TRANSIENT): the string's buffer lives only for the call.
            value.withUTF8 { text in
                text.withMemoryRebound(to: CChar.self) { text in
                    _ = sqlite3_bind_text(statement, index, text.baseAddress, Int32(text.count), Self.transient)
                }
            }
        }

        /// A value as GRDB stores it (a date as its text, for one): for the columns not worth a kind of their own.
        mutating func bind(_ value: (some DatabaseValueConvertible)?) {
            switch value?.databaseValue.storage {
            case .int64(let number): bind(number)
            case .double(let number): bind(number)
            case .string(let text): bind(text)
            case .blob, .null, nil: bind(nil as Int64?)
            }
        }

        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
