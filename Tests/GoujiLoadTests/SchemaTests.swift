import Foundation
import GoujiModel
import GoujiTestSupport
import GRDB
import Testing
@testable import GoujiLoad

/// The migrations as released: literal SQL that corpora made by earlier versions have run, and records whose
/// one list of columns every writer binds.
@Suite struct SchemaTests {
    /// A corpus as gouji made it before its migrations were literal SQL: the dump that
    /// scripts/make-old-corpus.sh wrote with gouji 17382d2 (schema v5, two reports).
    static func oldCorpus(in directory: TemporaryDirectory) throws -> String {
        let path = directory.path("old.sqlite")
        let dump = try String(contentsOf: PackageFiles.root.appendingPathComponent("Tests/GoujiLoadTests/Corpora/corpus-v5.sql"),
                              encoding: .utf8)
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: dump) }
        return path
    }

    /// Every table, index and view with the SQL that made it.
    static func schema(_ reader: some DatabaseReader) throws -> [Row] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        }
    }

    @Test func theReleasedMigrationsMakeTheSchemaTheyMadeBefore() throws {
        let directory = try TemporaryDirectory()
        let old = try DatabaseQueue(path: Self.oldCorpus(in: directory))
        let new = try DatabaseQueue()
        try Schema.migrator.migrate(new, upTo: "v5 OCR confidence")
        #expect(try Self.schema(new) == Self.schema(old))
        #expect(try new.read(Schema.migrator.appliedIdentifiers) == old.read(Schema.migrator.appliedIdentifiers))
    }

    @Test func aCorpusOfAnEarlierGoujiOpensKeepsItsRowsAndEndsWithTodaysSchema() throws {
        let directory = try TemporaryDirectory()
        let path = try Self.oldCorpus(in: directory)
        let corpus = try Corpus(path: path)
        #expect(try Self.schema(corpus.writer) == Self.schema(Corpus().writer))
        #expect(try corpus.loaded().map(\.path) == ["in/hongze-2024.txt", "in/tiantan-2024.txt"])
        #expect(try corpus.loaded().map(\.status) == [.unbalanced, .ok])
        let total = try corpus.writer.read { db in
            try String.fetchOne(db, sql: #"SELECT "new.total" FROM t3_wide WHERE source = 'tiantan-2024.txt'"#)
        }
        #expect(total != nil)
        try corpus.load(Fixtures.outcome(path: "/b.txt"), sha256: "bb", size: 1)
        #expect(try corpus.loaded().count == 3)
        // Opened again, it runs no migration twice.
        #expect(try Corpus(path: path).writer.read(Schema.migrator.appliedIdentifiers).count == Schema.migrations.count)
    }

    /// `t3_wide` lists the model's t3 cells in printed order: a change of the model's t3 keys needs a new
    /// migration that recreates the view with the text this test prints, since the released ones never change.
    @Test func t3WideListsTheModelsCells() throws {
        let cells = CanonicalOrder.rows(.t3).flatMap { row in
            CanonicalOrder.columns(.t3).map { col in
                "MAX(CASE WHEN v.row = '\(row)' AND v.col = '\(col)' THEN CAST(v.value AS NUMERIC) END)"
                    + " AS \("\(row).\(col)".quotedDatabaseIdentifier)"
            }
        }
        let fromTheModel = """
            CREATE VIEW t3_wide AS
            SELECT s.id AS source_id, s.name AS source, s.path, r.body, r.region, r.year, r.format, r.status,
            \(cells.joined(separator: ",\n"))
            FROM sources s
            JOIN reports r ON r.source_id = s.id
            JOIN "values" v ON v.source_id = s.id AND v."table" = 't3'
            GROUP BY s.id, r.source_id
            """
        let view = try Corpus().writer.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 't3_wide'")
        }
        #expect(view == fromTheModel, "\(fromTheModel)")
    }

    @Test func noMigrationIsNamedTwice() {
        #expect(Set(Schema.migrations.map(\.name)).count == Schema.migrations.count)
    }

    /// Each record's columns are bound in the order of its list: read back by name, it is the record written.
    @Test func recordsReadBackAsTheyWereBound() throws {
        let corpus = try Corpus()
        let outcome = Fixtures.outcome(findings: [Fixtures.flowFinding, Fixtures.flowFinding])
        try corpus.load(outcome, sha256: "aa", size: 10, readingVersion: "7")
        try corpus.writer.read { db in
            let source = try #require(try SourceRecord.fetchOne(db))
            let id = try #require(source.id)
            #expect(source == SourceRecord(outcome.source, sha256: "aa", size: 10, readAt: source.readAt, reader: "7").with(id: id))
            #expect(try ReportRecord.fetchAll(db) == [ReportRecord(outcome, sourceID: id)])
            #expect(try Set(ValueRecord.fetchAll(db)) == Set(outcome.report!.values.map { ValueRecord($0, sourceID: id) }))
            #expect(try FindingRecord.order(FindingRecord.Columns.ordinal).fetchAll(db).map { $0.with(id: nil) }
                    == outcome.findings.enumerated().map { FindingRecord($1, ordinal: $0, sourceID: id) })
        }
    }

    /// A merge copies every column of every table: the merged corpus holds what the shard held, but ids.
    @Test func aMergeCopiesEveryColumn() throws {
        let directory = try TemporaryDirectory()
        let shard = try Corpus(path: directory.path("shard.sqlite"))
        try shard.load(Fixtures.outcome(findings: [Fixtures.flowFinding]), sha256: "aa", size: 10, readingVersion: "7")
        try shard.load(Fixtures.failed(), sha256: "bb", size: 2)
        let merged = try Corpus()
        try merged.load(Fixtures.failed(path: "/elsewhere.pdf"), sha256: "cc", size: 3)
        try merged.merge(from: directory.path("shard.sqlite"))
        let tables = ["sources", "reports", "values", "findings"]
        func rows(_ corpus: Corpus) throws -> [String] {
            try corpus.writer.read { db in
                try tables.flatMap { table in
                    try Row.fetchAll(db, sql: """
                        SELECT t.* FROM \(table.quotedDatabaseIdentifier) t
                        JOIN sources s ON s.id = \(table == "sources" ? "t.id" : "t.source_id") WHERE s.path <> '/elsewhere.pdf'
                        """).map { row in
                        // Ids differ from corpus to corpus; every other column must not.
                        "\(table): " + row.columnNames.filter { $0 != "id" && $0 != "source_id" }
                            .map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
                    }.sorted()
                }
            }
        }
        #expect(try rows(merged) == rows(shard))
        #expect(try !rows(shard).isEmpty)
    }

    /// A shard made by an earlier gouji, before the OCR columns, merges: it is brought to this schema first.
    @Test func aShardOfAnEarlierSchemaMerges() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("v4.sqlite")
        try makeOldCorpus(at: path, upTo: "v4 reports.place", holding: """
                INSERT INTO sources (id, path, name, sha256, size, kind, read_at, reader) VALUES (7, '/a.txt', 'a.txt', 'aa', 1, 'text', '2024-01-01', '3');
                INSERT INTO reports (source_id, status, reason, body) VALUES (7, 'ok', '', '宿迁市');
                INSERT INTO "values" (source_id, "table", row, col, value, raw, location) VALUES (7, 't3', 'new', 'total', '12', '12', 'line 3');
                """)
        let merged = try Corpus()
        try merged.merge(from: path)
        #expect(try merged.loaded().map(\.readingVersion) == ["3"])
        let value = try merged.writer.read { db in try Row.fetchOne(db, sql: #"SELECT value, ocr_confidence FROM "values""#) }
        #expect(value == ["value": "12", "ocr_confidence": nil])
    }

    /// A database that is no corpus is refused as a shard, and left as it was.
    @Test func anotherApplicationsDatabaseIsNoShard() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE sources (id INTEGER, path TEXT)") }
        #expect(throws: LoadError(path, .notACorpus(["sources"]))) { try Corpus().merge(from: path) }
        let tables = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["sources"])
    }
}

extension SourceRecord {
    func with(id: Int64?) -> SourceRecord { var copy = self; copy.id = id; return copy }
}

extension FindingRecord {
    func with(id: Int64?) -> FindingRecord { var copy = self; copy.id = id; return copy }
}
