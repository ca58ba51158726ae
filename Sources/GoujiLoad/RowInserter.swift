import GRDB
import GRDBSQLite

/// A prepared statement run once per row, each row's columns bound straight through SQLite's C
/// interface. A report has some two hundred value rows, and binding them through GRDB's
/// `StatementArguments` (a boxed `DatabaseValue` per column, checked, then bound) took about half of
/// its load. The only place where gouji calls SQLite's C interface; everything else goes through GRDB.
struct RowInserter {
    private let statement: Statement

    /// `sql` is cached by the database, so that a report's rows reuse the statement of the last report.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
    }

    /// Runs the statement once for each of `rows`; `bind` binds one row's columns, in order.
    func insert<Rows: Sequence>(_ rows: Rows, bind: (Rows.Element, inout Columns) -> Void) throws {
        let handle = statement.sqliteStatement
        for row in rows {
            var columns = Columns(statement: handle)
            bind(row, &columns)
            let code = sqlite3_step(handle)
            sqlite3_reset(handle)
            guard code == SQLITE_DONE else {
                let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
            }
        }
    }

    /// One row's columns, bound left to right; nil binds NULL.
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

        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
