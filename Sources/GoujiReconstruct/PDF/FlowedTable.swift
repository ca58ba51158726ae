import GoujiModel

/// A table set as text with tabs (a text file printed by a word processor): each value
/// follows its label at the next tab stop, so columns do not line up down the page and an
/// empty cell leaves no mark. Each line is read as a row of the pieces its wide gaps part, as
/// tab-separated text is; normalize reads such ragged rows by their labels. A row too long
/// for the line runs on to the next line, which then holds only values.
enum FlowedTable {
    /// A line ending closer than this many line heights to the page's right edge of text ran
    /// out of room.
    static let runOn = 2.0
    private static let slot = 10.0

    /// `rows` are the lines' pieces, top to bottom; `lines` the lines themselves.
    static func build(lines: [GlyphLine], rows pieces: [[GlyphLine]], page: Page) -> PlacedTable {
        let right = lines.map(\.box.maxX).max() ?? 0
        let stops = Lattice.positions(pieces.flatMap { $0.filter { AlignedTables.isValue($0.text) }.map(\.box.x) })
        var rows: [[GlyphLine]] = []
        var runsOn = false
        for (line, linePieces) in zip(lines, pieces) {
            let cells = linePieces.flatMap { cut($0, at: stops) }
            if runsOn, !rows.isEmpty, cells.allSatisfy({ AlignedTables.isValue($0.text) }) {
                rows[rows.count - 1] += cells
            } else {
                rows.append(cells)
            }
            // Only a row of values runs on: a heading reaching the edge is followed by its row.
            runsOn = cells.contains { AlignedTables.isValue($0.text) } && right - line.box.maxX < runOn * max(line.box.height, 1)
        }
        let cells = rows.enumerated().flatMap { r, row in
            row.enumerated().map { c, piece in
                PlacedTable.Cell(frame: Box(x: slot * Double(c), y: slot * Double(r), width: slot, height: slot),
                                 text: piece.text, location: .page(page.number, piece.box), confidence: piece.confidence)
            }
        }
        let box = lines.dropFirst().reduce(lines[0].box) { $0.union($1.box) }
        return PlacedTable(cells: cells, page: page.number, box: box,
                           opensWithHeading: !pieces[0].contains { AlignedTables.isValue($0.text) }, runsOn: runsOn)
    }

    /// A piece cut where text after a narrow gap starts at a tab stop the values use: a tab
    /// that had little room to advance ("自然人 法人或其他组织"), unlike the space inside a label.
    static func cut(_ piece: GlyphLine, at stops: [Double]) -> [GlyphLine] {
        let glyphs = piece.glyphs
        var cuts = [0]
        for k in glyphs.indices.dropFirst() where glyphs[k].box.x - glyphs[k - 1].box.maxX > AlignedTables.headerGap * GlyphLine.em(glyphs[k - 1], glyphs[k])
            && stops.contains(where: { abs($0 - glyphs[k].box.x) <= Lattice.tolerance }) {
            cuts.append(k)
        }
        cuts.append(glyphs.count)
        return zip(cuts, cuts.dropFirst()).map { GlyphLine(Array(glyphs[$0..<$1])) }
    }
}
