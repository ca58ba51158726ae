import GoujiModel

/// A bordered table filled with the characters inside its cells.
enum RuledTable {
    static func place(_ frame: TableFrame, glyphs: [Glyph], page: Int) -> PlacedTable {
        var byCell = [[Glyph]](repeating: [], count: frame.cells.count)
        for glyph in glyphs {
            let x = glyph.box.midX, y = glyph.box.midY
            if let k = frame.cells.firstIndex(where: { $0.contains(x, y) }) { byCell[k].append(glyph) }
        }
        let lines = byCell.map(GlyphLines.lines)
        // What a column shows it can hold on one line: the widest line in any of its cells.
        var capacity: [ColumnKey: Double] = [:]
        for (box, cellLines) in zip(frame.cells, lines) {
            capacity[ColumnKey(box), default: 0] = max(capacity[ColumnKey(box)] ?? 0, cellLines.map(\.box.width).max() ?? 0)
        }
        let cells = zip(frame.cells, lines).map { box, cellLines in
            PlacedTable.Cell(frame: box, text: CellText.text(of: cellLines),
                             location: .page(page, CellText.box(of: cellLines) ?? box),
                             doubt: CellText.stackedNumberDoubt(cellLines, capacity: capacity[ColumnKey(box)] ?? 0))
        }
        return PlacedTable(cells: cells, page: page, box: frame.box)
    }

    private struct ColumnKey: Hashable {
        var left: Int, right: Int
        init(_ box: Box) { left = Int(box.x.rounded()); right = Int(box.maxX.rounded()) }
    }
}
