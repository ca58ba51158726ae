import GoujiModel

/// What a page holds, in reading order: lines of text, tables, and the running heads, feet and
/// page numbers in its margins, which do not interrupt a table continued over the page break.
enum PageContent: Sendable {
    case line(TextLine)
    case furniture(TextLine)
    case table(PlacedTable)
    /// Rows opening a page, too few to be a table of their own: they go on with a table the
    /// page before ended with, or else stay the lines they are.
    case continuation(PlacedTable, lines: [TextLine])

    var items: [StructuredDocument.Item] {
        switch self {
        case .line(let line), .furniture(let line): return [.text(line)]
        case .table(let table): return [.grid(GridLayout.grid(table))]
        case .continuation(_, let lines): return lines.map { .text($0) }
        }
    }
}
