import GoujiModel
import Testing
@testable import GoujiReconstruct

@Suite("PDF tables set with tabs")
struct FlowedTableTests {
    /// Values at tab stops 100, 140, 180: a long label pushes its values one stop on.
    private func flowedPage() -> PageBuilder {
        var p = PageBuilder()
        p.text("二、主动公开政府信息情况", x: 50, y: 60)
        p.text("信息内容", x: 50, y: 100); p.text("本年制发件数", x: 100, y: 100); p.text("现行有效", x: 180, y: 100)
        p.text("规章", x: 50, y: 114); p.text("0", x: 100, y: 114); p.text("0", x: 140, y: 114); p.text("0", x: 180, y: 114)
        p.text("行政规范性文件", x: 50, y: 128); p.text("0", x: 140, y: 128); p.text("0", x: 180, y: 128)
        return p
    }

    @Test func valuesFollowingTheirLabelsAreReadAsRaggedRows() throws {
        let items = PageLayout.items(from: [flowedPage().page])
        let grid = try #require(items.compactMap(\.grid).first)
        // The heading's cells part at the tab stop its values use, though the gap is narrow.
        #expect(grid.dump == [
            ["信息内容", "本年制发件数", "现行有效", ""],
            ["规章", "0", "0", "0"],
            ["行政规范性文件", "0", "0", ""],
        ])
        #expect(grid.rows[2][1].location == .page(1, Box(x: 140, y: 128, width: 5, height: 10)))
    }

    @Test func valuesRunningOnToTheNextLineEndTheirRow() throws {
        var p = PageBuilder()
        p.text("一、本年新收", x: 50, y: 100)
        for x in [140.0, 180, 220, 260] { p.text("4", x: x, y: 100) }
        p.text("（二）部分公开区分处理", x: 50, y: 114)
        for x in [180.0, 220, 260] { p.text("0", x: x, y: 114) }
        p.text("0", x: 100, y: 128); p.text("1", x: 140, y: 128)
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.dump == [
            ["一、本年新收", "4", "4", "4", "4", ""],
            ["（二）部分公开区分处理", "0", "0", "0", "0", "1"],
        ])
    }

    @Test func valuesOpeningTheNextPageEndARowThatRanOutOfRoom() throws {
        var p1 = PageBuilder(number: 1)
        p1.text("一、本年新收", x: 50, y: 700)
        for x in [140.0, 180, 220, 260] { p1.text("4", x: x, y: 700) }
        p1.text("（二）部分公开区分处理", x: 50, y: 714)
        for x in [180.0, 220, 260] { p1.text("0", x: x, y: 714) }
        p1.text("— 1 —", x: 280, y: 810)
        var p2 = PageBuilder(number: 2)
        p2.text("0", x: 100, y: 100); p2.text("1", x: 140, y: 100)
        p2.text("四、行政复议情况", x: 50, y: 140)
        let items = PageLayout.items(from: [p1.page, p2.page])
        #expect(items.compactMap(\.grid).count == 1)
        let grid = try #require(items.compactMap(\.grid).first)
        #expect(grid.dump.last == ["（二）部分公开区分处理", "0", "0", "0", "0", "1"])
        #expect(grid.rows[1][5].location == .page(2, Box(x: 140, y: 100, width: 5, height: 10)))
    }

    @Test func aNumberSetRightAfterItsLabelIsACellOfItsOwn() {
        var p = PageBuilder()
        p.text("行政事业性收费316", x: 50, y: 100)
        let line = GlyphLine(p.glyphs)
        #expect(line.splittingTrailingNumber().map(\.text) == ["行政事业性收费", "316"])
        var q = PageBuilder()
        q.text("第2项", x: 50, y: 100)
        #expect(GlyphLine(q.glyphs).splittingTrailingNumber().map(\.text) == ["第2项"])
    }
}
