import Testing
import GoujiModel
@testable import GoujiExtract

@Suite struct BorderFinderTests {
    typealias Segment = BorderFinder.Segment

    func stroke(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, darkness: UInt8 = 255) -> Segment {
        Segment(x0: x0, y0: y0, x1: x1, y1: y1, darkness: darkness, filled: false)
    }

    func fill(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Segment {
        Segment(x0: x0, y0: y0, x1: x1, y1: y1, darkness: 255, filled: true)
    }

    @Test func aBorderDrawnCellByCellIsOneLine() {
        // Three thin filled rectangles end to end, as a browser prints a row's bottom border.
        let rulings = BorderFinder.rulings(in: [fill(76, 90, 192, 90.75), fill(192, 90, 306, 90.75), fill(306, 90, 420, 90.75)],
                                           avoiding: [])
        #expect(rulings == [Ruling(.horizontal, at: 90.375, from: 76, to: 420)])
    }

    @Test func shadingPaleLinesAndMarksAreNoBorders() {
        let rulings = BorderFinder.rulings(in: [
            fill(76, 100, 420, 120),                // a shaded cell
            stroke(76, 130, 420, 130, darkness: 10), // white on white
            stroke(76, 140, 80, 140),               // a dash
            stroke(200, 150, 200, 300),             // a column border
        ], avoiding: [])
        #expect(rulings == [Ruling(.vertical, at: 200, from: 150, to: 300)])
    }

    @Test func anUnderlineIsNoBorderButALineRunningOnIs() {
        let word = (0..<4).map { Glyph("字", box: Box(x: 100 + Double($0) * 12, y: 50, width: 12, height: 12), fontSize: 12) }
        let under = BorderFinder.rulings(in: [stroke(100, 63, 148, 63)], avoiding: word)
        let border = BorderFinder.rulings(in: [stroke(76, 63, 420, 63)], avoiding: word)
        #expect(under.isEmpty)
        #expect(border.count == 1)
    }
}
