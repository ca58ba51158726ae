import Testing
@testable import GoujiExtract

/// How a cell's first reading is judged, on readings made here.
@Suite struct ScanReaderTests {
    /// A reading of `characters`, each `widths` wide (pixels), on a line 40 pixels tall.
    static func reading(_ characters: [String], widths: [Int]) -> [Tesseract.Symbol] {
        let line = PixelBox(x: 0, y: 0, width: widths.reduce(0, +), height: 40)
        var x = 0
        return zip(characters, widths).map { text, width in
            defer { x += width }
            return Tesseract.Symbol(text: text, box: PixelBox(x: x, y: 0, width: width, height: 40), line: line, confidence: 95)
        }
    }

    /// A cut-out grown around ink stops at the image's edges.
    @Test func aBoxGrownAroundInkStaysInTheImage() {
        #expect(PixelBox(x: 3, y: 3, width: 4, height: 4).outset(by: 2, within: 20, 20) == PixelBox(x: 1, y: 1, width: 8, height: 8))
        #expect(PixelBox(x: 1, y: 0, width: 5, height: 5).outset(by: 2, within: 7, 6) == PixelBox(x: 0, y: 0, width: 7, height: 6))
    }

    /// A 1 taken for 工 or J, a 0 for O: characters as narrow as digits, among digits.
    @Test func digitsWithANarrowCharacterMayBeAMisreadNumber() {
        #expect(ScanReader.mayBeMisreadNumber(Self.reading(["工", "2", "1"], widths: [9, 20, 20])))
        #expect(ScanReader.mayBeMisreadNumber(Self.reading(["J", "7", "0"], widths: [12, 20, 20])))
        #expect(ScanReader.mayBeMisreadNumber(Self.reading(["革", "O"], widths: [10, 22])))
        #expect(ScanReader.mayBeMisreadNumber(Self.reading(["?", "3", "5", "3", "0"], widths: [14, 20, 20, 20, 20])))
    }

    /// A unit or a label's words are as wide as they are tall; a number read as one, and a lone
    /// character, are not held against the digit reader here.
    @Test func unitsLabelsAndNumbersAreNot() {
        #expect(!ScanReader.mayBeMisreadNumber(Self.reading(["5", "件"], widths: [20, 38])))
        #expect(!ScanReader.mayBeMisreadNumber(Self.reading(["3", ".", "其", "他"], widths: [20, 8, 38, 38])))
        #expect(!ScanReader.mayBeMisreadNumber(Self.reading(["1", "2", "1"], widths: [9, 20, 20])))
        #expect(!ScanReader.mayBeMisreadNumber(Self.reading(["工"], widths: [9])))
        #expect(!ScanReader.mayBeMisreadNumber(Self.reading(["(", "1", ")"], widths: [8, 9, 8])))
    }

    /// A figure underlined (at 300 dpi: digits 40 pixels tall, a stroke 3 thick under them) is
    /// read without its underline; a dash alone, or above text, stays.
    @Test func anUnderlineUnderAFigureIsNotReadAsALine() {
        let digits = PixelBox(x: 100, y: 100, width: 60, height: 40), underline = PixelBox(x: 95, y: 146, width: 80, height: 3)
        let text = PixelBox(x: 100, y: 155, width: 60, height: 40)
        #expect(ScanReader.withoutUnderlines([digits, underline], dpi: 300) == [digits])
        #expect(ScanReader.withoutUnderlines([digits, underline, text, underline], dpi: 300) == [digits, text])
        #expect(ScanReader.withoutUnderlines([underline], dpi: 300) == [underline])
        #expect(ScanReader.withoutUnderlines([underline, digits], dpi: 300) == [underline, digits])
    }

    /// A number's marks, as white columns part them: three digits (a 1's single stroke among
    /// them) and a point are four; a digit's strokes, side by side but touching, one; a speck a
    /// pixel wide in a gap, none.
    @Test func theMarksOfANumberAreTheInkWhiteColumnsPart() {
        let width = 100
        var ink = [Bool](repeating: false, count: width * 40)
        func fill(_ x0: Int, _ x1: Int, _ y0: Int = 5, _ y1: Int = 35) {
            for y in y0..<y1 { for x in x0..<x1 { ink[y * width + x] = true } }
        }
        fill(10, 13)                                  // a 1
        fill(20, 24); fill(24, 34, 5, 9); fill(30, 34) // a digit of three touching strokes
        fill(40, 52)                                  // a digit
        fill(56, 58, 31, 35)                          // a point
        fill(64, 65, 20, 21)                          // a speck
        #expect(ScanReader.marks(ink, width: width, in: PixelBox(x: 0, y: 0, width: width, height: 40)) == 4)
        #expect(ScanReader.marks(ink, width: width, in: PixelBox(x: 20, y: 0, width: 14, height: 40)) == 1)
    }

    /// A lone Latin letter or sign ($, ]) in a cell is a digit misread however sure chi_sim is of
    /// it; a lone character it is sure of, a mark printed for no value, or a number, stands.
    @Test func aLoneLetterIsHeldAgainstTheDigitReader() {
        #expect(!ScanReader.firstReadingStands(Self.reading(["D"], widths: [20])))
        #expect(!ScanReader.firstReadingStands(Self.reading(["$"], widths: [20])))
        #expect(!ScanReader.firstReadingStands(Self.reading(["]"], widths: [8])))
        #expect(ScanReader.firstReadingStands(Self.reading(["/"], widths: [20])))
        #expect(!ScanReader.firstReadingStands(Self.reading(["O"], widths: [20])))
        #expect(!ScanReader.firstReadingStands([]))
        #expect(ScanReader.firstReadingStands(Self.reading(["无"], widths: [38])))
        #expect(ScanReader.firstReadingStands(Self.reading(["7"], widths: [20])))
    }
}
