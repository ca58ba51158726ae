import GoujiModel

/// Reads a parsed web page into blocks in reading order: text lines broken where a browser
/// breaks them (block elements, `<br>`), whitespace collapsed as a browser does, and tables.
///
/// Government pages hold the report inside layout tables, among navigation. A table that holds
/// another table, or has at most one cell in every row, is layout: its cells are read as page
/// content, so the narrative comes out as text lines and the data tables inside as tables of
/// their own. Navigation tables come out as tables too; normalize passes them by for want of
/// the statistics labels.
struct HTMLBodyReader {
    private(set) var blocks: [Block] = []
    /// Every table met so far, layout ones too, in document order: a cell's location names it.
    private var tableCount = 0
    private var pending = ""
    private var pendingLine = 0

    static func blocks(of root: MarkupElement) -> [Block] {
        var reader = HTMLBodyReader()
        reader.read(root)
        reader.breakLine()
        return reader.blocks
    }

    private static let unseen: Set<String> = [
        "head", "script", "style", "noscript", "template", "select", "option", "textarea", "button",
        "iframe", "object", "svg", "map",
    ]
    private static let blockNames: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
        "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "center", "hr",
        "address", "form", "fieldset", "figure", "figcaption", "caption", "tr", "td", "th", "body",
    ]

    private mutating func read(_ element: MarkupElement) {
        for child in element.children {
            switch child {
            case .text(let text):
                if pending.isEmpty { pendingLine = element.line }
                pending += text
            case .element(let child):
                if Self.unseen.contains(child.name) || Self.isHidden(child) { continue }
                if child.name == "br" { breakLine(); continue }
                if child.name == "table" { breakLine(); readTable(child); continue }
                if child.name == "pre" { breakLine(); readPreformatted(child); continue }
                let isBlock = Self.blockNames.contains(child.name)
                if isBlock { breakLine() }
                read(child)
                if isBlock { breakLine() }
            }
        }
    }

    /// Ends the line being gathered: white space collapsed to single spaces as a browser shows
    /// it, a no-break space kept as one space, the ends trimmed; blank lines are dropped.
    private mutating func breakLine() {
        let collapsed = pending.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" })
            .joined(separator: " ")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
            .trimmingWhitespace
        if !collapsed.isEmpty { blocks.append(.text(TextLine(collapsed, at: .line(pendingLine)))) }
        pending = ""
    }

    /// Preformatted text keeps its lines and spacing (text reports pasted into a page, their
    /// tables aligned by spaces or tabs); only the ends of lines are trimmed.
    private mutating func readPreformatted(_ element: MarkupElement) {
        var text = ""
        func gather(_ element: MarkupElement) {
            for child in element.children {
                switch child {
                case .text(let string): text += string
                case .element(let child) where child.name == "br": text += "\n"
                case .element(let child) where !Self.unseen.contains(child.name) && !Self.isHidden(child): gather(child)
                case .element: break
                }
            }
        }
        gather(element)
        var line = element.line
        for row in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let kept = String(row).replacingOccurrences(of: "\u{00A0}", with: " ")
            let trimmed = String(kept.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            if !trimmed.isEmpty { blocks.append(.text(TextLine(trimmed, at: .line(line)))) }
            line += 1
        }
    }

    // MARK: - Tables

    private mutating func readTable(_ table: MarkupElement) {
        tableCount += 1
        let index = tableCount
        // Word ends its tables with a zero-height row that only fixes column widths.
        let rows = Self.descendants(of: table, named: ["tr"]).filter { !Self.isHidden($0) && $0.attributes["height"] != "0" }
        let cells = rows.map { Self.descendants(of: $0, named: ["td", "th"]).filter { !Self.isHidden($0) } }
        if cells.allSatisfy({ $0.count <= 1 }) || table.contains("table") {
            for cell in cells.joined() { read(cell); breakLine() }
            return
        }
        if let caption = table.child("caption") { read(caption); breakLine() }
        let sourceRows = cells.enumerated().map { r, row in
            row.enumerated().map { c, cell in
                SourceCell(text(of: cell), rowSpan: Self.span(cell.attributes["rowspan"]),
                           columnSpan: Self.span(cell.attributes["colspan"]),
                           at: .tableCell(table: index, row: r + 1, column: c + 1))
            }
        }
        blocks.append(.table(SourceTable(index: index, rows: sourceRows)))
    }

    /// A data cell's lines, each trimmed, blank ones dropped, joined by newlines (`结果<br/>纠正`
    /// keeps its break, which normalize may read across).
    private func text(of cell: MarkupElement) -> String {
        var reader = HTMLBodyReader()
        reader.read(cell)
        reader.breakLine()
        return reader.blocks.compactMap { block -> String? in
            if case .text(let line) = block { return line.text } else { return nil }
        }.joined(separator: "\n")
    }

    /// The elements of these names below `element`, not looking into the elements found nor
    /// into nested tables: a table's rows, a row's cells.
    private static func descendants(of element: MarkupElement, named names: Set<String>) -> [MarkupElement] {
        element.elements.flatMap { child -> [MarkupElement] in
            if names.contains(child.name) { return [child] }
            return child.name == "table" ? [] : descendants(of: child, named: names)
        }
    }

    /// A `rowspan`/`colspan` value; missing, zero or nonsense is 1, as browsers take it, and
    /// absurd spans are cut to what a table can hold.
    private static func span(_ value: String?) -> Int {
        guard let value, let number = Int(value.trimmingWhitespace), number > 0 else { return 1 }
        return min(number, 1000)
    }

    private static func isHidden(_ element: MarkupElement) -> Bool {
        if element.attributes["hidden"] != nil { return true }
        guard let style = element.attributes["style"] else { return false }
        return style.lowercased().filter { !$0.isWhitespace }.contains("display:none")
    }
}
