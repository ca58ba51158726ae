import GoujiLoad

/// A comparison laid out for a terminal: numbers flush right, `·` for a cell printed without a number,
/// `?` after a number read in doubt, blank where a report has no such cell.
public enum ComparisonText {
    public static func render(_ comparison: Comparison, layout: Comparison.Layout) -> String {
        let fields = Comparison.reportFields.count
        // Names and titles come from the files: shown with their control characters escaped.
        let rows = comparison.grid(layout) { entry in
            guard let entry else { return "" }
            return (entry.value ?? "·") + (entry.doubtful ? "?" : "")
        }.map { $0.map(TerminalText.escaped) }
        let table: TextTable
        switch layout {
        case .reportsAsColumns:
            table = TextTable(rows: rows, headerRows: fields) { row, column in row >= fields && column > 0 }
        case .reportsAsRows:
            table = TextTable(rows: rows, headerRows: 1) { row, column in row > 0 && column >= fields }
        }
        return table.render()
    }
}
