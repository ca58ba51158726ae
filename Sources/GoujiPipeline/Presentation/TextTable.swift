import GoujiModel

/// Rows of text in aligned columns as a terminal shows them, where a CJK character takes two cells.
public struct TextTable: Sendable {
    public var rows: [[String]]
    /// Rows above the rule drawn under them.
    public var headerRows: Int
    /// Whether a cell is set flush right (numbers), by row and column.
    public var isRightAligned: @Sendable (_ row: Int, _ column: Int) -> Bool

    public init(rows: [[String]], headerRows: Int = 1,
                isRightAligned: @escaping @Sendable (_ row: Int, _ column: Int) -> Bool = { _, _ in false }) {
        self.rows = rows; self.headerRows = headerRows; self.isRightAligned = isRightAligned
    }

    /// The table, columns two spaces apart, trailing spaces trimmed, each line ended by a newline.
    public func render() -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { $0.indices.contains(column) ? Self.width($0[column]) : 0 }.max() ?? 0
        }
        var lines = rows.enumerated().map { index, row in
            row.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - Self.width(text))
                return isRightAligned(index, column) ? pad + text : text + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        if headerRows > 0 && headerRows < lines.count {
            let width = widths.reduce(0, +) + 2 * max(columns - 1, 0)
            lines.insert(String(repeating: "─", count: width), at: headerRows)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The cells a text takes on a terminal.
    public static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1.isWide ? 2 : 1) }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
