import GoujiModel

/// A bordered table filled with the characters inside its cells.
enum RuledTable {
    static func place(_ frame: TableFrame, glyphs: [Glyph], page: Int) -> PlacedTable {
        var byCell = [[Glyph]](repeating: [], count: frame.cells.count)
        for glyph in glyphs {
            let x = glyph.box.midX, y = glyph.box.midY
            if let k = frame.cells.firstIndex(where: { $0.x <= x && x <= $0.maxX && $0.y <= y && y <= $0.maxY }) {
                byCell[k].append(glyph)
            }
        }
        let cells = zip(frame.cells, byCell).map { box, glyphs in
            let read = CellText.read(glyphs, in: box)
            return PlacedTable.Cell(frame: box, text: read.text, location: .page(page, read.box ?? box), doubt: read.doubt)
        }
        return PlacedTable(cells: cells, page: page, box: frame.box)
    }
}
