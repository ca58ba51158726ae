import Foundation
import GRDB
import Testing
@testable import GoujiLoad
import GoujiModel
import GoujiTestSupport

@Suite struct CorpusTests {
    @Test func migrationsCreateTheSchema() throws {
        let corpus = try Corpus()
        let (tables, views, applied) = try corpus.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name"),
             try Schema.migrator.appliedIdentifiers(db))
        }
        for table in ["findings", "reports", "sources", "values"] { #expect(tables.contains(table)) }
        #expect(views == ["t3_wide", "totals_by_region_year"])
        #expect(applied == ["v1 tables", "v1 indexes", "v1 views", "v2 sources.reader", "v3 values clustered by report",
                            "v4 reports.place",
                           "v5 OCR confidence"])
    }

    @Test func aCorpusOfTheThirdSchemaGainsThePlaceColumnsAndKeepsItsRows() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("v3.sqlite")
        try makeOldCorpus(at: path, upTo: "v3 values clustered by report", holding: """
                INSERT INTO sources (id, path, name, sha256, size, kind, read_at) VALUES (7, '/a.txt', 'a.txt', 'aa', 1, 'text', '2024-01-01');
                INSERT INTO reports (source_id, status, reason, body) VALUES (7, 'ok', '', '宿迁市');
                """)
        let corpus = try Corpus(path: path)
        let row = try corpus.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT body, region_code, province, level, body_printed, place_note FROM reports")
        }
        #expect(row?["body"] == "宿迁市")
        #expect(row?["region_code"] == String?.none && row?["level"] == String?.none)
        try corpus.load(Fixtures.outcome(path: "/b.txt"), sha256: "bb", size: 1)
        let placed = try corpus.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT region_code, county, township, level FROM reports r JOIN sources s ON s.id = r.source_id WHERE s.path = '/b.txt'")
        }
        #expect(placed?["region_code"] == "110101" && placed?["county"] == "东城区")
        #expect(placed?["township"] == "天坛街道" && placed?["level"] == "township")
    }

    @Test func aCorpusOfTheSecondSchemaKeepsItsValuesWhenTheyAreClustered() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("v2.sqlite")
        try makeOldCorpus(at: path, upTo: "v2 sources.reader", holding: """
                INSERT INTO sources (id, path, name, sha256, size, kind, read_at) VALUES (7, '/a.txt', 'a.txt', 'aa', 1, 'text', '2024-01-01');
                INSERT INTO reports (source_id, status, reason) VALUES (7, 'ok', '');
                INSERT INTO "values" (source_id, "table", row, col, value, raw, location) VALUES (7, 't3', 'new', 'total', '12', '12', 'line 3');
                """)
        let corpus = try Corpus(path: path)
        let (values, clustered, cellIndex) = try corpus.writer.read { db in
            (try Row.fetchAll(db, sql: #"SELECT source_id, "table", row, col, value, location FROM "values""#),
             try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'values'") ?? "",
             try String.fetchOne(db, sql: "SELECT name FROM sqlite_master WHERE name = 'values_cell'"))
        }
        #expect(values == [["source_id": 7, "table": "t3", "row": "new", "col": "total", "value": "12", "location": "line 3"]])
        #expect(clustered.hasSuffix("WITHOUT ROWID"))
        #expect(cellIndex == nil)
        #expect(try corpus.loaded().map(\.path) == ["/a.txt"])
    }

    @Test func aFileCorpusIsCreatedWithItsFolderUsesWALAndReopens() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("new/folder/corpus.sqlite")
        try Corpus(path: path).load(Fixtures.outcome(), sha256: "aa", size: 10)
        let reopened = try Corpus(path: path)
        #expect(try reopened.isCurrent(path: "/docs/天坛-2024.txt", sha256: "aa"))
        let mode = try reopened.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func sameHashIsCurrentOtherHashOrPathIsNot() throws {
        let corpus = try Corpus()
        #expect(try !corpus.isCurrent(path: "/docs/天坛-2024.txt", sha256: "aa"))
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 10)
        #expect(try corpus.isCurrent(path: "/docs/天坛-2024.txt", sha256: "aa"))
        #expect(try !corpus.isCurrent(path: "/docs/天坛-2024.txt", sha256: "bb"))
        #expect(try !corpus.isCurrent(path: "/elsewhere/天坛-2024.txt", sha256: "aa"))
    }

    @Test func theReaderVersionIsKeptWithTheSource() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 10, readingVersion: "7")
        #expect(try corpus.loaded().map(\.readingVersion) == ["7"])
    }

    @Test func reloadingReplacesAndNeverDuplicates() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(findings: [Fixtures.flowFinding]), sha256: "aa", size: 10)
        try corpus.load(Fixtures.outcome(newTotal: 13), sha256: "bb", size: 11)
        let counts = try corpus.writer.read { db in
            try ["sources", "reports", "values", "findings"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0.quotedDatabaseIdentifier)") ?? -1
            }
        }
        #expect(counts == [1, 1, 6, 0])
        let total = try corpus.writer.read {
            try String.fetchOne($0, sql: #"SELECT value FROM "values" WHERE row = 'new' AND col = 'total'"#)
        }
        #expect(total == "13")
        #expect(try corpus.loaded().map(\.sha256) == ["bb"])
    }

    @Test func loadedListsEverySourceByPath() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/b/report.txt"), sha256: "bb", size: 2)
        try corpus.load(Fixtures.failed(path: "/a/scan.pdf"), sha256: "aa", size: 1)
        let loaded = try corpus.loaded()
        #expect(loaded.map(\.path) == ["/a/scan.pdf", "/b/report.txt"])
        #expect(loaded.map(\.status) == [.failed, .ok])
        #expect(loaded.map(\.size) == [1, 2])
    }

    @Test func noValueIsNullNeverZero() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 10)
        let (commercial, carried) = try corpus.writer.read { db in
            (try Row.fetchOne(db, sql: #"SELECT value, raw FROM "values" WHERE row = 'new' AND col = 'commercial'"#),
             try String.fetchOne(db, sql: #"SELECT value FROM "values" WHERE row = 'carried_over'"#))
        }
        #expect(commercial?["value"] == DatabaseValue.null)
        #expect(commercial?["raw"] == "/")
        #expect(carried == "0")
    }

    @Test func provenanceIsKept() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 10)
        let fees = try corpus.writer.read {
            try Row.fetchOne($0, sql: #"SELECT * FROM "values" WHERE "table" = 't2' AND row = 'fees'"#)
        }
        #expect(fees?["value"] == "18651.06")
        #expect(fees?["page"] == 2)
        #expect(fees?["box_x"] == 100.5 && fees?["box_h"] == 12.0)
        #expect(fees?["location"] == "page 2 at (101,200 40×12)")
        let review = try corpus.writer.read {
            try Row.fetchOne($0, sql: #"SELECT * FROM "values" WHERE "table" = 't4'"#)
        }
        #expect(review?["page"] == DatabaseValue.null)
        #expect(review?["location"] == "table 3 row 4 column 5")
        #expect(review?["doubt"] == "read from a wrapped cell")
    }

    @Test func aReportWithoutValuesStillHasItsStatus() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.failed(), sha256: "aa", size: 1)
        let row = try corpus.writer.read { try Row.fetchOne($0, sql: "SELECT status, reason, body FROM reports") }
        #expect(row?["status"] == "failed")
        #expect(row?["reason"] == "scanned PDF without a text layer")
        #expect(row?["body"] == DatabaseValue.null)
    }

    @Test func twoValuesForOneCellAreRefusedAndNothingChanges() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 10)
        var doubled = Fixtures.outcome(newTotal: 13)
        doubled.report?.values.append(Value(CellKey(.t3, "new", "total"), number: 14, raw: "14", at: .line(90)))
        #expect(throws: LoadError("/docs/天坛-2024.txt", .duplicateValue("t3[new, total]"))) {
            try corpus.load(doubled, sha256: "bb", size: 11)
        }
        #expect(try corpus.isCurrent(path: "/docs/天坛-2024.txt", sha256: "aa"))
    }

    @Test func aGroupIsLoadedTogetherAndARefusedOutcomeInItIsStoredAsFailedAlone() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/d/twice.txt"), sha256: "old", size: 10)
        var doubled = Fixtures.outcome(path: "/d/twice.txt", newTotal: 13)
        // Two statements' worth of good rows before the one refused, so that rows already inserted must go too.
        doubled.report?.values += (0..<40).map { Value(CellKey(.t3, "extra \($0)", "total"), number: 1, raw: "1", at: .line($0)) }
        doubled.report?.values.append(Value(CellKey(.t3, "new", "total"), number: 14, raw: "14", at: .line(90)))
        let stored = try corpus.load([FileOutcome(outcome: Fixtures.outcome(path: "/d/a.txt"), sha256: "aa", size: 1),
                                      FileOutcome(outcome: doubled, sha256: "bb", size: 2),
                                      FileOutcome(outcome: Fixtures.outcome(path: "/d/c.txt", newTotal: 20), sha256: "cc", size: 3)])
        #expect(stored.map(\.status) == [.ok, .failed, .ok])
        #expect(stored[1].reason == "could not be stored: two values for one cell t3[new, total]: the report was not loaded")
        let (sources, twiceValues, twiceStatus) = try corpus.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT path || ' ' || sha256 FROM sources ORDER BY path"),
             try Int.fetchOne(db, sql: #"SELECT COUNT(*) FROM "values" JOIN sources ON id = source_id WHERE path = '/d/twice.txt'"#),
             try String.fetchOne(db, sql: "SELECT status FROM reports JOIN sources ON id = source_id WHERE path = '/d/twice.txt'"))
        }
        #expect(sources == ["/d/a.txt aa", "/d/c.txt cc", "/d/twice.txt bb"])
        #expect(twiceValues == 0 && twiceStatus == "failed")
        #expect(try corpus.writer.read { try Int.fetchOne($0, sql: #"SELECT COUNT(*) FROM "values""#) } == 2 * Fixtures.outcome().report!.values.count)
    }

    @Test func aDatabaseFaultInAGroupIsThrownAndStoresNothingOfIt() throws {
        let corpus = try Corpus()
        // A corpus that can barely grow: many rows fail with SQLITE_FULL, a fault of the database, not of
        // the outcome, which a rerun must read again rather than skip as failed.
        try corpus.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        var big = Fixtures.outcome(path: "/d/big.txt")
        big.report?.values += (0..<2000).map { Value(CellKey(.t3, "extra \($0)", "total"), number: 1, raw: "1", at: .line($0)) }
        let error = #expect(throws: LoadError.self) {
            try corpus.load([FileOutcome(outcome: Fixtures.outcome(path: "/d/a.txt"), sha256: "aa", size: 1),
                             FileOutcome(outcome: big, sha256: "bb", size: 2)])
        }
        #expect(error?.description.contains("full") == true)
        #expect(try corpus.loaded().isEmpty)
    }

    @Test func aFailedLoadRollsBackWhole() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(findings: [Fixtures.flowFinding]), sha256: "aa", size: 10)
        // Make the last insert of the next load fail, after the old rows are deleted and the new ones written.
        try corpus.writer.write {
            try $0.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON findings BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        let error = #expect(throws: LoadError.self) {
            try corpus.load(Fixtures.outcome(newTotal: 13, findings: [Fixtures.flowFinding]), sha256: "bb", size: 11)
        }
        #expect(error?.description.contains("refused") == true)
        let (sha, total, findings) = try corpus.writer.read { db in
            (try String.fetchOne(db, sql: "SELECT sha256 FROM sources"),
             try String.fetchOne(db, sql: #"SELECT value FROM "values" WHERE row = 'new' AND col = 'total'"#),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM findings"))
        }
        #expect(sha == "aa" && total == "12" && findings == 1)
    }

    @Test func aCorpusFromANewerGoujiIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("corpus.sqlite")
        let corpus = try Corpus(path: path)
        try corpus.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99 future')") }
        #expect(throws: LoadError(path, .newerSchema)) { try Corpus(path: path) }
    }

    /// Another application's database given as the corpus gets none of gouji's tables; an empty one becomes a corpus.
    @Test func anotherApplicationsDatabaseIsRefusedUnlessEmpty() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("notes.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); CREATE VIEW recent AS SELECT * FROM notes")
        }
        #expect(throws: LoadError(path, .notACorpus(["notes", "recent"]))) { try Corpus(path: path) }
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables == ["notes"])

        let empty = directory.path("empty.sqlite")
        try DatabaseQueue(path: empty).write { db in try db.execute(sql: "CREATE TABLE t (x); DROP TABLE t") }
        #expect(try Corpus(path: empty).loaded().isEmpty)
        // And a corpus reopens as one.
        #expect(try Corpus(path: empty).loaded().isEmpty)
    }

    @Test func aFileThatIsNotADatabaseIsACannotOpenError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("notes.sqlite")
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: LoadError.self) { try Corpus(path: path) }
        guard case .cannotOpen = error?.reason else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(error?.description.hasPrefix(path + ": cannot open the corpus: ") == true)
    }
}
