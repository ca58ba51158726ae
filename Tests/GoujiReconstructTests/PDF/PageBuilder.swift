import GoujiModel

/// Lays out a PDF page in code: text set at a point, one box per character (CJK a full em
/// wide, the rest half), and table borders as rulings.
struct PageBuilder {
    var number = 1
    var width = 595.0, height = 842.0
    private(set) var glyphs: [Glyph] = []
    private(set) var rulings: [Ruling] = []

    init(number: Int = 1) { self.number = number }

    /// Text on one line from (x, y), the top-left corner of its first character.
    mutating func text(_ text: String, x: Double, y: Double, size: Double = 10, gap: Double = 0) {
        var left = x
        for character in text.unicodeScalars {
            let advance = character.isWide ? size : size / 2
            if !character.properties.isWhitespace {
                glyphs.append(Glyph(character, box: Box(x: left, y: y, width: advance, height: size), fontSize: size))
            }
            left += advance + gap
        }
    }

    /// Text one character under another, as a tall narrow cell prints it.
    mutating func column(_ text: String, x: Double, y: Double, size: Double = 10) {
        for (i, character) in text.enumerated() { self.text(String(character), x: x, y: y + Double(i) * size * 1.2, size: size) }
    }

    mutating func horizontal(_ y: Double, from x0: Double, to x1: Double) {
        rulings.append(Ruling(.horizontal, at: y, from: x0, to: x1))
    }

    mutating func vertical(_ x: Double, from y0: Double, to y1: Double) {
        rulings.append(Ruling(.vertical, at: x, from: y0, to: y1))
    }

    /// A full lattice: every x a vertical line from the first y to the last, every y a
    /// horizontal one from the first x to the last.
    mutating func lattice(xs: [Double], ys: [Double]) {
        for y in ys { horizontal(y, from: xs.first!, to: xs.last!) }
        for x in xs { vertical(x, from: ys.first!, to: ys.last!) }
    }

    var page: Page { Page(number: number, width: width, height: height, glyphs: glyphs, rulings: rulings) }
}

extension StructuredDocument.Item {
    var grid: Grid? { if case .grid(let grid) = self { return grid } else { return nil } }
    var line: TextLine? { if case .text(let line) = self { return line } else { return nil } }
}

extension Grid {
    /// The grid's texts, span copies marked with a leading ^, as rows of columns.
    var dump: [[String]] { rows.map { $0.map { ($0.isSpanCopy ? "^" : "") + $0.text } } }
}
