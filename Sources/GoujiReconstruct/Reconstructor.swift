import GoujiModel

/// Stage 2: narrative lines and grids out of what extract read.
public struct Reconstructor: Sendable {
    public init() {}

    public func reconstruct(_ document: ExtractedDocument) -> StructuredDocument {
        var items: [StructuredDocument.Item] = []
        var pendingLines: [TextLine] = []
        var pendingPages: [Page] = []
        func flushLines() {
            items += TextTables.items(from: pendingLines)
            pendingLines.removeAll()
            // Pages go together: a table may run on over the next.
            items += PageLayout.items(from: pendingPages)
            pendingPages.removeAll()
        }
        for block in document.blocks {
            switch block {
            case .text(let line):
                pendingLines.append(line)
            case .table(let table):
                flushLines()
                items.append(.grid(SpanExpansion.grid(from: table)))
            case .page(let page):
                pendingPages.append(page)
            }
        }
        flushLines()
        return StructuredDocument(source: document.source, items: items, title: document.title)
    }
}
