import GRDB
import Testing
@testable import GoujiLoad

@Suite struct RowInserterTests {
    private func table() throws -> DatabaseQueue {
        let database = try DatabaseQueue()
        try database.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, x REAL, s TEXT NOT NULL, note TEXT)")
        }
        return database
    }

    @Test func bindsEachKindAndNullAndTheEmptyText() throws {
        let database = try table()
        let rows: [(Int?, Double?, String, String?)] = [(12, 1.5, "第一行 row", nil), (nil, nil, "", "备注"), (-3, 0, "x", "")]
        try database.write { db in
            try RowInserter(db, into: "t", columns: ["n", "x", "s", "note"]).insert(rows) { row, columns in
                columns.bind(row.0)
                columns.bind(row.1)
                columns.bind(row.2)
                columns.bind(row.3)
            }
        }
        let stored = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT n, x, s, note, typeof(s), typeof(note) FROM t ORDER BY id")
        }
        #expect(stored.map { $0[0] as Int? } == [12, nil, -3])
        #expect(stored.map { $0[1] as Double? } == [1.5, nil, 0])
        #expect(stored.map { $0[2] as String } == ["第一行 row", "", "x"])
        #expect(stored.map { $0[3] as String? } == [nil, "备注", ""])
        // The empty text is text, not NULL.
        #expect(stored.map { $0[4] as String } == ["text", "text", "text"])
        #expect(stored.map { $0[5] as String } == ["null", "text", "text"])
    }

    @Test func rowsBeyondAStatementsShareGoThroughFullStatementsThenOneByOne() throws {
        let database = try table()
        // Two full statements and a few rows one at a time, in order.
        let count = 2 * RowInserter.rowsPerStatement + 3
        try database.write { db in
            try RowInserter(db, into: "t", columns: ["n", "s"]).insert(0..<count) { n, columns in
                columns.bind(n)
                columns.bind("row \(n)")
            }
        }
        let stored = try database.read { db in try Row.fetchAll(db, sql: "SELECT n, s FROM t ORDER BY id") }
        #expect(stored.map { $0[0] as Int } == Array(0..<count))
        #expect(stored.map { $0[1] as String } == (0..<count).map { "row \($0)" })
    }

    @Test func aRefusedRowThrowsSQLitesReasonAndTheStatementIsReusable() throws {
        let database = try table()
        try database.write { db in
            let error = #expect(throws: DatabaseError.self) {
                try RowInserter(db, into: "t", columns: ["id", "s"]).insert([(1, "a"), (1, "b")]) { row, columns in
                    columns.bind(row.0)
                    columns.bind(row.1)
                }
            }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.message?.contains("UNIQUE") == true)
            try RowInserter(db, into: "t", columns: ["id", "s"]).insert([(2, "c")]) { row, columns in
                columns.bind(row.0)
                columns.bind(row.1)
            }
        }
        #expect(try database.read { db in try String.fetchAll(db, sql: "SELECT s FROM t ORDER BY id") } == ["a", "c"])
    }

    @Test(arguments: [1, 3])
    func rowsThatBindTooFewOrTooManyColumnsAreRefused(columnsBound: Int) throws {
        let database = try table()
        try database.write { db in
            let error = #expect(throws: DatabaseError.self) {
                try RowInserter(db, into: "t", columns: ["n", "s"]).insert([5]) { n, columns in
                    for _ in 0..<columnsBound { columns.bind("\(n)") }
                }
            }
            #expect(error?.resultCode == .SQLITE_RANGE)
        }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") } == 0)
    }
}
