import GoujiModel
import Testing
@testable import GoujiReconstruct

@Suite("PDF tables without borders")
struct AlignedTableTests {
    @Test func valuesAlignedUnderTheirHeadingsMakeAGrid() throws {
        var p = PageBuilder()
        p.text("三、收到和处理政府信息公开申请情况", x: 50, y: 60)
        p.text("自然人", x: 250, y: 90); p.text("科研", x: 310, y: 84); p.text("机构", x: 310, y: 96); p.text("总计", x: 370, y: 90)
        p.text("一、本年新收", x: 50, y: 120); p.text("13612", x: 255, y: 120); p.text("0", x: 320, y: 120); p.text("13612", x: 370, y: 120)
        p.text("（二）部分公开（区", x: 50, y: 138)
        p.text("2120", x: 255, y: 144); p.text("—", x: 315, y: 144); p.text("2120", x: 370, y: 144)
        p.text("分处理的）", x: 50, y: 150)
        p.text("共收到申请 21 件，均按期答复。", x: 50, y: 200)
        let items = PageLayout.items(from: [p.page])
        #expect(items.map { $0.line?.text ?? "grid" } == ["三、收到和处理政府信息公开申请情况", "grid", "共收到申请21件，均按期答复。"])
        let grid = try #require(items.compactMap(\.grid).first)
        #expect(grid.dump == [
            ["", "自然人", "科研机构", "总计"],
            ["一、本年新收", "13612", "0", "13612"],
            ["（二）部分公开（区分处理的）", "2120", "—", "2120"],
        ])
        #expect(grid.rows[1][1].location == .page(1, Box(x: 255, y: 120, width: 25, height: 10)))
    }

    /// 表四's one row of fifteen figures is a table's even without a heading over it (a scan's
    /// heading OCR could not make out); a sentence with a figure or two is not.
    @Test func aRowOfManyFiguresIsATableAlone() throws {
        var p = PageBuilder()
        p.text("结果维结果纠人人总计", x: 50, y: 60)
        for (k, figure) in ["376", "97", "196", "121", "790", "16", "1", "12", "27", "56", "74", "1", "30", "51", "156"].enumerated() {
            p.text(figure, x: 50 + Double(k) * 32, y: 90)
        }
        p.text("共收到申请 21 件，办结 20 件。", x: 50, y: 130)
        let items = PageLayout.items(from: [p.page])
        #expect(items.map { $0.line?.text ?? "grid" } == ["grid", "共收到申请21件，办结20件。"])
        #expect(try #require(items.compactMap(\.grid).first).dump.last?.count == 15)
    }

    @Test func numberedLabelsAreNotValues() {
        #expect(AlignedTables.isValue("1.属于国家秘密") == false)
        #expect(AlignedTables.isValue("22（其中修订16件）") && AlignedTables.isValue("75394432.52元") && AlignedTables.isValue("２６７"))
        #expect(AlignedTables.isValue("/") && !AlignedTables.isValue("2023年"))
    }
}
