import GoujiModel

/// What a page holds, in reading order: lines of text, tables, and the running heads, feet and
/// page numbers in its margins, which do not interrupt a table continued over the page break.
enum PageContent: Sendable {
    case line(TextLine)
    case furniture(TextLine)
    case table(PlacedTable)

    var item: StructuredDocument.Item {
        switch self {
        case .line(let line), .furniture(let line): return .text(line)
        case .table(let table): return .grid(GridLayout.grid(table))
        }
    }
}
