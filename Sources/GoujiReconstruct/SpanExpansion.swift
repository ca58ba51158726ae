import GoujiModel

/// Lays a delimited table (DOCX, HTML) onto a rectangular grid: a cell spanning columns or rows
/// is written at every position it covers, the copies marked, so that columns line up. A cell
/// that continues a vertical merge (Word's `vMerge`) is a copy of the cell above it.
public enum SpanExpansion {
    public static func grid(from table: SourceTable) -> Grid {
        var rows: [[Cell?]] = []
        for (r, sourceRow) in table.rows.enumerated() {
            if rows.count <= r { rows.append([]) }
            var c = 0
            for cell in sourceRow {
                while c < rows[r].count, rows[r][c] != nil { c += 1 }
                for dr in 0..<max(cell.rowSpan, 1) {
                    let row = r + dr
                    while rows.count <= row { rows.append([]) }
                    for dc in 0..<max(cell.columnSpan, 1) {
                        let column = c + dc
                        while rows[row].count <= column { rows[row].append(nil) }
                        let above = row > 0 && column < rows[row - 1].count ? rows[row - 1][column] : nil
                        if cell.continuesAbove, let above {
                            rows[row][column] = Cell(above.text, at: above.location, isSpanCopy: true)
                        } else {
                            rows[row][column] = Cell(cell.text, at: cell.location, isSpanCopy: dr > 0 || dc > 0)
                        }
                    }
                }
                c += max(cell.columnSpan, 1)
            }
        }
        return Grid(rows: rows.map { row in
            row.map { $0 ?? Cell("", at: .tableCell(table: table.index, row: 0, column: 0), isSpanCopy: true) }
        })
    }
}
