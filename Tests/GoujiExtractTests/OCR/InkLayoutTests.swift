import Foundation
import Testing
@testable import GoujiExtract

/// The ink layout of pages drawn here at 300 dpi: blocks of ink standing for characters (a line
/// 40 pixels high), set as prose, as a table whose columns are parted by white space alone, or
/// as a heading over a date; and the shape that tells a 0 from a 6, 8 or 9.
@Suite struct InkLayoutTests {
    static let dpi = 300.0

    struct Page {
        var image = GrayImage(width: 2400, height: 1600, dpi: InkLayoutTests.dpi)

        mutating func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, grey: UInt8 = 20) {
            for y in max(0, y0)..<min(image.height, y1) { for x in max(0, x0)..<min(image.width, x1) { image[x, y] = grey } }
        }

        /// `count` characters 36 pixels wide, 4 apart, from `x` on the line at `y`.
        mutating func characters(_ count: Int, x: Int, y: Int) {
            for k in 0..<count { fill(x + k * 40, y, x + k * 40 + 36, y + 40) }
        }

        /// A digit 22 pixels wide, 32 high (a stroke at each side and across top and bottom).
        mutating func digit(x: Int, y: Int) {
            fill(x, y + 4, x + 4, y + 36); fill(x + 18, y + 4, x + 22, y + 36)
            fill(x, y + 4, x + 22, y + 8); fill(x, y + 32, x + 22, y + 36)
        }

        var layout: InkLayout {
            InkLayout(ink: image.binarized(threshold: image.inkThreshold), width: image.width, height: image.height, dpi: image.dpi)
        }
    }

    /// Prose: lines of characters side by side, with a short last line.
    static func prose() -> Page {
        var page = Page()
        for line in 0..<12 { page.characters(line == 11 ? 20 : 50, x: 200, y: 100 + line * 70) }
        return page
    }

    /// A label and five values in columns 200 pixels apart, `rows` rows, a heading over them.
    static func table(rows: Int = 8) -> Page {
        var page = Page()
        page.characters(12, x: 200, y: 60)
        for row in 0..<rows {
            let y = 140 + row * 70
            page.characters(8, x: 200, y: y)
            for column in 0..<5 { page.digit(x: 800 + column * 200, y: y + 4) }
        }
        return page
    }

    @Test func proseHoldsNoTable() {
        let layout = Self.prose().layout
        #expect(layout.lines.count == 12)
        #expect(layout.lines.allSatisfy { $0.pieces.count == 1 })
        #expect(!layout.holdsTable())
    }

    @Test func valuesInColumnsPartedByWhiteSpaceAreATable() {
        let layout = Self.table().layout
        #expect(layout.holdsTable())
        #expect(abs(layout.lineHeight - 40) <= 1)
        let rows = layout.rows(Self.table().image.binarized(threshold: 128), width: 2400)
        #expect(rows.count == 9)
        // Each row: its label and five values, each a piece of its own.
        #expect(rows.dropFirst().allSatisfy { $0.cells.count == 6 })
        #expect(rows.dropFirst().allSatisfy { row in row.cells.dropFirst().map(\.x) == [800, 1000, 1200, 1400, 1600] })
    }

    /// A heading over one line of a signature and a date: wide gaps, but no columns several
    /// lines share.
    @Test func aSignatureBesideADateIsNoTable() {
        var page = Self.prose()
        page.characters(8, x: 200, y: 1000)
        page.characters(6, x: 1200, y: 1000)
        page.characters(6, x: 1800, y: 1000)
        #expect(!page.layout.holdsTable())
    }

    /// Two rows of a label and figures whose tabs missed their stops (规章 0 0 0 over
    /// 行政规范性文件0 0 0): their figures share no columns, but they are a table's rows.
    @Test func figuresSetApartInNoSharedColumnsAreATable() {
        var page = Self.prose()
        page.characters(2, x: 200, y: 1000)
        for x in [400, 700, 1000] { page.digit(x: x, y: 1004) }
        page.characters(7, x: 200, y: 1070)
        for x in [520, 850, 1150] { page.digit(x: x, y: 1074) }
        #expect(page.layout.holdsTable())
        // One such row is no table: a date after a signature.
        var one = Self.prose()
        one.characters(2, x: 200, y: 1000)
        for x in [400, 700, 1000] { one.digit(x: x, y: 1004) }
        #expect(!one.layout.holdsTable())
    }

    /// Specks of the scan's noise in the gaps between columns part nothing and join nothing.
    @Test func specksAreNoPieces() {
        var page = Self.table()
        for row in 0..<8 { page.fill(900, 160 + row * 70, 903, 163 + row * 70) }
        let rows = page.layout.rows(page.image.binarized(threshold: 128), width: 2400)
        #expect(rows.dropFirst().allSatisfy { $0.cells.count == 6 })
    }

    /// The strokes of 三, parted by white rows, are one line of one character, not three dashes.
    @Test func theStrokesOfACharacterAreOneLine() {
        var page = Self.table()
        page.fill(200, 1300, 236, 1304); page.fill(204, 1316, 232, 1320); page.fill(200, 1334, 236, 1338)
        page.characters(6, x: 250, y: 1300)
        let ink = page.image.binarized(threshold: 128)
        let bands = InkLayout.lineBands(ink, width: 2400, in: PixelBox(x: 200, y: 1300, width: 37, height: 40), lineHeight: 40)
        #expect(bands == [1300..<1338])
    }

    /// A ring, a ring with a dot in it (the dotted 0 of a monospaced font), an 8 (two holes) and
    /// a 6 (a hole in its lower half).
    @Test func theShapeOfAZero() {
        var page = Page()
        func ring(x: Int, y: Int, dot: Bool) {
            page.digit(x: x, y: y)
            if dot { page.fill(x + 9, y + 17, x + 13, y + 23) }
        }
        ring(x: 100, y: 100, dot: false)
        ring(x: 200, y: 100, dot: true)
        page.digit(x: 300, y: 100); page.fill(300, 118, 322, 122)  // 8
        page.fill(400, 104, 404, 136); page.fill(400, 104, 422, 108); page.fill(400, 118, 422, 122)
        page.fill(418, 118, 422, 136); page.fill(400, 132, 422, 136)  // 6
        func box(_ x: Int) -> PixelBox { PixelBox(x: x, y: 104, width: 22, height: 32) }
        #expect(ScanReader.zeroShaped(page.image, in: box(100)) == true)
        #expect(ScanReader.zeroShaped(page.image, in: box(200)) == true)
        #expect(ScanReader.zeroShaped(page.image, in: box(300)) == false)
        #expect(ScanReader.zeroShaped(page.image, in: box(400)) == false)
        // Wider than high: no lone digit.
        #expect(ScanReader.zeroShaped(page.image, in: PixelBox(x: 100, y: 104, width: 122, height: 32)) == nil)
    }
}
