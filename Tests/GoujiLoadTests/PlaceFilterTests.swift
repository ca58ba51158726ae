import Foundation
import Testing
@testable import GoujiLoad
import GoujiModel

/// `gouji compare` and `gouji report` by where the bodies sit.
@Suite struct PlaceFilterTests {
    /// 天坛街道 of 东城区 (北京市), 平潭县 of 福州市 (福建省) in 2023 and 2024, and a 福州市 department.
    private func corpus() throws -> Corpus {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/d/天坛-2024.txt"), sha256: "a", size: 1)
        var pingtan = Fixtures.outcome(path: "/d/平潭-2024.txt", newTotal: 30, status: .unbalanced)
        pingtan.report?.body = "平潭综合实验区管理委员会"
        pingtan.report?.place = Place(code: "350128", province: "福建省", city: "福州市", county: "平潭县", level: .county)
        try corpus.load(pingtan, sha256: "b", size: 1)
        pingtan.source = SourceFile(path: "/d/平潭-2023.txt", kind: .text)
        pingtan.report?.year = 2023
        try corpus.load(pingtan, sha256: "c", size: 1)
        var bureau = Fixtures.outcome(path: "/d/福州统计-2024.txt", newTotal: 5)
        bureau.report?.body = "福州市统计局"
        bureau.report?.place = Place(code: "350100", province: "福建省", city: "福州市", county: nil, level: .cityDepartment)
        try corpus.load(bureau, sha256: "d", size: 1)
        return corpus
    }

    private func compared(_ filter: PlaceFilter, year: Int? = 2024) throws -> [String] {
        try corpus().compare(ComparisonQuery(year: year, place: filter)).reports.map(\.source)
    }

    @Test func byProvinceCityAndLevel() throws {
        #expect(try compared(PlaceFilter(province: "福建")) == ["福州统计-2024.txt", "平潭-2024.txt"])
        #expect(try compared(PlaceFilter(province: "北京")) == ["天坛-2024.txt"])
        #expect(try compared(PlaceFilter(city: "福州", level: .county)) == ["平潭-2024.txt"])
        #expect(try compared(PlaceFilter(level: .township)) == ["天坛-2024.txt"])
    }

    @Test func aProvincesOrCitysCodeTakesTheDivisionsUnderIt() throws {
        #expect(try compared(PlaceFilter(regionCode: "350000")) == ["福州统计-2024.txt", "平潭-2024.txt"])
        #expect(try compared(PlaceFilter(regionCode: "350100")) == ["福州统计-2024.txt", "平潭-2024.txt"])
        #expect(try compared(PlaceFilter(regionCode: "350128"), year: nil) == ["平潭-2023.txt", "平潭-2024.txt"])
        #expect(try compared(PlaceFilter(regionCode: "350102")).isEmpty)
    }

    @Test func theAuditPageOfOnePlace() throws {
        let overview = try corpus().overview(CorpusOverview.Scope(place: PlaceFilter(regionCode: "350128")))
        #expect(overview.total == 2)
        #expect(overview.flagged.map(\.source) == ["平潭-2023.txt", "平潭-2024.txt"])
        #expect(overview.regionYears.map(\.year) == [2023, 2024])
        #expect(overview.regionYears.first?.totals[CellKey(.t3, "new", "total")] == 30)
        let everything = try corpus().overview()
        #expect(everything.total == 4)
    }
}
