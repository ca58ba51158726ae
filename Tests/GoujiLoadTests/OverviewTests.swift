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

    /// a.txt (ok, 2024), b.txt (unbalanced, 2024), c.txt (ok, 2023), all of 北京市东城区, and f.txt of 济源市.
    private func corpusOfTwoRegions() throws -> Corpus {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/d/a.txt"), sha256: "a", size: 1)
        try corpus.load(Fixtures.outcome(path: "/d/b.txt", newTotal: 20, status: .unbalanced, findings: [Fixtures.flowFinding]),
                        sha256: "b", size: 1)
        var older = Fixtures.outcome(path: "/d/c.txt", newTotal: 7)
        older.report?.year = 2023
        try corpus.load(older, sha256: "c", size: 1)
        var elsewhere = Fixtures.outcome(path: "/e/f.txt", status: .needsReview)
        elsewhere.report?.region = "济源市"
        try corpus.load(elsewhere, sha256: "f", size: 1)
        return corpus
    }

    @Test func aScopeTakesTheReportsOfARegionAYearOrOneFile() throws {
        let corpus = try corpusOfTwoRegions()
        let region = try corpus.overview(CorpusOverview.Scope(region: "北京市东城区"))
        #expect(region.total == 3 && region.regionYears.map(\.year) == [2023, 2024])
        let year = try corpus.overview(CorpusOverview.Scope(region: "北京市东城区", year: 2024))
        #expect(year.total == 2 && year.flagged.map(\.source) == ["b.txt"])
        #expect(year.regionYears.count == 1 && year.regionYears[0].totals[CellKey(.t3, "new", "total")] == 32)
        for file in ["b.txt", "/d/b.txt"] {
            let one = try corpus.overview(CorpusOverview.Scope(source: file))
            #expect(one.total == 1 && one.flagged.map(\.path) == ["/d/b.txt"])
        }
    }

    @Test func theFirstFlaggedReportsCarryTheirCellsWithProvenance() throws {
        let corpus = try corpusOfTwoRegions()
        let overview = try corpus.overview(evidence: 1)
        #expect(overview.flagged.map(\.source) == ["b.txt", "f.txt"])
        let cells = try #require(overview.flagged[0].evidence)
        #expect(cells.count == Fixtures.outcome().report!.values.count)
        #expect(cells[CellKey(.t3, "new", "total")] == CorpusOverview.EvidenceCell(value: "20", raw: "20", location: "line 40"))
        let fees = try #require(cells[CellKey(.t2, "fees", "amount")])
        #expect(fees.page == 2 && fees.box == Box(x: 100.5, y: 200, width: 40, height: 12))
        #expect(cells[CellKey(.t3, "new", "commercial")]?.value == nil && cells[CellKey(.t3, "new", "commercial")]?.raw == "/")
        #expect(overview.flagged[1].evidence == nil)
    }

    @Test func ratesCountTheReportsReadByRegionRuleAndDifference() throws {
        let rates = try corpusOfTwoRegions().overview().rates
        #expect([rates.all.read, rates.all.unbalanced, rates.all.needsReview] as [Int] == [4, 1, 1])
        #expect(rates.groups.map { [$0.read, $0.unbalanced, $0.needsReview] as [Int] } == [[1, 0, 0], [2, 1, 0], [1, 0, 1]])
        #expect(rates.groups.map(\.region) == ["北京市东城区", "北京市东城区", "济源市"])
        #expect(rates.reportsFailing == ["t3.flow": 1])
        #expect(rates.equationsFailing == ["t3.flow [total, total]": 1])
        // The flow finding is off by 0.5: the first class, up to 1.
        #expect(rates.differences == [1, 0, 0, 0, 0, 0])
    }
}
