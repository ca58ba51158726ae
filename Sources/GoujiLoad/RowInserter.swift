import Foundation
import GRDB
import GRDBSQLite

/// Rows inserted through prepared statements that take many rows at a time, each row's columns bound
/// straight through SQLite's C interface. A report has some two hundred value rows: GRDB's
/// `StatementArguments` would box, check and bind a `DatabaseValue` per column, and a statement run
/// once per row would start and end two hundred times. The only place where gouji calls SQLite's C
/// interface; everything else goes through GRDB.
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

    /// Inserts records that bind their own columns.
    static func insert<Rows: RandomAccessCollection>(_ rows: Rows, _ db: Database) throws where Rows.Element: BoundRow {
        try RowInserter(db, into: Rows.Element.databaseTableName, columns: Rows.Element.columnNames).insert(rows) { row, columns in
            try row.bind(to: &columns)
        }
    }

    /// Inserts `rows`; `bind` binds one row's columns, in order.
    func insert<Rows: RandomAccessCollection>(_ rows: Rows, bind: (Rows.Element, inout Columns) throws -> Void) throws {
        var rest = rows[...]
        var columns = Columns()
        while !rest.isEmpty {
            let statement = rest.count >= Self.rowsPerStatement ? many : one
            let piece = rest.prefix(statement === many ? Self.rowsPerStatement : 1)
            columns.removeAll()
            for row in piece {
                try bind(row, &columns)
            }
            try columns.bound(to: statement.sqliteStatement) { try Self.run(statement) }
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

    /// The columns of a statement's rows, left to right; nil is NULL. They are kept, then bound all at
    /// once: the text of all the rows in one buffer, which SQLite reads in place (`SQLITE_STATIC`)
    /// instead of copying each piece of text into an allocation of its own.
    struct Columns: ColumnValues {
        private enum Column {
            case null, integer(Int64), real(Double), text(Range<Int>)
        }

        private var columns: [Column] = []
        private var text: [UInt8] = []

        fileprivate mutating func removeAll() {
            columns.removeAll(keepingCapacity: true)
            text.removeAll(keepingCapacity: true)
        }

        mutating func bind(_ value: Int64?) { columns.append(value.map(Column.integer) ?? .null) }

        mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

        mutating func bind(_ value: Double?) { columns.append(value.map(Column.real) ?? .null) }

        mutating func bind(_ value: String?) {
            guard let value else { return columns.append(.null) }
            let start = text.count
            text.append(contentsOf: value.utf8)
            columns.append(.text(start..<text.count))
        }

        /// As GRDB stores a date: its UTC text, which GRDB reads back.
        mutating func bind(_ value: Date) { bind(String.fromDatabaseValue(value.databaseValue)) }

        /// Binds the columns to `statement` and runs `body`, during which SQLite may read the text.
        /// Throws SQLite's reason where a column cannot be bound, or the rows bound fewer or more
        /// columns than the statement takes.
        fileprivate func bound(to statement: SQLiteStatement, _ body: () throws -> Void) throws {
            defer { sqlite3_clear_bindings(statement) }  // no pointer into the buffer outlives it
            let expected = Int(sqlite3_bind_parameter_count(statement))
            guard columns.count == expected else {
                throw DatabaseError(resultCode: .SQLITE_RANGE, message: "\(columns.count) columns bound to a statement of \(expected)")
            }
            try text.withUnsafeBufferPointer { text in
                for (offset, column) in columns.enumerated() {
                    let index = Int32(offset + 1)
                    let code: Int32
                    switch column {
                    case .null: code = sqlite3_bind_null(statement, index)
                    case .integer(let number): code = sqlite3_bind_int64(statement, index, number)
                    case .real(let number): code = sqlite3_bind_double(statement, index, number)
                    // The empty text, from a buffer that may have no address (which would bind NULL).
                    case .text(let range) where range.isEmpty: code = sqlite3_bind_text(statement, index, "", 0, Self.transient)
                    case .text(let range) where range.count > Int(Int32.max): code = SQLITE_TOOBIG
                    case .text(let range):
                        let start = UnsafeRawPointer(text.baseAddress! + range.lowerBound).assumingMemoryBound(to: CChar.self)
                        code = sqlite3_bind_text(statement, index, start, Int32(range.count), nil)  // SQLITE_STATIC
                    }
                    guard code == SQLITE_OK else {
                        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "column \(index): \(String(cString: sqlite3_errstr(code)))")
                    }
                }
                try body()
            }
        }

        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
