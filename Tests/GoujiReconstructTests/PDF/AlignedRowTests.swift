import GoujiModel
import Testing
@testable import GoujiReconstruct

@Suite("PDF rows without borders: lone rows, labels begun above, rows over a page break")
struct AlignedRowTests {
    private func heading(_ p: inout PageBuilder, y: Double) {
        p.text("信息内容", x: 50, y: y); p.text("本年处理决定数量", x: 105, y: y)
    }

    @Test func oneRowUnderAHeadingOverItsValueIsATable() throws {
        var p = PageBuilder()
        heading(&p, y: 100)
        p.text("行政许可", x: 50, y: 114); p.text("11398889", x: 105, y: 114)
        // A label and one value close to it joins as a row where its value stands under the row above's.
        p.text("行政处罚", x: 50, y: 128); p.text("693", x: 105, y: 128)
        p.text("以上数据截至年底。", x: 50, y: 200)
        let items = PageLayout.items(from: [p.page])
        #expect(items.map { $0.line?.text ?? "grid" } == ["grid", "以上数据截至年底。"])
        let grid = try #require(items.compactMap(\.grid).first)
        #expect(grid.dump == [["信息内容", "本年处理决定数量"], ["行政许可", "11398889"], ["行政处罚", "693"]])
    }

    @Test func aLabelAndACloseNumberAloneAreNoTable() {
        var p = PageBuilder()
        p.text("全年共收到申请", x: 50, y: 100); p.text("21", x: 125, y: 100)
        p.text("均已按期答复。", x: 50, y: 160)
        let items = PageLayout.items(from: [p.page])
        #expect(items.compactMap(\.grid).isEmpty)
        #expect(items.compactMap(\.line).map(\.text) == ["全年共收到申请21", "均已按期答复。"])
    }

    @Test func aSentenceEndingInANumberUnderALineOfProseIsNoTable() {
        var p = PageBuilder()
        p.text("一年来，依申请公开办理情况如下", x: 50, y: 100)
        p.text("本年度共发布信息", x: 50, y: 114); p.text("120", x: 135, y: 114)
        let items = PageLayout.items(from: [p.page])
        #expect(items.compactMap(\.grid).isEmpty)
        #expect(items.compactMap(\.line).count == 2)
    }

    @Test func aLabelLineJustOverTheFirstRowBeginsItsLabel() throws {
        var p = PageBuilder()
        p.text("1.申请人无正当理由逾期不", x: 80, y: 100)
        p.text("补正、不再处理", x: 80, y: 111); p.text("315", x: 300, y: 111); p.text("3", x: 340, y: 111)
        p.text("2.申请人逾期未缴费", x: 80, y: 130); p.text("202", x: 300, y: 130); p.text("0", x: 340, y: 130)
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.dump == [["1.申请人无正当理由逾期不补正、不再处理", "315", "3"], ["2.申请人逾期未缴费", "202", "0"]])
    }

    private func firstPage() -> PageBuilder {
        var p = PageBuilder(number: 1)
        heading(&p, y: 700)
        p.text("行政处罚", x: 50, y: 714); p.text("693", x: 105, y: 714)
        p.text("— 1 —", x: 280, y: 810)
        return p
    }

    @Test func aRowOpeningThePageGoesOnWithTheTableBefore() throws {
        var p2 = PageBuilder(number: 2)
        p2.text("行政强制", x: 50, y: 100); p2.text("166", x: 105, y: 100)
        let grids = PageLayout.items(from: [firstPage().page, p2.page]).compactMap(\.grid)
        #expect(grids.count == 1)
        #expect(grids.first?.dump == [["信息内容", "本年处理决定数量"], ["行政处罚", "693"], ["行政强制", "166"]])
        #expect(grids.first?.rows[2][1].location == .page(2, Box(x: 105, y: 100, width: 15, height: 10)))
    }

    @Test func aPartOpeningWithAHeadingDoesNotGoOnWithTheRowAbove() throws {
        var p2 = PageBuilder(number: 2)
        heading(&p2, y: 100)
        p2.text("行政强制", x: 50, y: 114); p2.text("166", x: 105, y: 114)
        let rows = PageLayout.items(from: [firstPage().page, p2.page]).compactMap(\.grid).flatMap(\.dump)
        #expect(rows.contains(["行政处罚", "693"]) && rows.contains(["行政强制", "166"]))
    }
}
