import GoujiModel
import Testing
@testable import GoujiReconstruct

@Suite("PDF page text")
struct PageTextTests {
    @Test func justifiedCJKHasNoStraySpacesAndLatinKeepsItsSpaces() {
        var p = PageBuilder()
        p.text("号，邮编：", x: 50, y: 100, gap: 3)
        p.text("223100，", x: 118, y: 100)
        p.text("file report 2023", x: 50, y: 130)
        #expect(PageLayout.items(from: [p.page]).compactMap(\.line).map(\.text) == ["号，邮编：223100，", "file report 2023"])
    }

    @Test func fullWidthDigitsAreKeptAsPrinted() throws {
        var p = PageBuilder()
        p.lattice(xs: [50, 130, 170], ys: [100, 120])
        p.text("行政处罚", x: 55, y: 105); p.text("２６７", x: 132, y: 105)
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.dump == [["行政处罚", "２６７"]])
    }

    @Test func narrativeAndTablesComeInReadingOrder() throws {
        var p = PageBuilder()
        p.text("三、收到和处理政府信息公开申请情况", x: 50, y: 80)
        p.lattice(xs: [50, 150, 200], ys: [100, 120])
        p.text("一、本年新收", x: 55, y: 105); p.text("21", x: 170, y: 105)
        p.text("四、结转", x: 50, y: 140)
        let items = PageLayout.items(from: [p.page])
        #expect(items.map { $0.line?.text ?? "grid" } == ["三、收到和处理政府信息公开申请情况", "grid", "四、结转"])
        #expect(items[0].line?.location == .page(1, Box(x: 50, y: 80, width: 170, height: 10)))
    }

    @Test func linesGroupByBaselineAndDropOverprints() {
        let glyphs = [
            Glyph("甲", box: Box(x: 10, y: 10, width: 10, height: 10), fontSize: 10),
            Glyph("乙", box: Box(x: 20, y: 11, width: 10, height: 10), fontSize: 10),
            Glyph("乙", box: Box(x: 20.2, y: 11, width: 10, height: 10), fontSize: 10),
            Glyph("丙", box: Box(x: 10, y: 25, width: 10, height: 10), fontSize: 10),
        ]
        #expect(GlyphLines.lines(of: glyphs).map(\.text) == ["甲乙", "丙"])
    }
}
