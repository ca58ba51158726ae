/// The WordprocessingML body that a Word binary document's paragraphs stand for: `w:p`, and
/// `w:tbl` / `w:tr` / `w:tc` with `w:gridSpan`, `w:hMerge`, `w:vMerge`, `w:gridBefore` and
/// `w:gridAfter` worked out from the rows' cell definitions. `WordBodyReader` then reads it as it
/// reads a DOCX, so that both give the same tables, spans, layout rules and provenance.
///
/// In the binary, a table is its paragraphs marked as in a table (and how deep): a top-level
/// table's cell ends with a cell mark, a nested table's with a paragraph marked as its cell's
/// end, and every row with an end mark that carries the row's cell definitions.
struct WordBinaryBody {
    typealias Paragraph = WordBinaryDocument.Paragraph

    private var body: [MarkupElement] = []
    private var open: [OpenTable] = []

    static func body(of paragraphs: [Paragraph]) throws(WordBinaryDamage) -> MarkupElement {
        try checkNesting(paragraphs)
        return element("body", elements(of: paragraphs))
    }

    /// Every table has a row, and every row an end mark: more tables than paragraphs is damage
    /// (depths that swing back and forth), which would otherwise nest tables without end.
    private static func checkNesting(_ paragraphs: [Paragraph]) throws(WordBinaryDamage) {
        var tables = 0, depth = 0
        for paragraph in paragraphs {
            tables += max(0, paragraph.properties.tableDepth - depth)
            depth = paragraph.properties.tableDepth
            for box in paragraph.textBoxes { try checkNesting(box) }
        }
        guard tables <= paragraphs.count else {
            throw WordBinaryDamage("its tables nest deeper than its paragraphs allow (\(tables) tables in \(paragraphs.count) paragraphs)")
        }
    }

    private static func elements(of paragraphs: [Paragraph]) -> [MarkupElement] {
        var builder = WordBinaryBody()
        for paragraph in paragraphs { builder.add(paragraph) }
        while !builder.open.isEmpty { builder.closeTable() }
        return builder.body
    }

    /// The paragraph, then the text boxes anchored in it, as the DOCX reader meets them.
    private static func elements(of paragraph: Paragraph) -> [MarkupElement] {
        [Self.paragraph(paragraph.text)] + paragraph.textBoxes.flatMap(elements(of:))
    }

    private mutating func add(_ paragraph: Paragraph) {
        let depth = paragraph.properties.tableDepth
        while open.count > depth { closeTable() }
        while open.count < depth { open.append(OpenTable()) }
        guard depth > 0 else { body += Self.elements(of: paragraph); return }
        let properties = paragraph.properties
        let endsRow = depth == 1 ? properties.endsRow : properties.endsInnerRow
        let endsCell = depth == 1 ? paragraph.endsWithCellMark : properties.endsInnerCell
        if endsRow {
            open[open.count - 1].endRow(properties.row, deleted: paragraph.isDeleted)
        } else {
            open[open.count - 1].content += Self.elements(of: paragraph)
            if endsCell { open[open.count - 1].endCell() }
        }
    }

    /// Ends the innermost open table; it becomes content of the cell it is in, or of the body.
    private mutating func closeTable() {
        var table = open.removeLast()
        table.endRow(nil)
        let element = table.element()
        if open.isEmpty { body.append(element) } else { open[open.count - 1].content.append(element) }
    }

    private struct OpenTable {
        var rows: [(cells: [[MarkupElement]], definition: TableRowDefinition?)] = []
        var cells: [[MarkupElement]] = []
        var content: [MarkupElement] = []

        mutating func endCell() {
            cells.append(content)
            content = []
        }

        /// Ends the row; nil for a row left without its end mark (damage, or the document's end).
        /// A row deleted with changes tracked is dropped, as the DOCX reader drops it.
        mutating func endRow(_ definition: TableRowDefinition?, deleted: Bool = false) {
            if !content.isEmpty { endCell() }
            guard !deleted else { cells = []; return }
            guard !cells.isEmpty || definition != nil else { return }
            rows.append((cells, definition))
            cells = []
        }

        func element() -> MarkupElement {
            let grid = TableGrid(rows.compactMap(\.definition))
            return WordBinaryBody.element("tbl", rows.map { row in
                WordBinaryBody.element("tr", grid.cells(row.cells, row.definition))
            })
        }
    }

    // MARK: - Elements

    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func element(_ name: String, _ children: [MarkupElement] = [], value: String? = nil) -> MarkupElement {
        var element = MarkupElement(name: name, namespace: namespace)
        if let value { element.attributes.append("val", value) }
        element.children = children.map { .element($0) }
        return element
    }

    /// A paragraph of one run.
    static func paragraph(_ text: String) -> MarkupElement {
        guard !text.isEmpty else { return element("p") }
        var t = element("t")
        t.children = [.text(text)]
        return element("p", [element("r", [t])])
    }
}
