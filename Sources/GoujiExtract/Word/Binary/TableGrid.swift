/// The columns of a table: every cell edge of its rows, edges a few twips apart taken as one (as
/// Word does when it merges cells vertically), so that a cell spans the columns between its edges.
struct TableGrid {
    private let lines: [Int]

    /// Edges closer than this, in twips, are one.
    private static let tolerance = 3

    init(_ definitions: [TableRowDefinition]) {
        var lines: [Int] = []
        for edge in definitions.flatMap(\.edges).sorted() where lines.last.map({ edge - $0 > Self.tolerance }) ?? true {
            lines.append(edge)
        }
        self.lines = lines
    }

    /// The grid line nearest `edge`.
    private func column(_ edge: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] < edge { low = middle + 1 } else { high = middle }
        }
        if low == lines.count { return lines.count - 1 }
        return low > 0 && edge - lines[low - 1] < lines[low] - edge ? low - 1 : low
    }

    /// A row's cells as `w:tc`, with the `w:trPr` that places the row on the grid first.
    func cells(_ contents: [[MarkupElement]], _ definition: TableRowDefinition?) -> [MarkupElement] {
        typealias E = WordBinaryBody
        guard let definition, definition.cells.count >= 1, !lines.isEmpty else {
            return contents.map { E.element("tc", $0) }
        }
        let columns = definition.edges.map(column)
        var rowProperties: [MarkupElement] = []
        if columns[0] > 0 { rowProperties.append(E.element("gridBefore", value: "\(columns[0])")) }
        if contents.count <= definition.cells.count, lines.count - 1 > columns[contents.count] {
            rowProperties.append(E.element("gridAfter", value: "\(lines.count - 1 - columns[contents.count])"))
        }
        let cells = contents.enumerated().map { index, content in
            guard index < definition.cells.count else { return E.element("tc", content) }
            let cell = definition.cells[index]
            var properties: [MarkupElement] = []
            let span = columns[index + 1] - columns[index]
            if span > 1 { properties.append(E.element("gridSpan", value: "\(span)")) }
            if let merge = cell.horizontalMerge { properties.append(E.element("hMerge", value: merge == .restart ? "restart" : nil)) }
            if let merge = cell.verticalMerge { properties.append(E.element("vMerge", value: merge == .restart ? "restart" : nil)) }
            return E.element("tc", [E.element("tcPr", properties)] + content)
        }
        return (rowProperties.isEmpty ? [] : [E.element("trPr", rowProperties)]) + cells
    }
}
