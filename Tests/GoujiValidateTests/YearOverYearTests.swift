import Foundation
import Testing
import GoujiModel
@testable import GoujiValidate

@Suite struct YearOverYearTests {
    private func figures(_ path: String, _ body: String, _ year: Int, _ numbers: [CellKey: Decimal], region: String? = "某市") -> ReportFigures {
        ReportFigures(path: path, body: body, region: region, year: year, t2Format: .f2021, numbers: numbers)
    }

    @Test func aBrokenCarryIsShownWithBothReports() {
        let before = figures("/a/2022.txt", "某区人民政府", 2022, [CellKey(.t3, "carried_forward", "total"): 3])
        let after = figures("/a/2023.txt", "某区 人民政府（本级）", 2023, [CellKey(.t3, "carried_over", "total"): 2])
        let found = YearOverYear.findings([after, before])
        #expect(found.count == 1)
        #expect(found.first?.path == "/a/2023.txt")
        #expect(found.first?.finding.rule == "corpus.carry" && found.first?.finding.severity == .warning)
        #expect(found.first?.finding.expected == 3 && found.first?.finding.found == 2)
        #expect(found.first?.finding.message.contains("2022.txt") == true)
    }

    @Test func aReportInTwoFormatsIsCheckedAgainstOnceButTwoDifferentReportsBoth() {
        let forward: [CellKey: Decimal] = [CellKey(.t3, "carried_forward", "total"): 3]
        let after = figures("/a/2023.txt", "某区", 2023, [CellKey(.t3, "carried_over", "total"): 2])
        let copies = [figures("/a/2022.pdf", "某区", 2022, forward), figures("/a/2022.txt", "某区", 2022, forward), after]
        #expect(YearOverYear.findings(copies).map(\.finding.message).count == 1)
        let other = figures("/b/2022.txt", "某区", 2022, [CellKey(.t3, "carried_forward", "total"): 4])
        #expect(YearOverYear.findings(copies + [other]).count == 2)
    }

    @Test func aChainThatHoldsOrSkipsAYearSaysNothing() {
        let numbers2022: [CellKey: Decimal] = [CellKey(.t3, "carried_forward", "total"): 3]
        let holds = [figures("a", "某区", 2022, numbers2022), figures("b", "某区", 2023, [CellKey(.t3, "carried_over", "total"): 3])]
        #expect(YearOverYear.findings(holds).isEmpty)
        let gap = [figures("a", "某区", 2021, numbers2022), figures("b", "某区", 2023, [CellKey(.t3, "carried_over", "total"): 1])]
        #expect(YearOverYear.findings(gap).isEmpty)
        let otherRegion = [figures("a", "城关区", 2022, numbers2022, region: "兰州市"),
                           figures("b", "城关区", 2023, [CellKey(.t3, "carried_over", "total"): 1], region: "拉萨市")]
        #expect(YearOverYear.findings(otherRegion).isEmpty)
    }

    @Test func inForceContinuesLastYearsCount() {
        let before = figures("a", "某区", 2022, [CellKey(.t2, "normative_docs", "in_force"): 40])
        let after = figures("b", "某区", 2023, [CellKey(.t2, "normative_docs", "issued"): 5, CellKey(.t2, "normative_docs", "repealed"): 2,
                                                CellKey(.t2, "normative_docs", "in_force"): 44])
        let found = YearOverYear.findings([before, after])
        #expect(found.map(\.finding.rule) == ["corpus.in_force"])
        #expect(found.first?.finding.expected == 43)
    }

    private func placed(_ path: String, _ body: String, _ year: Int, _ place: Place, carried key: String, _ n: Decimal) -> ReportFigures {
        var report = figures(path, body, year, [CellKey(.t3, key, "total"): n], region: nil)
        report.place = place
        return report
    }

    private let hongze = Place(code: "320813", province: "江苏省", city: "淮安市", county: "洪泽区", level: .county)

    @Test func placedBodiesAreMatchedByPlaceWhateverTheirNamesSpelling() {
        let before = placed("a", "淮安市洪泽区人民政府", 2023, hongze, carried: "carried_forward", 3)
        let after = placed("b", "洪泽区人民政府", 2024, hongze, carried: "carried_over", 2)
        #expect(YearOverYear.findings([before, after]).count == 1)
        var city = Place(code: "321300", province: "江苏省", city: "宿迁市", county: nil, level: .city)
        let cityBefore = placed("c", "宿迁市", 2023, city, carried: "carried_forward", 3)
        let cityAfter = placed("d", "宿迁市人民政府", 2024, city, carried: "carried_over", 2)
        #expect(YearOverYear.findings([cityBefore, cityAfter]).count == 1)
        city.level = .cityDepartment
        let office = placed("e", "宿迁市人民政府办公室", 2024, city, carried: "carried_over", 2)
        #expect(YearOverYear.findings([cityBefore, office]).isEmpty)
    }

    @Test func oneNameInTwoPlacesIsTwoBodies() {
        let lanzhou = Place(code: "620102", province: "甘肃省", city: "兰州市", county: "城关区", level: .county)
        let lhasa = Place(code: "540102", province: "西藏自治区", city: "拉萨市", county: "城关区", level: .county)
        let pair = [placed("a", "城关区人民政府", 2023, lanzhou, carried: "carried_forward", 3),
                    placed("b", "城关区人民政府", 2024, lhasa, carried: "carried_over", 2)]
        #expect(YearOverYear.findings(pair).isEmpty)
    }
}
