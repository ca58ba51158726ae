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
        // Cells come row by row, left to right: a cell's edges are first looked for where the
        // cell before suggests, its row where that one's was, its left edge where that one ended.
        var r0 = 0, r1 = 0, c1 = 0
        for cell in table.cells {
            let c0 = nearest(cell.frame.x, in: xs, guess: c1)
            c1 = max(nearest(cell.frame.maxX, in: xs, guess: c0 + 1), c0 + 1)
            r0 = nearest(cell.frame.y, in: ys, guess: r0)
            r1 = max(nearest(cell.frame.maxY, in: ys, guess: r1), r0 + 1)
            for r in r0..<min(r1, rowCount) {
                for c in c0..<min(c1, columns) {
                    rows[r][c] = Cell(cell.text, at: cell.location, isSpanCopy: r != r0 || c != c0, doubt: cell.doubt,
                                      confidence: cell.confidence)
                }
            }
        }
        return Grid(rows: rows)
    }

    /// The index of the position nearest `value`, the first of any as near. The positions are
    /// sorted, so that their distances from the value fall up to the nearest and rise after it:
    /// the guess is the nearest when it is nearer than the position before it and no further than
    /// the one after. Else the first not below the value is found by halving, and the nearest
    /// stands there or just before it, or before that where several are as near.
    private static func nearest(_ value: Double, in positions: [Double], guess: Int) -> Int {
        if positions.indices.contains(guess) {
            let distance = abs(positions[guess] - value)
            if guess == 0 || abs(positions[guess - 1] - value) > distance,
               guess == positions.count - 1 || abs(positions[guess + 1] - value) >= distance {
                return guess
            }
        }
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
