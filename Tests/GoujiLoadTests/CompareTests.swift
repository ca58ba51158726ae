import Foundation
import Testing
@testable import GoujiLoad
import GoujiModel
import GoujiTestSupport

@Suite struct CompareTests {
    /// Two bodies in 2024, one of them also in 2023, and a file that could not be read.
    private func corpus() throws -> Corpus {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/d/天坛-2024.txt"), sha256: "a", size: 1)
        var other = Fixtures.outcome(path: "/d/平潭-2024.txt", newTotal: 30, status: .unbalanced)
        other.report?.body = "平潭综合实验区管理委员会"
        other.report?.region = "福建省平潭综合实验区"
        try corpus.load(other, sha256: "b", size: 1)
        other.source = SourceFile(path: "/d/平潭-2023.txt", kind: .text)
        other.report?.year = 2023
        other.report?.values[0].number = 25
        try corpus.load(other, sha256: "c", size: 1)
        try corpus.load(Fixtures.failed(), sha256: "d", size: 1)
        return corpus
    }

    @Test func bodiesOfOneYearSideBySideInRegionOrder() throws {
        let comparison = try corpus().compare(ComparisonQuery(year: 2024))
        #expect(comparison.reports.map(\.source) == ["天坛-2024.txt", "平潭-2024.txt"])
        #expect(comparison.reports.map(\.status) == [.ok, .unbalanced])
        // Printed order: new before carried_over, natural_person before commercial before total.
        #expect(comparison.cells == [CellKey(.t3, "new", "natural_person"), CellKey(.t3, "new", "commercial"),
                                     CellKey(.t3, "new", "total"), CellKey(.t3, "carried_over", "total")])
        #expect(comparison.entries[2] == [.init(value: "12"), .init(value: "30")])
        #expect(comparison.entries[1] == [.init(value: nil), .init(value: nil)])
    }

    @Test func oneBodyAcrossYearsByPartOfItsName() throws {
        let comparison = try corpus().compare(ComparisonQuery(body: "平潭", rows: ["new"], columns: ["total"]))
        #expect(comparison.reports.map(\.year) == [2023, 2024])
        #expect(comparison.cells == [CellKey(.t3, "new", "total")])
        #expect(comparison.entries == [[.init(value: "25"), .init(value: "30")]])
    }

    @Test func regionNarrowsAndAReportLackingACellLeavesItBlank() throws {
        let corpus = try corpus()
        #expect(try corpus.compare(ComparisonQuery(year: 2024, region: "福建")).reports.map(\.source) == ["平潭-2024.txt"])
        var partial = Fixtures.outcome(path: "/d/z-2024.txt")
        partial.report?.values.removeAll { $0.key == CellKey(.t3, "carried_over", "total") }
        try corpus.load(partial, sha256: "e", size: 1)
        let comparison = try corpus.compare(ComparisonQuery(year: 2024, rows: ["carried_over"]))
        #expect(comparison.reports.map(\.source) == ["z-2024.txt", "天坛-2024.txt", "平潭-2024.txt"])
        #expect(comparison.entries == [[nil, .init(value: "0"), .init(value: "0")]])
    }

    @Test func t4CellsAreMarkedWhenReadInDoubt() throws {
        let comparison = try corpus().compare(ComparisonQuery(year: 2024, table: .t4))
        #expect(comparison.cells == [CellKey(.t4, "all", "review.total")])
        #expect(comparison.entries == [[.init(value: "1", doubtful: true), .init(value: "1", doubtful: true)]])
    }

    @Test func gridPutsReportFieldsFirstAndTransposes() throws {
        let comparison = try corpus().compare(ComparisonQuery(body: "平潭", rows: ["new"], columns: ["total"]))
        let columns = comparison.grid(.reportsAsColumns) { $0?.value ?? "-" }
        #expect(columns == [
            ["source", "平潭-2023.txt", "平潭-2024.txt"],
            ["body", "平潭综合实验区管理委员会", "平潭综合实验区管理委员会"],
            ["region", "福建省平潭综合实验区", "福建省平潭综合实验区"],
            ["year", "2023", "2024"],
            ["status", "unbalanced", "unbalanced"],
            ["new.total", "25", "30"],
        ])
        let rows = comparison.grid(.reportsAsRows) { $0?.value ?? "-" }
        #expect(rows.first == ["source", "body", "region", "year", "status", "new.total"])
        #expect(rows.last == ["平潭-2024.txt", "平潭综合实验区管理委员会", "福建省平潭综合实验区", "2024", "unbalanced", "30"])
    }

    @Test func csvHoldsTheGridWithABOMIfAsked() throws {
        let folder = try TemporaryDirectory()
        let comparison = try corpus().compare(ComparisonQuery(year: 2024, rows: ["new"], columns: ["commercial", "total"]))
        try comparison.writeCSV(to: folder.path("c.csv"), layout: .reportsAsRows, bom: true)
        let data = try Data(contentsOf: folder.url.appendingPathComponent("c.csv"))
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == """
            source,body,region,year,status,new.commercial,new.total\r
            天坛-2024.txt,天坛街道办事处,北京市东城区,2024,ok,,12\r
            平潭-2024.txt,平潭综合实验区管理委员会,福建省平潭综合实验区,2024,unbalanced,,30\r

            """)
    }

    @Test func nothingMatchesGivesNoReports() throws {
        let comparison = try corpus().compare(ComparisonQuery(year: 1999))
        #expect(comparison.reports.isEmpty && comparison.cells.isEmpty)
    }
}
