import GoujiModel

/// Lays placed cells onto rows and columns: every distinct cell edge is a column (or row)
/// boundary, and a cell covering several columns or rows is written at each, the copies marked.
enum GridLayout {
    static func grid(_ table: PlacedTable) -> Grid {
        let xs = Lattice.positions(table.cells.flatMap { [$0.frame.x, $0.frame.maxX] })
        let ys = Lattice.positions(table.cells.flatMap { [$0.frame.y, $0.frame.maxY] })
        let columns = max(xs.count - 1, 1), rowCount = max(ys.count - 1, 1)
        var rows = [[Cell?]](repeating: [Cell?](repeating: nil, count: columns), count: rowCount)
        for cell in table.cells {
            let c0 = nearest(cell.frame.x, in: xs), c1 = max(nearest(cell.frame.maxX, in: xs), c0 + 1)
            let r0 = nearest(cell.frame.y, in: ys), r1 = max(nearest(cell.frame.maxY, in: ys), r0 + 1)
            for r in r0..<min(r1, rowCount) {
                for c in c0..<min(c1, columns) {
                    rows[r][c] = Cell(cell.text, at: cell.location, isSpanCopy: r != r0 || c != c0, doubt: cell.doubt)
                }
            }
        }
        let hole = Cell("", at: .page(table.page, table.box))
        return Grid(rows: rows.map { $0.map { $0 ?? hole } })
    }

    private static func nearest(_ value: Double, in positions: [Double]) -> Int {
        positions.indices.min { abs(positions[$0] - value) < abs(positions[$1] - value) } ?? 0
    }
}
