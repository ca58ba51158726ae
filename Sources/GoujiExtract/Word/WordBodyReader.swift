import GoujiModel

/// Reads the body of a WordprocessingML document into blocks in reading order. DOCX, Flat OPC
/// and Word 2003 XML share the element names (`p`, `r`, `t`, `tbl`, `tr`, `tc` …), so one
/// reader serves all three.
///
/// What a reader of the printed page sees is what it keeps: tracked insertions stay and
/// deletions go, field results stay and field instructions go, content controls, smart tags and
/// custom XML are looked through (a control still showing its placeholder counts as empty), and
/// text boxes are read where they are anchored.
///
/// A table that holds another table, or that has at most one cell in every row, is layout, not
/// data: reports are often framed in a one-cell table, or pasted into a grid of layout cells. Its
/// cells are read as body content, so their narrative stays text lines (headings included, which
/// normalize looks for) and the tables inside come out as tables of their own.
struct WordBodyReader {
    private(set) var blocks: [Block] = []
    /// Every paragraph read so far, in table cells too: a text line's location is its paragraph.
    private var paragraphCount = 0
    /// Every table met so far, layout ones too, in document order: a cell's location names it.
    private var tableCount = 0
    /// Where the reader stands in complex fields (`w:fldChar` begin … separate … end, nested):
    /// only results are printed, whatever an instruction holds.
    private var fields: [FieldPart] = []
    private enum FieldPart { case instruction, result }

    static func blocks(of body: MarkupElement) -> [Block] {
        var reader = WordBodyReader()
        reader.readBlocks(in: body)
        return reader.blocks
    }

    // MARK: - Blocks

    private mutating func readBlocks(in container: MarkupElement) {
        for element in container.elements {
            guard let word = Word.visible(element) else { continue }
            if word.isWord(named: "p") { readParagraph(word) }
            else if word.isWord(named: "tbl") { readTable(word) }
            else { readBlocks(in: word) }
        }
    }

    private mutating func readParagraph(_ paragraph: MarkupElement) {
        paragraphCount += 1
        let number = paragraphCount
        var text = ""
        var textBoxes: [MarkupElement] = []
        collectRuns(in: paragraph, into: &text, textBoxes: &textBoxes)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            blocks.append(.text(TextLine(String(line), at: .line(number))))
        }
        for box in textBoxes { readBlocks(in: box) }
    }

    /// The paragraph's text: tabs and breaks kept as `\t` and `\n`; text boxes set aside, to be
    /// read after the paragraph that anchors them.
    private mutating func collectRuns(in element: MarkupElement, into text: inout String, textBoxes: inout [MarkupElement]) {
        for child in element.elements {
            guard let word = Word.visible(child) else { continue }
            guard word.isWord else { collectRuns(in: word, into: &text, textBoxes: &textBoxes); continue }
            let printed = !fields.contains(.instruction)
            switch word.name {
            case "t": if printed { text += word.ownText }
            case "tab", "ptab": if printed { text += "\t" }
            case "br", "cr": if printed { text += "\n" }
            case "noBreakHyphen": if printed { text += "-" }
            case "fldChar": markField(word.attributes["fldCharType"])
            case "txbxContent": textBoxes.append(word)
            default: collectRuns(in: word, into: &text, textBoxes: &textBoxes)
            }
        }
    }

    private mutating func markField(_ type: String?) {
        switch type {
        case "begin": fields.append(.instruction)
        case "separate": if !fields.isEmpty { fields[fields.count - 1] = .result }
        case "end": _ = fields.popLast()
        default: break
        }
    }

    // MARK: - Tables

    private mutating func readTable(_ table: MarkupElement) {
        tableCount += 1
        let index = tableCount
        let rows = Word.descendants(of: table, named: "tr").filter { !Word.isDeletedRow($0) }
        let cells = rows.map { Word.descendants(of: $0, named: "tc") }
        if cells.allSatisfy({ $0.count <= 1 }) || cells.joined().contains(where: { $0.contains("tbl") }) {
            for cell in cells.joined() { readBlocks(in: cell) }
            return
        }
        var sourceRows: [[SourceCell]] = []
        for (r, row) in rows.enumerated() {
            var sourceRow: [SourceCell] = []
            var column = 1
            func fill(_ count: Int) {
                for _ in 0..<count {
                    sourceRow.append(SourceCell("", at: .tableCell(table: index, row: r + 1, column: column)))
                    column += 1
                }
            }
            let rowProperties = row.child("trPr")
            fill(Word.number(rowProperties?.child("gridBefore")) ?? 0)
            for cell in cells[r] {
                let properties = cell.child("tcPr")
                let span = max(1, Word.number(properties?.child("gridSpan")) ?? 1)
                defer { column += span }
                if let merge = Word.merge(properties, "hMerge"), merge == .continuation, !sourceRow.isEmpty {
                    sourceRow[sourceRow.count - 1].columnSpan += span
                    continue
                }
                let continuesAbove = Word.merge(properties, "vMerge") == .continuation
                sourceRow.append(SourceCell(continuesAbove ? "" : text(of: cell), columnSpan: span,
                                            continuesAbove: continuesAbove,
                                            at: .tableCell(table: index, row: r + 1, column: column)))
            }
            fill(Word.number(rowProperties?.child("gridAfter")) ?? 0)
            sourceRows.append(sourceRow)
        }
        blocks.append(.table(SourceTable(index: index, rows: sourceRows)))
    }

    /// A data cell's paragraphs, each trimmed, empty ones dropped, joined by newlines: a label
    /// wrapped over two paragraphs keeps the break, which normalize may read across.
    private mutating func text(of cell: MarkupElement) -> String {
        var reader = WordBodyReader(paragraphCount: paragraphCount, tableCount: tableCount)
        reader.readBlocks(in: cell)
        paragraphCount = reader.paragraphCount
        tableCount = reader.tableCount
        return reader.blocks.compactMap { block -> String? in
            guard case .text(let line) = block else { return nil }
            let text = line.text.trimmingWhitespace
            return text.isEmpty ? nil : text
        }.joined(separator: "\n")
    }

    private init(paragraphCount: Int = 0, tableCount: Int = 0) {
        self.paragraphCount = paragraphCount; self.tableCount = tableCount
    }
}
