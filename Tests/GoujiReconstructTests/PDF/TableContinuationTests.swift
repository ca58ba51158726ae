import GoujiModel
import Testing
@testable import GoujiReconstruct

@Suite("PDF tables continued over a page break")
struct TableContinuationTests {
    /// 表三's lower part on two pages: a header on each, a group label cut by the break.
    func pages(repeatHeader: Bool) -> [Page] {
        var first = PageBuilder(number: 1)
        first.text("三、收到和处理政府信息公开申请情况", x: 50, y: 600)
        first.lattice(xs: [50, 200, 240], ys: [700, 720])
        first.text("（本列）", x: 55, y: 705); first.text("自然人", x: 205, y: 705)
        first.horizontal(740, from: 50, to: 240); first.horizontal(760, from: 100, to: 240); first.horizontal(780, from: 50, to: 240)
        first.vertical(50, from: 720, to: 780); first.vertical(100, from: 740, to: 780)
        first.vertical(200, from: 720, to: 780); first.vertical(240, from: 720, to: 780)
        first.text("（三）不予公开", x: 105, y: 725); first.text("1", x: 210, y: 725)
        first.text("（四）无", x: 55, y: 750); first.text("1.本机关", x: 105, y: 745); first.text("10", x: 210, y: 745)
        first.text("2.没有现成", x: 105, y: 765); first.text("3", x: 210, y: 765)
        first.text("— 5 —", x: 280, y: 810)

        var second = PageBuilder(number: 2)
        second.text("政府信息公开工作年度报告", x: 200, y: 20)
        let top = repeatHeader ? 80.0 : 100
        if repeatHeader {
            second.lattice(xs: [50, 200, 240], ys: [80, 100])
            second.text("（本列）", x: 55, y: 85); second.text("自然人", x: 205, y: 85)
        }
        second.horizontal(top, from: 50, to: 240)
        second.horizontal(120, from: 50, to: 240); second.horizontal(140, from: 50, to: 240)
        second.vertical(50, from: top, to: 140); second.vertical(100, from: 100, to: 140)
        second.vertical(200, from: top, to: 140); second.vertical(240, from: top, to: 140)
        second.text("法提供", x: 55, y: 110); second.text("3.补正后", x: 105, y: 105); second.text("0", x: 210, y: 105)
        second.text("（七）总计", x: 105, y: 125); second.text("14", x: 210, y: 125)
        second.text("四、政府信息公开行政复议、行政诉讼情况", x: 50, y: 200)
        return [first.page, second.page]
    }

    @Test(arguments: [false, true])
    func aTableRunningOnIsOneGridWithItsCutLabelJoined(repeatHeader: Bool) throws {
        let items = PageLayout.items(from: pages(repeatHeader: repeatHeader))
        let grids = items.compactMap(\.grid)
        #expect(grids.count == 1)
        let grid = try #require(grids.first)
        #expect(grid.dump == [
            ["（本列）", "^（本列）", "自然人"],
            ["（三）不予公开", "^（三）不予公开", "1"],
            ["（四）无法提供", "1.本机关", "10"],
            ["^（四）无法提供", "2.没有现成", "3"],
            ["^（四）无法提供", "3.补正后", "0"],
            ["", "（七）总计", "14"],
        ])
        // Cells keep the page they were printed on.
        #expect(grid.rows[4][2].location.page == 2 && grid.rows[3][2].location.page == 1)
        // The page's foot and head stay text, after the table.
        #expect(items.compactMap(\.line).map(\.text) == ["三、收到和处理政府信息公开申请情况", "—5—", "政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况"])
    }

    @Test func narrativeBetweenTwoTablesKeepsThemApart() {
        var first = PageBuilder(number: 1)
        first.lattice(xs: [50, 150, 200], ys: [700, 720, 780])
        first.text("行政处罚", x: 55, y: 705); first.text("9", x: 170, y: 705)
        var second = PageBuilder(number: 2)
        second.text("三、收到和处理政府信息公开申请情况", x: 50, y: 80)
        second.lattice(xs: [50, 150, 200], ys: [100, 120])
        second.text("一、本年新收", x: 55, y: 105); second.text("21", x: 170, y: 105)
        #expect(PageLayout.items(from: [first.page, second.page]).compactMap(\.grid).count == 2)
    }

    @Test func aRowCutByTheBreakGoesOn() throws {
        var first = PageBuilder(number: 1)
        first.lattice(xs: [50, 150, 200], ys: [740, 760])
        first.vertical(50, from: 760, to: 780); first.vertical(150, from: 760, to: 780); first.vertical(200, from: 760, to: 780)
        first.text("2.重复申请", x: 55, y: 745); first.text("0", x: 170, y: 745)
        first.text("3.危及“三", x: 55, y: 765); first.text("1", x: 170, y: 765)
        var second = PageBuilder(number: 2)
        second.lattice(xs: [50, 150, 200], ys: [100, 120])
        second.vertical(50, from: 80, to: 100); second.vertical(150, from: 80, to: 100); second.vertical(200, from: 80, to: 100)
        second.text("安全一稳定”", x: 55, y: 85)
        second.text("4.保护第三方", x: 55, y: 105); second.text("0", x: 170, y: 105)
        let grid = try #require(PageLayout.items(from: [first.page, second.page]).compactMap(\.grid).first)
        #expect(grid.dump == [["2.重复申请", "0"], ["3.危及“三安全一稳定”", "1"], ["4.保护第三方", "0"]])
    }

    /// A header repeated at a page's foot, 自然人 over two rows, and the next page opening
    /// without a top border: its first figures start a row, they do not go on the header.
    @Test func figuresOpeningAPageWithoutATopBorderStayOffAHeaderAbove() throws {
        var first = PageBuilder(number: 1)
        first.horizontal(740, from: 50, to: 240); first.horizontal(760, from: 150, to: 200); first.horizontal(780, from: 50, to: 240)
        for x in [50.0, 150, 200, 240] { first.vertical(x, from: 740, to: 780) }
        first.text("（本列）", x: 55, y: 745); first.text("法人", x: 155, y: 745); first.text("商业企业", x: 155, y: 765)
        first.text("自然人", x: 205, y: 745)
        var second = PageBuilder(number: 2)
        second.horizontal(120, from: 50, to: 240); second.horizontal(140, from: 50, to: 240)
        for x in [50.0, 150, 200, 240] { second.vertical(x, from: 100, to: 140) }
        second.text("1.属于国家秘密", x: 55, y: 105); second.text("0", x: 170, y: 105); second.text("13", x: 210, y: 105)
        second.text("2.其他", x: 55, y: 125); second.text("0", x: 170, y: 125); second.text("30", x: 210, y: 125)
        let grid = try #require(PageLayout.items(from: [first.page, second.page]).compactMap(\.grid).first)
        #expect(grid.dump == [["（本列）", "法人", "自然人"], ["^（本列）", "商业企业", "^自然人"],
                              ["1.属于国家秘密", "0", "13"], ["2.其他", "0", "30"]])
    }
}
