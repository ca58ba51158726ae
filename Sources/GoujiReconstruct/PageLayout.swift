import GoujiModel

/// Rebuilds a PDF page's lines from where its characters stand.
public enum PageLayout {
    public static func items(from page: Page) -> [StructuredDocument.Item] {
        // Characters whose vertical centres lie within half a character height share a line.
        let sorted = page.glyphs.sorted { ($0.box.midY, $0.box.x) < ($1.box.midY, $1.box.x) }
        var lines: [[Glyph]] = []
        for glyph in sorted {
            if let last = lines.last?.last, abs(last.box.midY - glyph.box.midY) < max(last.box.height, glyph.box.height) / 2 {
                lines[lines.count - 1].append(glyph)
            } else {
                lines.append([glyph])
            }
        }
        return lines.map { line in
            let ordered = line.sorted { $0.box.x < $1.box.x }
            let box = ordered.dropFirst().reduce(ordered[0].box) { $0.union($1.box) }
            return .text(TextLine(String(ordered.map(\.character)), at: .page(page.number, box)))
        }
    }
}
