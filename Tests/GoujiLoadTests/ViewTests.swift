import Foundation
import GRDB
import Testing
@testable import GoujiLoad
import GoujiModel

@Suite struct ViewTests {
    @Test func t3WideHasOneRowPerReportAndOneColumnPerCell() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/d/a.txt"), sha256: "aa", size: 1)
        try corpus.load(Fixtures.outcome(path: "/d/b.txt", newTotal: 20), sha256: "bb", size: 1)
        try corpus.load(Fixtures.failed(), sha256: "cc", size: 1)
        let rows = try corpus.writer.read { try Row.fetchAll($0, sql: "SELECT * FROM t3_wide ORDER BY source") }
        #expect(rows.count == 2)
        #expect(rows.first?.columnNames.count == 8 + 26 * 7)
        #expect(rows.map { $0["source"] as String? } == ["a.txt", "b.txt"])
        #expect(rows.map { $0["new.total"] as Int? } == [12, 20])
        #expect(rows.first?["new.commercial"] == DatabaseValue.null)
        #expect(rows.first?["carried_over.total"] == 0)
        #expect(rows.first?["other.total"] == DatabaseValue.null)
        #expect(rows.first?["region"] == "北京市东城区")
    }

    @Test func totalsAddUpPerRegionAndYear() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/d/a.txt"), sha256: "aa", size: 1)
        var b = Fixtures.outcome(path: "/d/b.txt", newTotal: 20, status: .unbalanced)
        b.report?.values[4].number = Decimal(string: "7545.1")
        try corpus.load(b, sha256: "bb", size: 1)
        var other = Fixtures.outcome(path: "/d/c.txt", newTotal: 100)
        other.report?.year = 2023
        try corpus.load(other, sha256: "cc", size: 1)

        let rows = try corpus.writer.read {
            try Row.fetchAll($0, sql: """
                SELECT year, row, col, reports, flagged, total FROM totals_by_region_year
                WHERE region = '北京市东城区' AND ((row = 'new' AND col IN ('total', 'commercial')) OR row = 'fees')
                ORDER BY year, row, col
                """)
        }
        #expect(rows.map { $0["year"] as Int } == [2023, 2023, 2023, 2024, 2024, 2024])
        let in2024 = rows.filter { $0["year"] == 2024 }
        #expect(in2024.map { $0["row"] as String } == ["fees", "new", "new"])
        let fees = in2024[0], commercial = in2024[1], total = in2024[2]
        #expect(fees["total"] as Double? == 26196.16)
        #expect(fees["flagged"] as Int? == 1)
        // Nobody prints a number for commercial: no total, and no zero.
        #expect(commercial["total"] == DatabaseValue.null)
        #expect(commercial["reports"] as Int? == 0)
        #expect(total["total"] as Int? == 32)
        #expect(total["reports"] as Int? == 2)
        #expect(total["flagged"] as Int? == 1)
        let total2023: Int? = rows.first { $0["year"] == 2023 && $0["col"] == "total" }?["total"]
        #expect(total2023 == 100)
    }
}
