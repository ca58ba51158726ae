import GoujiModel

/// Rebuilds PDF pages from where their characters stand: bordered tables from their rulings,
/// borderless ones from the alignment of their text, and the narrative lines between them, in
/// reading order. A table continued over a page break comes out as one grid.
public enum PageLayout {
    public static func items(from pages: [Page]) -> [StructuredDocument.Item] {
        TableContinuation.join(pages.flatMap(content)).flatMap(\.items)
    }

    static func content(of page: Page) -> [PageContent] {
        var rest = page.glyphs
        var placed: [(y: Double, content: PageContent)] = []
        let frames = Lattice.tables(from: page.rulings)
        // A frame inside another is strokes of characters, or a box in a cell: the cell's text.
        for frame in frames where !frames.contains(where: { $0.box != frame.box && $0.box.encloses(frame.box) }) {
            let inside = rest.filter { frame.box.contains($0.box.midX, $0.box.midY, margin: 1) }
            guard !inside.isEmpty else { continue }
            rest.removeAll { frame.box.contains($0.box.midX, $0.box.midY, margin: 1) }
            placed.append((frame.box.y, .table(RuledTable.place(frame, glyphs: inside, page: page.number))))
        }
        placed += AlignedTables.content(of: GlyphLines.lines(of: rest), page: page)
        return placed.sorted { $0.y < $1.y }.map(\.content)
    }
}
