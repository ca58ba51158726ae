import Foundation
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
        #expect(try again.rows("SELECT name FROM gouji_migrations ORDER BY name") == [["v1 indexes"], ["v1 tables"], ["v1 views"], ["v4 reports.place"], ["v5 OCR confidence"]])
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

    @Test func aServerThatIsNotThereIsAnOpenError() {
        #expect(throws: LoadError.self) { try PostgresCorpus(url: "host=/nonexistent dbname=none connect_timeout=1") }
    }
}
