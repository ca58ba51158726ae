import GoujiModel

/// The text of one table cell from the characters inside it.
enum CellText {
    /// Lines read top to bottom and joined without a separator, as a wrapped label or a
    /// number wrapped in a narrow cell ("2" over "6" is 26) reads; only Latin words keep a
    /// space between them.
    static func text(of lines: [GlyphLine]) -> String {
        var text = ""
        for line in lines {
            let next = line.text
            if let last = text.last, let first = next.first, last.isLatinLetter, first.isLatinLetter { text.append(" ") }
            text += next
        }
        return text
    }

    static func box(of lines: [GlyphLine]) -> Box? {
        lines.first.map { first in lines.dropFirst().reduce(first.box) { $0.union($1.box) } }
    }

    /// Digits stacked in a cell are read as one number wrapped; but where the cell's column
    /// holds lines wider than the first line and the next digit together (`capacity`), the
    /// number had room to go on, and the lines may be two numbers.
    static func stackedNumberDoubt(_ lines: [GlyphLine], capacity: @autoclosure () -> Double) -> String? {
        guard lines.count > 1, lines.allSatisfy({ $0.glyphs.allSatisfy { $0.character.isNumberPart } }) else { return nil }
        let capacity = capacity(), slack = 1.0
        for (line, next) in zip(lines, lines.dropFirst()) where line.box.width + next.glyphs[0].box.width <= capacity - slack {
            return "digits on \(lines.count) lines in one cell were read as one number (\(lines.map(\.text).joined(separator: " over ")))"
        }
        return nil
    }
}

extension Character {
    var isLatinLetter: Bool { isASCII && isLetter }
    /// An ASCII or full-width digit (Character.isNumber also holds for 一, 二, 三).
    /// A character of one scalar, as nearly all are, is compared as that scalar: comparing
    /// characters costs many times more, and no scalar is canonically equal to a digit but itself.
    var isDigit: Bool {
        if unicodeScalars.count == 1, let scalar = unicodeScalars.first { return scalar.isDigit }
        return ("0"..."9").contains(self) || ("０"..."９").contains(self)
    }
}

extension Unicode.Scalar {
    /// Digits and the marks inside numbers.
    var isNumberPart: Bool { isDigit || ".,，．-+".unicodeScalars.contains(self) }
}
