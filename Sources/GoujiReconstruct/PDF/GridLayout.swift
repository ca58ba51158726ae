import GoujiModel

/// Lays placed cells onto rows and columns: every distinct cell edge is a column (or row)
/// boundary, and a cell covering several columns or rows is written at each, the copies marked.
enum GridLayout {
    static func grid(_ table: PlacedTable) -> Grid {
        // (Edges gathered in two runs, not a pair per cell: positions come out sorted either way.)
        let xs = Lattice.positions(table.cells.map(\.frame.x) + table.cells.map(\.frame.maxX))
        let ys = Lattice.positions(table.cells.map(\.frame.y) + table.cells.map(\.frame.maxY))
        let columns = max(xs.count - 1, 1), rowCount = max(ys.count - 1, 1)
        // A position no cell covers is a hole.
        let hole = Cell("", at: .page(table.page, table.box))
        var rows = [[Cell]](repeating: [Cell](repeating: hole, count: columns), count: rowCount)
        for cell in table.cells {
            let c0 = nearest(cell.frame.x, in: xs), c1 = max(nearest(cell.frame.maxX, in: xs), c0 + 1)
            let r0 = nearest(cell.frame.y, in: ys), r1 = max(nearest(cell.frame.maxY, in: ys), r0 + 1)
            for r in r0..<min(r1, rowCount) {
                for c in c0..<min(c1, columns) {
                    rows[r][c] = Cell(cell.text, at: cell.location, isSpanCopy: r != r0 || c != c0, doubt: cell.doubt)
                }
            }
        }
        return Grid(rows: rows)
    }

    /// The index of the position nearest `value`, the first of any as near. The positions are
    /// sorted: the first not below the value is found by halving, and the nearest stands there
    /// or just before it, or before that where several are as near.
    private static func nearest(_ value: Double, in positions: [Double]) -> Int {
        guard !positions.isEmpty else { return 0 }
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < value { low = middle + 1 } else { high = middle }
        }
        var best = min(low, positions.count - 1)
        while best > 0, abs(positions[best - 1] - value) <= abs(positions[best] - value) { best -= 1 }
        return best
    }
}
