import Foundation
import GRDB
import Testing
@testable import GoujiLoad
import GoujiModel

/// The libpq connection words of the test server: `scripts/postgres.sh` starts one and prints them; .ci/run does.
private let server = ProcessInfo.processInfo.environment["GOUJI_POSTGRES"]

/// Against the real server that GOUJI_POSTGRES names.
@Suite(.enabled(if: server != nil, "needs a PostgreSQL server: export GOUJI_POSTGRES=\"$(scripts/postgres.sh)\""))
final class PostgresCorpusTests {
    /// A schema of its own for each test, so that tests run side by side; dropped when the test ends.
    private let schema = "gouji_test_\(UUID().uuidString.prefix(8).lowercased())"
    private let url: String

    init() throws {
        try PostgresConnection(url: server!).execute("CREATE SCHEMA \(schema)")
        url = server! + " options='-csearch_path=\(schema)'"
    }

    deinit {
        _ = try? PostgresConnection(url: server!).execute("DROP SCHEMA \(schema) CASCADE")
    }

    @Test func loadsAReportWholeAndReplacesItOnReload() throws {
        let corpus = try PostgresCorpus(url: url)
        try corpus.load(Fixtures.outcome(findings: [Fixtures.flowFinding]), sha256: "aa", size: 10)
        #expect(try corpus.isCurrent(path: "/docs/天坛-2024.txt", sha256: "aa"))
        #expect(try !corpus.isCurrent(path: "/docs/天坛-2024.txt", sha256: "bb"))
        try corpus.load(Fixtures.outcome(newTotal: 13, status: .unbalanced), sha256: "bb", size: 11)

        let loaded = try corpus.loaded()
        #expect(loaded.map(\.path) == ["/docs/天坛-2024.txt"])
        #expect(loaded.first?.status == .unbalanced && loaded.first?.size == 11 && loaded.first?.sha256 == "bb")
        #expect(try corpus.rows(#"SELECT count(*) FROM "values""#) == [["6"]])
        #expect(try corpus.rows("SELECT count(*) FROM findings") == [["0"]])
        #expect(try corpus.rows(#"SELECT value, raw, page, box_x, doubt FROM "values" WHERE row = 'fees'"#)
                == [["18651.06", "18651.06", "2", "100.5", nil]])
        #expect(try corpus.rows("SELECT doubts::text, region, year FROM reports")
                == [[#"["表四 read from a wrapped cell"]"#, "北京市东城区", "2024"]])
    }

    @Test func findingsKeepTheirNumbersAndOrder() throws {
        let corpus = try PostgresCorpus(url: url)
        var second = Fixtures.flowFinding
        second.rule = "t3.columns"
        try corpus.load(Fixtures.outcome(status: .unbalanced, findings: [Fixtures.flowFinding, second]),
                        sha256: "aa", size: 1)
        #expect(try corpus.rows("SELECT ordinal, rule, expected, found, difference, suspect, message_zh FROM findings ORDER BY ordinal")
                == [["0", "t3.flow", "12", "12.5", "0.5", "t3[new, total]", "本年新收＋上年结转，\n与总计不符"],
                    ["1", "t3.columns", "12", "12.5", "0.5", "t3[new, total]", "本年新收＋上年结转，\n与总计不符"]])
    }

    @Test func viewsMatchTheSQLiteCorpus() throws {
        let corpus = try PostgresCorpus(url: url)
        try corpus.load(Fixtures.outcome(path: "/d/a.txt"), sha256: "aa", size: 1)
        try corpus.load(Fixtures.outcome(path: "/d/b.txt", newTotal: 20, status: .unbalanced), sha256: "bb", size: 1)
        try corpus.load(Fixtures.failed(), sha256: "cc", size: 1)
        #expect(try corpus.rows(#"SELECT source, "new.total", "new.commercial" FROM t3_wide ORDER BY source"#)
                == [["a.txt", "12", nil], ["b.txt", "20", nil]])
        #expect(try corpus.rows("""
            SELECT reports, flagged, total FROM totals_by_region_year WHERE year = 2024 AND row = 'new' AND col = 'total'
            """) == [["2", "1", "32"]])
    }

    @Test func aReportsPlaceIsStored() throws {
        let corpus = try PostgresCorpus(url: url)
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 1)
        #expect(try corpus.rows("SELECT region_code, county, township, level, body_printed, published FROM reports")
                == [["110101", "东城区", "天坛街道", "township", "天坛街道 办事处", "2025-01-20"]])
    }

    @Test func reopeningMigratesNothingTwiceAndADuplicateCellIsRefused() throws {
        let corpus = try PostgresCorpus(url: url)
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 1)
        let again = try PostgresCorpus(url: url)
        #expect(try again.rows("SELECT name FROM gouji_migrations ORDER BY name") == Schema.migrations.map { [$0.name] }.sorted { $0[0]! < $1[0]! })
        #expect(try again.loaded().count == 1)
        var twice = Fixtures.outcome(path: "/d/twice.txt")
        let first = try #require(twice.report?.values.first)
        twice.report?.values.append(first)
        #expect(throws: LoadError("/d/twice.txt", .duplicateValue("t3[new, total]"))) {
            try again.load(twice, sha256: "dd", size: 1)
        }
    }

    @Test func aFailedLoadLeavesTheOldReport() throws {
        let corpus = try PostgresCorpus(url: url)
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 1)
        var broken = Fixtures.outcome(newTotal: 99)
        // A year the INTEGER column refuses fails the transaction after the old source was deleted.
        broken.report?.year = Int.max
        #expect(throws: LoadError.self) { try corpus.load(broken, sha256: "bb", size: 1) }
        #expect(try corpus.loaded().map(\.sha256) == ["aa"])
        #expect(try corpus.rows(#"SELECT value FROM "values" WHERE row = 'new' AND col = 'total'"#) == [["12"]])
    }

    @Test func pushCopiesWhatChangedAndSkipsTheRest() throws {
        let local = try Corpus()
        try local.load(Fixtures.outcome(path: "/d/a.txt", findings: [Fixtures.flowFinding]), sha256: "aa", size: 1)
        try local.load(Fixtures.outcome(path: "/d/b.txt", newTotal: 20), sha256: "bb", size: 2)
        try local.load(Fixtures.failed(), sha256: "cc", size: 3)
        let shared = try PostgresCorpus(url: url)
        #expect(try shared.push(from: local) == .init(pushed: 3, unchanged: 0))
        #expect(try shared.loaded().map(\.path) == ["/d/a.txt", "/d/b.txt", "/docs/scan.pdf"])
        #expect(try shared.loaded().map(\.status) == [.ok, .ok, .failed])
        let localRead = try local.loaded().map(\.readAt.timeIntervalSince1970)
        let sharedRead = try shared.loaded().map(\.readAt.timeIntervalSince1970)
        #expect(zip(localRead, sharedRead).allSatisfy { abs($0 - $1) < 0.01 })
        #expect(try shared.rows(#"SELECT s.path, v.value, v.box_x FROM "values" v JOIN sources s ON s.id = v.source_id WHERE v.row IN ('new', 'fees') AND v.col IN ('total', 'amount') ORDER BY s.path, v.row"#)
                == [["/d/a.txt", "18651.06", "100.5"], ["/d/a.txt", "12", nil], ["/d/b.txt", "18651.06", "100.5"], ["/d/b.txt", "20", nil]])
        #expect(try shared.rows("SELECT rule, difference, message_zh FROM findings") == [["t3.flow", "0.5", "本年新收＋上年结转，\n与总计不符"]])

        try local.load(Fixtures.outcome(path: "/d/b.txt", newTotal: 21), sha256: "b2", size: 2)
        #expect(try shared.push(from: local) == .init(pushed: 1, unchanged: 2))
        #expect(try shared.rows(#"SELECT count(*) FROM "values""#) == [["12"]])
        #expect(try shared.rows(#"SELECT "new.total" FROM t3_wide ORDER BY source"#) == [["12"], ["21"]])
    }

    /// A new PostgreSQL corpus has a new SQLite corpus's tables and columns (names, types mapped, whether
    /// they take NULL), indexes, and views with their columns.
    @Test func theSchemaIsTheSQLiteCorpuss() throws {
        let corpus = try PostgresCorpus(url: url)
        let postgres = try SchemaShape(corpus)
        #expect(try postgres == SchemaShape(Corpus()))
        #expect(postgres.columns["sources"]?.contains("reader TEXT NOT NULL") == true)
        #expect(!postgres.indexes.contains("values_cell"))
    }

    /// A corpus made before PostgreSQL ran v2 and v3, which gouji 17382d2 ran on SQLite alone, gains
    /// `sources.reader` and loses `values_cell` when opened, keeps its rows, and ends as a new one.
    @Test func aCorpusOfAnEarlierGoujiGainsTheMigrationsItLacked() throws {
        let connection = try PostgresConnection(url: url)
        try connection.execute("CREATE TABLE gouji_migrations (name TEXT PRIMARY KEY)")
        let known = Schema.migrations[...Schema.migrations.firstIndex { $0.name == "v5 OCR confidence" }!]
        for migration in known where !["v2 sources.reader", "v3 values clustered by report"].contains(migration.name) {
            try connection.run(script: migration.postgres)
            try connection.execute("INSERT INTO gouji_migrations (name) VALUES ($1)", [migration.name])
        }
        try connection.execute("""
            INSERT INTO sources (path, name, sha256, size, kind, read_at) VALUES ('/a.txt', 'a.txt', 'aa', 1, 'text', now())
            """)
        try connection.execute("INSERT INTO reports (source_id, status, reason) SELECT id, 'ok', '' FROM sources")
        #expect(try !SchemaShape(connection).indexes.isEmpty)
        let corpus = try PostgresCorpus(url: url)
        #expect(try SchemaShape(corpus) == SchemaShape(try Corpus()))
        #expect(try corpus.loaded().map(\.readingVersion) == [""])
        try corpus.load(Fixtures.outcome(), sha256: "bb", size: 1, readingVersion: "7")
        #expect(try corpus.loaded().map(\.readingVersion) == ["", "7"])
    }

    /// Each record's columns are bound in the order of its list: a push stores every column as SQLite holds it.
    @Test func aPushCopiesEveryColumn() throws {
        let local = try Corpus()
        try local.load(Fixtures.outcome(findings: [Fixtures.flowFinding]), sha256: "aa", size: 10, readingVersion: "7")
        let shared = try PostgresCorpus(url: url)
        #expect(try shared.push(from: local).pushed == 1)
        let types: [any BoundRow.Type] = [SourceRecord.self, ReportRecord.self, ValueRecord.self, FindingRecord.self]
        for type in types {
            let columns = type.columnNames.filter { $0 != "source_id" }
            let list = Corpus.list(columns)
            let table = type.databaseTableName.quotedDatabaseIdentifier
            // Every column as text, in the words both databases write it in.
            let texts = columns.map { column in
                column == "read_at" ? "to_char(read_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')"
                    : column == "doubts" ? "doubts::text" : "CAST(\(column.quotedDatabaseIdentifier) AS TEXT)"
            }.joined(separator: ", ")
            let postgres = try shared.rows("SELECT \(texts) FROM \(table)").sorted { "\($0)" < "\($1)" }
            let sqlite = try local.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table)").map { row in
                    row.databaseValues.map { value -> String? in
                        switch value.storage {
                        case .null, .blob: nil
                        case .int64(let number): String(number)
                        // PostgreSQL writes a whole number without its point.
                        case .double(let number): number == number.rounded() ? String(Int64(number)) : String(number)
                        case .string(let text): text
                        }
                    }
                }.sorted { "\($0)" < "\($1)" }
            }
            #expect(postgres == sqlite, "\(table)")
            #expect(!sqlite.isEmpty)
        }
    }

    @Test func aServerThatIsNotThereIsAnOpenError() {
        #expect(throws: LoadError.self) { try PostgresCorpus(url: "host=/nonexistent dbname=none connect_timeout=1") }
    }
}

/// What two corpora must agree on: each table's columns (name, type in SQLite's words, NOT NULL), the
/// indexes that are not a key's, and each view's columns.
private struct SchemaShape: Equatable {
    var columns: [String: [String]] = [:]
    var indexes: Set<String> = []
    var views: [String: [String]] = [:]

    init(_ corpus: Corpus) throws {
        try corpus.writer.read { db in
            let objects = try Row.fetchAll(db, sql: """
                SELECT type, name FROM sqlite_master
                WHERE name NOT LIKE 'sqlite%' AND name <> 'grdb_migrations' AND (type <> 'index' OR sql IS NOT NULL)
                """)
            for object in objects {
                let name: String = object["name"]
                switch object["type"] as String {
                case "index": indexes.insert(name)
                case "view": views[name] = try Row.fetchAll(db, sql: "PRAGMA table_info(\(name.quotedDatabaseIdentifier))").map { $0["name"] }
                default:
                    columns[name] = try Row.fetchAll(db, sql: "PRAGMA table_info(\(name.quotedDatabaseIdentifier))").map { column in
                        let required = (column["notnull"] as Int) != 0 || (column["pk"] as Int) != 0
                        return "\(column["name"] as String) \(column["type"] as String)\(required ? " NOT NULL" : "")"
                    }.sorted()
                }
            }
        }
    }

    init(_ corpus: PostgresCorpus) throws {
        try self.init(rows: corpus.rows)
    }

    init(_ connection: PostgresConnection) throws {
        try self.init { sql, _ in try connection.execute(sql) }
    }

    /// SQLite's words for PostgreSQL's types: its JSONB is JSON text.
    private static let types = ["bigint": "INTEGER", "integer": "INTEGER", "text": "TEXT", "jsonb": "TEXT",
                                "double precision": "DOUBLE", "timestamp with time zone": "DATETIME"]

    private init(rows: (String, [String?]) throws -> [[String?]]) throws {
        for row in try rows("""
            SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, t.table_type FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.table_name <> 'gouji_migrations'
            ORDER BY c.table_name, c.ordinal_position
            """, []) {
            let (table, column) = (row[0] ?? "", row[1] ?? "")
            if row[4] == "VIEW" {
                views[table, default: []].append(column)
            } else {
                let type = Self.types[row[2] ?? ""] ?? (row[2] ?? "")
                columns[table, default: []].append("\(column) \(type)\(row[3] == "NO" ? " NOT NULL" : "")")
            }
        }
        columns = columns.mapValues { $0.sorted() }
        indexes = Set(try rows("""
            SELECT indexname FROM pg_indexes i WHERE schemaname = current_schema()
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """, []).compactMap { $0[0] })
    }
}
