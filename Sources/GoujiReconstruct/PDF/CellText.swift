import GoujiModel

/// The text of one table cell from the characters inside it.
enum CellText {
    /// Lines read top to bottom and joined without a separator, as a wrapped label or a
    /// number wrapped in a narrow cell ("2" over "6" is 26) reads; only Latin words keep a
    /// space between them. Digits stacked in a cell wide enough to have held them on one
    /// line may be two numbers: that is said in `doubt`.
    static func read(_ glyphs: [Glyph], in frame: Box) -> (text: String, box: Box?, doubt: String?) {
        guard !glyphs.isEmpty else { return ("", nil, nil) }
        let lines = GlyphLines.lines(of: glyphs)
        var text = ""
        for line in lines {
            let next = line.text
            if let last = text.last, let first = next.first, last.isLatinLetter, first.isLatinLetter { text.append(" ") }
            text += next
        }
        let box = lines.dropFirst().reduce(lines[0].box) { $0.union($1.box) }
        return (text, box, stackedNumberDoubt(lines, frame: frame))
    }

    private static func stackedNumberDoubt(_ lines: [GlyphLine], frame: Box) -> String? {
        guard lines.count > 1, lines.allSatisfy({ $0.glyphs.allSatisfy { $0.character.isNumberPart } }) else { return nil }
        for (line, next) in zip(lines, lines.dropFirst()) {
            // A number wraps only where its next digit would not have fitted beside it.
            if line.box.width + next.glyphs[0].box.width < 0.8 * frame.width {
                return "digits on \(lines.count) lines in one cell were read as one number"
            }
        }
        return nil
    }
}

extension Character {
    var isLatinLetter: Bool { isASCII && isLetter }
    /// Digits (ASCII or full width) and the marks inside numbers.
    var isNumberPart: Bool { isNumber || ".,，．-+".contains(self) }
}
