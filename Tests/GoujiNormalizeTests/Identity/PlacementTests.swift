import GoujiModel
import Testing
@testable import GoujiNormalize

@Suite struct PlacementTests {
    private func place(_ body: String, nearby: [String] = [], text: [String] = []) -> Placement {
        Placement(body: body, nearby: nearby, text: text)
    }

    @Test func aZoneCommitteeTakesItsCountysCode() {
        let placed = place("平潭综合实验区管理委员会").place
        #expect(placed?.code == "350128" && placed?.province == "福建省" && placed?.city == "福州市")
        #expect(placed?.level == .county)
    }

    @Test func aDistrictGovernmentIsPlacedUnderItsCity() {
        let placed = place("淮安市洪泽区人民政府").place
        #expect(placed == Place(code: "320813", province: "江苏省", city: "淮安市", county: "洪泽区", level: .county))
    }

    @Test func aCountysDepartmentTakesItsCountysCode() {
        let placed = place("沭阳县发展和改革局").place
        #expect(placed?.code == "321322" && placed?.city == "宿迁市" && placed?.county == "沭阳县")
        #expect(placed?.level == .countyDepartment)
    }

    @Test func aTownshipTakesItsCountysCodeFromTheNamesPrintedBeforeIt() {
        let placed = place("天坛街道办事处", text: ["报告的电子版可在济源市天坛街道办事处政府信息公开网站下载。"]).place
        #expect(placed?.code == "419001" && placed?.province == "河南省" && placed?.city == nil)
        #expect(placed?.county == "济源市" && placed?.township == "天坛街道" && placed?.level == .township)
    }

    @Test func aCityAndACitysDepartment() {
        #expect(place("宿迁市").place?.code == "321300")
        #expect(place("宿迁市").place?.level == .city)
        #expect(place("宿迁市人民政府办公室").place?.level == .cityDepartment)
        #expect(place("江苏省人民政府").place == Place(code: "320000", province: "江苏省", city: nil, county: nil, level: .province))
    }

    /// `住房和城乡建设局` holds a 乡 but names no township.
    @Test func aDepartmentWhoseNameHoldsATownshipWordIsNoTownship() {
        let placed = place("沭阳县住房和城乡建设局").place
        #expect(placed?.township == nil && placed?.level == .countyDepartment && placed?.code == "321322")
    }

    @Test func aNameTwoDivisionsBearIsSettledByTheProvinceNamedNearbyElseLeftUnplaced() {
        let alone = place("鼓楼区人民政府")
        #expect(alone.place == nil)
        #expect(alone.note?.contains("鼓楼区 names") == true)
        let settled = place("鼓楼区人民政府", nearby: ["福建省福州市鼓楼区人民政府"]).place
        #expect(settled?.code == "350102" && settled?.city == "福州市")
    }

    @Test func aBodyWithoutADivisionsNameIsNotPlacedAndSaysWhy() {
        let unplaced = place("区统计局")
        #expect(unplaced.place == nil && unplaced.note?.contains("no division") == true)
    }

    @Test func aFormerNameTakesTheDivisionsCodeOfToday() {
        // 海门市 became 海门区 of 南通市 in 2020.
        #expect(place("海门市人民政府").place?.code == "320614")
    }
}
