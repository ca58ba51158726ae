import GoujiModel

/// Whether a page may hold a table, from its characters alone: rendering a page to find its
/// borders costs ten times reading its text, so only pages whose lines break at wide gaps, as
/// rows of cells do, are rendered. Justified prose, headings and page numbers do not.
enum TableHint {
    /// A gap wider than this many character heights parts two cells.
    static let wideGap = 1.5

    static func mayHoldTable(_ glyphs: [Glyph]) -> Bool {
        var lines: [(midY: Double, height: Double, glyphs: [Glyph])] = []
        for glyph in glyphs.sorted(by: { ($0.box.midY, $0.box.x) < ($1.box.midY, $1.box.x) }) {
            if let last = lines.last, abs(last.midY - glyph.box.midY) < last.height / 2 {
                lines[lines.count - 1].glyphs.append(glyph)
            } else {
                lines.append((glyph.box.midY, max(glyph.box.height, 1), [glyph]))
            }
        }
        var linesWithGaps = 0
        for line in lines {
            let row = line.glyphs.sorted { $0.box.x < $1.box.x }
            let gaps = zip(row, row.dropFirst()).filter { $1.box.x - $0.box.maxX > wideGap * line.height }.count
            if gaps >= 2 { return true }
            if gaps == 1 { linesWithGaps += 1 }
        }
        return linesWithGaps >= 3
    }
}
