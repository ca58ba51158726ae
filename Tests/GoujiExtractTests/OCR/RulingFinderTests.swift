import Foundation
import Testing
@testable import GoujiExtract

/// The line finder, the skew and the cells on bitmaps drawn here: a table of `rows` × `columns`
/// cells with borders `thickness` pixels wide, text-like marks in its cells, turned by `degrees`.
@Suite struct RulingFinderTests {
    static let dpi = 300.0

    static func table(rows: Int = 4, columns: Int = 5, cell: (width: Int, height: Int) = (180, 90), origin: (x: Int, y: Int) = (200, 300),
                      thickness: Int = 3, degrees: Double = 0, mergeFirstRow: Bool = false) -> GrayImage {
        var image = GrayImage(width: 1400, height: 1000, dpi: dpi)
        func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, grey: UInt8 = 20) {
            for y in max(0, y0)..<min(image.height, y1) { for x in max(0, x0)..<min(image.width, x1) { image[x, y] = grey } }
        }
        let right = origin.x + columns * cell.width, bottom = origin.y + rows * cell.height
        for r in 0...rows {
            let y = origin.y + r * cell.height
            if mergeFirstRow && r == 0 { fill(origin.x, y, right + thickness, y + thickness); continue }
            fill(origin.x, y, right + thickness, y + thickness)
        }
        for c in 0...columns {
            let x = origin.x + c * cell.width
            // A merged first row: the inner borders start below it.
            let top = mergeFirstRow && c > 0 && c < columns ? origin.y + cell.height : origin.y
            fill(x, top, x + thickness, bottom + thickness)
        }
        // Marks like digits and short strokes of characters in every other cell: ink, but no border.
        for r in 0..<rows {
            for c in stride(from: 0, to: columns, by: 2) {
                let x = origin.x + c * cell.width + 60, y = origin.y + r * cell.height + 30
                fill(x, y, x + 6, y + 32)
                fill(x + 14, y + 14, x + 40, y + 18)
            }
        }
        return degrees == 0 ? image : image.rotated(by: degrees)
    }

    static func lines(_ image: GrayImage) -> [RulingFinder.Line] {
        RulingFinder.lines(in: image.binarized(threshold: image.inkThreshold), width: image.width, height: image.height, dpi: image.dpi)
    }

    @Test func findsEveryBorderAndNoStrokeOfText() {
        let found = Self.lines(Self.table())
        let horizontal = found.filter(\.horizontal).sorted { $0.position < $1.position }
        let vertical = found.filter { !$0.horizontal }.sorted { $0.position < $1.position }
        #expect(horizontal.map { Int($0.position.rounded()) } == [301, 391, 481, 571, 661])
        #expect(vertical.map { Int($0.position.rounded()) } == [201, 381, 561, 741, 921, 1101])
        #expect(horizontal.allSatisfy { abs($0.start - 200) <= 1 && abs($0.end - 1103) <= 1 && $0.thickness == 3 })
    }

    @Test func cellsOfTheGridWithAMergedRow() {
        let image = Self.table(mergeFirstRow: true)
        let tables = CellGrid.tables(from: Self.lines(image), tolerance: 8)
        #expect(tables.count == 1)
        let cells = tables.first?.cells ?? []
        // The first row is one cell across the five columns; then 3 rows of 5.
        #expect(cells.count == 1 + 3 * 5)
        #expect(cells.first.map { abs($0.width - 900) <= 2 && abs($0.height - 90) <= 2 } == true)
    }

    /// The borders handed on to reconstruct are the cells' sides: none inside the merged row,
    /// every other one across the table.
    @Test func theBordersOfAGridWithAMergedRowAreItsCellsSides() throws {
        let table = try #require(CellGrid.tables(from: Self.lines(Self.table(mergeFirstRow: true)), tolerance: 8).first)
        let borders = table.borders
        let horizontal = borders.filter(\.horizontal), vertical = borders.filter { !$0.horizontal }
        #expect(horizontal.count == 5 && horizontal.allSatisfy { $0.length == table.box.width })
        // The outer two run the table's height; the four inside stop under the merged row.
        #expect(vertical.count == 6)
        #expect(vertical.filter { $0.length == table.box.height }.count == 2)
        #expect(vertical.filter { abs($0.length - (table.box.height - 90)) <= 2 }.count == 4)
    }

    /// A faint border worn through in places and stepping a row, found as pieces that overlap or
    /// nearly meet, is one line; a line a few pixels off is another.
    @Test func piecesOfOneBorderAreOneLine() {
        let pieces = [RulingFinder.Line(horizontal: true, position: 100, start: 0, end: 300, thickness: 2),
                      RulingFinder.Line(horizontal: true, position: 101, start: 250, end: 600, thickness: 1),
                      RulingFinder.Line(horizontal: true, position: 100.5, start: 602, end: 900, thickness: 2),
                      RulingFinder.Line(horizontal: true, position: 106, start: 0, end: 900, thickness: 2)]
        let joined = RulingFinder.collinearJoined(pieces, gap: 3)
        #expect(joined.count == 2)
        #expect(joined.first.map { $0.start == 0 && $0.end == 900 && abs($0.position - 100.5) < 0.5 } == true)
    }

    @Test(arguments: [-1.5, -0.6, 0.0, 0.4, 1.2, 2.0])
    func measuresTheSkew(degrees: Double) {
        let image = Self.table(degrees: degrees)
        let skew = RulingFinder.skew(of: image.binarized(threshold: image.inkThreshold), width: image.width, height: image.height)
        #expect(abs(skew - degrees) <= 0.1, "measured \(skew)° for a table turned \(degrees)°")
    }

    /// A page turned a fifth of a degree or so, as a scanner leaves it, is measured so, not taken
    /// as upright: over a table's width such a turn moves a border by its own thickness or more,
    /// and a vertical one, turned, looks too thick to be a line.
    @Test(arguments: [-0.25, -0.15, 0.1, 0.2, 0.3])
    func measuresASlightSkew(degrees: Double) {
        let image = Self.table(columns: 6, thickness: 2, degrees: degrees)
        let skew = RulingFinder.skew(of: image.binarized(threshold: image.inkThreshold), width: image.width, height: image.height)
        // Within one step of the search (0.05°).
        #expect(abs(skew - degrees) <= 0.06, "measured \(skew)° for a table turned \(degrees)°")
    }

    @Test func aTurnedTableUndoneHasItsLinesBack() {
        let image = Self.table(degrees: 1.3)
        let skew = RulingFinder.skew(of: image.binarized(threshold: image.inkThreshold), width: image.width, height: image.height)
        let upright = image.rotated(by: -skew)
        let tables = CellGrid.tables(from: Self.lines(upright), tolerance: 8)
        #expect(tables.count == 1)
        #expect(tables.first?.cells.count == 4 * 5)
        // Turned and not undone, the long borders break into pieces no longer than a cell-and-a-bit.
        let turned = Self.lines(image).filter(\.horizontal).map(\.length).max() ?? 0
        #expect(turned < 700)
    }

    /// Text underlined across its cell's width stands on its underline; the underline meets the
    /// cell's sides as a border would, but parts nothing: the cells are those of the grid.
    @Test func anUnderlineIsNoBorder() {
        var image = Self.table(rows: 3, columns: 3, cell: (300, 150))
        // In the middle cell (x 500...800, y 450...600): two lines of "characters", each standing
        // on an underline from side to side.
        for top in [470, 530] {
            for x in stride(from: 506, to: 790, by: 40) {
                for y in top..<(top + 40) { for dx in 0..<4 { image[x + dx, y] = 20 } }       // a down stroke
                for y in (top + 8)..<(top + 11) { for dx in 0..<28 { image[x + dx, y] = 20 } }  // a cross stroke
            }
            for y in (top + 40)..<(top + 43) { for x in 503..<800 { image[x, y] = 20 } }      // the underline
        }
        let lines = Self.lines(image)
        #expect(!lines.contains { $0.horizontal && abs($0.position - 511) < 4 }, "the first underline was taken for a border")
        #expect(lines.filter { $0.horizontal && $0.length > 800 }.count == 4, "a border was taken for an underline")
        #expect(CellGrid.tables(from: lines, tolerance: 8).first?.cells.count == 9)
    }

    /// A table printed with a dark frame and pale lines inside (hairlines, scanned at a low
    /// resolution): the lines found among faint marks stand, which make its cells, not print's
    /// frame of one cell.
    @Test func paleInnerLinesAreFound() throws {
        var image = GrayImage(width: 1400, height: 1000, dpi: Self.dpi)
        for k in image.pixels.indices { image.pixels[k] = 240 }
        func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ grey: UInt8) {
            for y in y0..<y1 { for x in x0..<x1 { image[x, y] = grey } }
        }
        // A dark frame 1000 × 600 at (200, 200), 4 × 5 cells parted by pale lines, text in some.
        fill(200, 200, 1203, 203, 20); fill(200, 800, 1203, 803, 20)
        fill(200, 200, 203, 803, 20); fill(1200, 200, 1203, 803, 20)
        for r in 1..<4 { fill(203, 200 + r * 150, 1200, 202 + r * 150, 190) }
        for c in 1..<5 { fill(200 + c * 200, 203, 202 + c * 200, 800, 190) }
        for r in 0..<4 { fill(260, 250 + r * 150, 300, 280 + r * 150, 20) }
        #expect(image.inkThreshold < 190 && image.faintThreshold > 190)
        let found = ScanReader.tables(in: image, thresholds: [image.inkThreshold, image.faintThreshold], tolerance: 8)
        #expect(found.tables.count == 1)
        #expect(found.tables.first?.cells.count == 4 * 5)
        // In print alone, the frame holds one cell: no table.
        #expect(ScanReader.tables(in: image, thresholds: [image.inkThreshold], tolerance: 8).tables.isEmpty)
    }

    @Test func aBlankPageHasNoLines() {
        let image = GrayImage(width: 800, height: 600, dpi: Self.dpi)
        #expect(Self.lines(image).isEmpty)
        #expect(RulingFinder.skew(of: image.binarized(threshold: image.inkThreshold), width: 800, height: 600) == 0)
    }
}
