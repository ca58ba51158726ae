import Foundation
import Testing
@testable import GoujiLoad
import GoujiModel

@Suite struct OverviewTests {
    @Test func countsFlagsAndTotals() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/d/a.txt"), sha256: "a", size: 1)
        try corpus.load(Fixtures.outcome(path: "/d/b.txt", newTotal: 20, status: .unbalanced,
                                         findings: [Fixtures.flowFinding]), sha256: "b", size: 1)
        var older = Fixtures.outcome(path: "/d/c.txt", newTotal: 7)
        older.report?.year = 2023
        try corpus.load(older, sha256: "c", size: 1)
        try corpus.load(Fixtures.failed(), sha256: "d", size: 1)
        var columnFinding = Fixtures.flowFinding
        columnFinding.row = nil
        columnFinding.column = "natural_person"
        try corpus.load(Fixtures.outcome(path: "/d/e.txt", status: .unbalanced, findings: [columnFinding]),
                        sha256: "e", size: 1)

        let overview = try corpus.overview()
        #expect(overview.counts == [.ok: 2, .unbalanced: 2, .needsReview: 0, .failed: 1, .unsupported: 0])
        #expect(overview.total == 5)
        #expect(overview.flagged.map(\.source) == ["b.txt", "e.txt"])
        #expect(overview.flagged.last?.findings.first?.cell == "t3 column natural_person")
        let finding = try #require(overview.flagged.first?.findings.first)
        #expect(finding.rule == "t3.flow" && finding.cell == "t3[total, total]")
        #expect([finding.expected, finding.found, finding.difference] == ["12", "12.5", "0.5"])
        #expect(finding.suspect == "t3[new, total]")
        #expect(overview.flagged.first?.doubts == ["表四 read from a wrapped cell"])
        #expect(overview.unread.map(\.source) == ["scan.pdf"])
        #expect(overview.unread.first?.reason == "scanned PDF without a text layer")

        #expect(overview.regionYears.map(\.year) == [2023, 2024])
        let of2024 = try #require(overview.regionYears.last)
        #expect(of2024.region == "北京市东城区" && of2024.reports == 3 && of2024.flagged == 2)
        #expect(of2024.totals[CellKey(.t3, "new", "total")] == 44)
        #expect(of2024.totals[CellKey(.t4, "all", "review.total")] == 3)
        // Nobody prints granted: no sum, not a zero.
        #expect(of2024.totals[CellKey(.t3, "granted", "total")] == nil)
        #expect(overview.regionYears.first?.totals[CellKey(.t3, "new", "total")] == 7)
    }

    @Test func balancedReportsWithFindingsAreListedApart() throws {
        let corpus = try Corpus()
        let carry = Finding(rule: "corpus.carry", severity: .warning, table: .t3, row: "carried_over", column: "total",
                            expected: 3, found: 0, message: "carried over 0, last year carried forward 3",
                            messageZh: "上年结转0，上年报告结转下年3")
        try corpus.load(Fixtures.outcome(path: "/d/a.txt", findings: [carry]), sha256: "a", size: 1)
        try corpus.load(Fixtures.outcome(path: "/d/b.txt"), sha256: "b", size: 1)
        let overview = try corpus.overview()
        #expect(overview.flagged.isEmpty)
        #expect(overview.warned.map(\.source) == ["a.txt"])
        #expect(overview.warned.first?.findings.map(\.rule) == ["corpus.carry"])
        #expect(overview.warned.first?.findings.first?.difference == "-3")
    }

    @Test func anEmptyCorpusHasZeroCounts() throws {
        let overview = try Corpus().overview()
        #expect(overview.total == 0 && overview.flagged.isEmpty && overview.regionYears.isEmpty)
        #expect(overview.counts.count == ReportStatus.allCases.count)
    }
}
