import Foundation
import GoujiModel

/// Finds tables without borders among a page's lines. A line whose text breaks at wide gaps
/// into a label and values is a table row; rows close together make a table. The values'
/// columns come from where the values of all its rows stand (ColumnBoundaries); the lines
/// between rows that hold only label text are labels wrapped over lines, joined to the row
/// beside them; lines above the first row whose pieces stand over the value columns are its
/// header. Rows whose values follow their labels instead of standing in columns were set with
/// tabs: FlowedTable reads them.
enum AlignedTables {
    /// A gap wider than this many ems parts two cells; beside a digit, a narrower one does.
    static let cellGap = 1.0
    static let digitGap = 0.2
    static let headerGap = 0.25
    /// A row of this many figures is a table's, alone: no sentence sets so many apart.
    static let manyFigures = 8
    /// Rows further apart than this many line heights are two tables.
    static let rowGap = 4.0
    private static let slot = 10.0

    static func content(of lines: [GlyphLine], page: Page) -> [(y: Double, content: PageContent)] {
        let chunked = lines.map { $0.chunks(gap: cellGap, digitGap: digitGap).flatMap { $0.splittingTrailingNumber() } }
        let isRow = chunked.map(isTableRow)
        let isLone = chunked.map(isLabelAndValue)
        var result: [(y: Double, content: PageContent)] = []
        var used = Set<Int>()
        let opening = lines.firstIndex { !PageFurniture.isFurniture($0, on: page) }
        var i = 0
        while i < lines.count {
            guard isRow[i] || isLone[i] else { i += 1; continue }
            // The run of rows, with the label lines between them. A label and one value close to
            // it is a row when its value stands under the row above's; a line with text over
            // the values is the heading of what follows.
            var last = i, j = i + 1
            var rowIndices = [i]
            while j < lines.count {
                let height = max(lines[last].box.height, 1)
                if lines[j].box.y - lines[last].box.maxY > rowGap * height { break }
                if isRow[j] || isLone[j] && standsUnder(chunked[j], chunked[last]) {
                    last = j
                    rowIndices.append(j)
                } else if !isWrappedLabel(chunked[j]) || heads(lines[j], values: chunked[last]) {
                    break
                }
                j += 1
            }
            // A label line just over the first row, starting where a label of that row starts,
            // is the first line of that label.
            var first = i
            if i > 0, !used.contains(i - 1), isWrappedLabel(chunked[i - 1]), !heads(lines[i - 1], values: chunked[i]),
               beginsLabel(of: chunked[i], line: lines[i - 1], pieces: chunked[i - 1]) {
                first = i - 1
            }
            // The last row's label may wrap onto a line just under it, no wider than it (a wider
            // line is a heading of what follows).
            while last + 1 < lines.count, !isRow[last + 1], !isLone[last + 1], isWrappedLabel(chunked[last + 1]),
                  lines[last + 1].box.y - lines[last].box.maxY < 0.5 * max(lines[last].box.height, 1),
                  lines[last + 1].box.maxX <= (i...last).map({ labelEnd(of: chunked[$0]) }).max()! + max(lines[last].box.height, 1) {
                last += 1
            }
            // A row of many figures too long for its line runs on to the line just under it,
            // which holds figures alone (a text file's tabs, wrapped): closer than a page number
            // stands, though a lone figure reads as one.
            if last + 1 < lines.count, holdsManyFigures(chunked[last]),
               !chunked[last + 1].isEmpty, chunked[last + 1].allSatisfy({ isValue($0.text) }),
               lines[last + 1].box.y - lines[last].box.maxY < max(lines[last].box.height, 1) {
                last += 1
                rowIndices.append(last)
            }
            var header: [Int] = []
            var h = first - 1
            while h >= 0, !used.contains(h), header.count < 6, first - h <= 6, isHeaderLine(chunked[h], page: page) { header.insert(h, at: 0); h -= 1 }
            // One row makes a table only under a heading row (cells, one over its values: not a
            // line of prose over a sentence ending in a number), or of many figures (表四's
            // fifteen, under a heading OCR could not make out); opening the page, it may go on
            // with a table from the page before.
            let standsAlone = rowIndices.count(where: { isRow[$0] }) >= 2
                || header.contains { lines[$0].chunks(gap: cellGap, digitGap: digitGap).count >= 2 && heads(lines[$0], values: chunked[i]) }
                || rowIndices.contains { holdsManyFigures(chunked[$0]) }
            guard standsAlone || first == opening else { i = last + 1; continue }
            let members = header + Array(first...last)
            used.formUnion(members)
            let table = isFlowed(rowIndices, chunks: chunked)
                ? FlowedTable.build(lines: members.map { lines[$0] }, rows: members.map { chunked[$0] }, page: page)
                : build(rows: rowIndices, labels: (first...last).filter { !rowIndices.contains($0) }, header: header,
                        chunks: chunked, lines: lines, page: page.number)
            let texts = members.map { TextLine(lines[$0].text, at: .page(page.number, lines[$0].box)) }
            result.append((lines[members[0]].box.y, standsAlone ? .table(table) : .continuation(table, lines: texts)))
            i = last + 1
        }
        for (k, line) in lines.enumerated() where !used.contains(k) {
            let text = TextLine(line.text, at: .page(page.number, line.box))
            result.append((line.box.y, PageFurniture.isFurniture(line, on: page) ? .furniture(text) : .line(text)))
        }
        return result
    }

    // MARK: - Kinds of line

    /// Labels followed by values only: two or more, or one standing well apart from them
    /// (prose that quotes a number reads "共 21 件").
    private static func isTableRow(_ chunks: [GlyphLine]) -> Bool {
        guard let first = chunks.firstIndex(where: { isValue($0.text) }),
              chunks[first...].allSatisfy({ isValue($0.text) }) else { return false }
        let values = chunks.count - first
        if values >= 2 { return true }
        return first > 0 && chunks[first].box.x - chunks[first - 1].box.maxX > 2 * max(chunks[first - 1].box.height, 1)
    }

    /// A row of `manyFigures` figures or more.
    private static func holdsManyFigures(_ chunks: [GlyphLine]) -> Bool {
        chunks.count(where: { isValue($0.text) }) >= manyFigures
    }

    /// Labels and one value, however close: a row only where the table's columns say so.
    private static func isLabelAndValue(_ chunks: [GlyphLine]) -> Bool {
        chunks.count >= 2 && isValue(chunks.last!.text) && !chunks.dropLast().contains { isValue($0.text) }
    }

    /// Whether a line's last piece stands under the last piece of the line above.
    private static func standsUnder(_ line: [GlyphLine], _ above: [GlyphLine]) -> Bool {
        guard let value = line.last?.box, let over = above.last?.box else { return false }
        return ColumnBoundaries.Column(lower: over.x, upper: over.maxX).overlaps(value)
    }

    private static func labelEnd(of row: [GlyphLine]) -> Double {
        row.filter { !isValue($0.text) }.map(\.box.maxX).max() ?? -.infinity
    }

    /// A few pieces of text and no value.
    private static func isWrappedLabel(_ chunks: [GlyphLine]) -> Bool {
        !chunks.contains { isValue($0.text) } && chunks.count <= 3
    }

    /// Short pieces, not a line of prose or a numbered heading.
    private static func isHeaderLine(_ chunks: [GlyphLine], page: Page) -> Bool {
        guard let first = chunks.first else { return false }
        if chunks.count == 1 && (first.box.width > page.width / 2 || opensSection(first.text)) { return false }
        return !chunks.contains { isValue($0.text) }
    }

    /// Whatever marks stand before it (a markdown #), a numbered heading opens a section.
    private static func opensSection(_ text: String) -> Bool {
        text.unicodeScalars.contains("、") && sectionOpening.matches(text)
    }

    private static let sectionOpening = TextPattern(#"^[#\s]*[一二三四五六七八九十]+、"#)

    /// Whether a label line over a row is that row's label begun: close over it (closer than
    /// half a line), and starting within an em of where one of the row's labels starts.
    private static func beginsLabel(of row: [GlyphLine], line: GlyphLine, pieces: [GlyphLine]) -> Bool {
        guard let start = pieces.first?.box.x, let next = row.first else { return false }
        let height = max(line.box.height, 1)
        return next.box.y - line.box.maxY < 0.5 * height
            && row.contains { !isValue($0.text) && abs($0.box.x - start) < height }
    }

    /// Whether a heading line has a piece standing over one of a row's values.
    private static func heads(_ line: GlyphLine, values row: [GlyphLine]) -> Bool {
        let values = row.filter { isValue($0.text) }.map { ColumnBoundaries.Column(lower: $0.box.x, upper: $0.box.maxX) }
        return line.chunks(gap: headerGap, digitGap: digitGap).contains { piece in values.contains { $0.overlaps(piece.box) } }
    }

    /// Rows whose values follow their labels at the next tab stop instead of standing in
    /// columns: some row's label reaches past where another row's values begin.
    /// A lone row of values with no label is read so too: its headings are rows of their own.
    private static func isFlowed(_ rows: [Int], chunks: [[GlyphLine]]) -> Bool {
        if rows.count == 1, chunks[rows[0]].allSatisfy({ isValue($0.text) }) { return true }
        let valueStart = rows.compactMap { chunks[$0].first { isValue($0.text) }?.box.x }.min() ?? .infinity
        return rows.contains { labelEnd(of: chunks[$0]) > valueStart + 1 }
    }

    /// A number as tables print it (with a unit or a note in brackets after it), or a mark
    /// for no value; not a numbered label such as 1.属于国家秘密.
    static func isValue(_ text: String) -> Bool {
        // Labels, most of a page, stop at their first character: values open with a digit, a
        // sign or a mark, each a character of one scalar.
        guard let first = text.unicodeScalars.first, valueOpenings.contains(first) else { return false }
        // A text whose every scalar is a character of its own, as a table's nearly always are,
        // is read by scalar, as comparing characters costs many times more; another by character.
        let scalars = text.unicodeScalars
        guard scalars.allSatisfy(\.isCharacter) else { return isValue(characters: text) }
        if !first.isDigit, noValueMarks.contains(where: { $0.unicodeScalars.elementsEqual(scalars) }) { return true }
        let number = scalars.prefix { $0.isDigit || numberMarks.contains($0) }
        guard number.contains(where: \.isDigit), scalars.count <= 24 else { return false }
        let rest = scalars[number.endIndex...]
        return rest.isEmpty || rest.first == "（" || rest.first == "(" || units.contains { $0.unicodeScalars.elementsEqual(rest) }
    }

    private static func isValue(characters text: String) -> Bool {
        if !text.unicodeScalars.first!.isDigit, noValueMarks.contains(text) { return true }
        let number = text.prefix { $0.isDigit || "-－+.,，．".contains($0) }
        guard number.contains(where: \.isDigit), text.count <= 24 else { return false }
        let rest = text.dropFirst(number.count)
        return rest.isEmpty || rest.first == "（" || rest.first == "(" || units.contains(String(rest))
    }

    private static let valueOpenings = Array("0123456789０１２３４５６７８９-－+.,，．/—–无".unicodeScalars)
    private static let noValueMarks = ["/", "-", "—", "——", "－", "无", "–"]
    private static let numberMarks = Array("-－+.,，．".unicodeScalars)
    private static let units = ["件", "元", "万元", "个", "%"]

    // MARK: - Cells

    private static func build(rows: [Int], labels: [Int], header: [Int], chunks: [[GlyphLine]],
                              lines: [GlyphLine], page: Int) -> PlacedTable {
        func frame(row: Int, columns range: Range<Int>) -> Box {
            Box(x: slot * Double(range.lowerBound), y: slot * Double(row), width: slot * Double(range.count), height: slot)
        }
        let columns = ColumnBoundaries.columns(of: rows.flatMap { chunks[$0].filter { isValue($0.text) } })
        let valueLeft = columns.first?.lower ?? .infinity
        func isLabelPart(_ chunk: GlyphLine) -> Bool { chunk.box.maxX <= valueLeft + 1 || !isValue(chunk.text) && chunk.box.midX < valueLeft }

        // Label pieces fall into label columns by where they start; a wrapped line's pieces
        // join the nearest row's piece in their column.
        var pieces: [(row: Int, above: Bool, piece: GlyphLine)] = rows.flatMap { r in chunks[r].filter(isLabelPart).map { (r, false, $0) } }
        for l in labels {
            guard let r = rows.min(by: { abs(lines[$0].box.midY - lines[l].box.midY) < abs(lines[$1].box.midY - lines[l].box.midY) })
            else { continue }
            pieces += chunks[l].map { (r, lines[l].box.midY < lines[r].box.midY, $0) }
        }
        let starts = Lattice.positions(pieces.map(\.piece.box.x))
        let em = pieces.map(\.piece.box.height).max() ?? 10
        var labelStarts: [Double] = []
        for start in starts where labelStarts.last.map({ start - $0 > em }) ?? true { labelStarts.append(start) }
        func labelColumn(_ piece: GlyphLine) -> Int { labelStarts.lastIndex { $0 <= piece.box.x + 1 } ?? 0 }
        var rowLabels: [Int: [Int: [Glyph]]] = [:]
        var labelBoxes: [Int: [Int: Box]] = [:]
        for (row, above, piece) in pieces.sorted(by: { $0.piece.box.y < $1.piece.box.y }) {
            let column = labelColumn(piece)
            let earlier = rowLabels[row, default: [:]][column] ?? []
            rowLabels[row, default: [:]][column] = above && earlier.isEmpty ? piece.glyphs : earlier + piece.glyphs
            labelBoxes[row, default: [:]][column] = labelBoxes[row]?[column].map { $0.union(piece.box) } ?? piece.box
        }
        let labelSlots = max(labelStarts.count, 1)

        // Frames count grid slots (ten points each, so that slots stay apart within the
        // tolerance edges are matched with), not points: there are no lines to place them by.
        var cells: [PlacedTable.Cell] = []
        // On a page read by OCR, each cell carries the confidence of the characters in its box.
        let ocr = lines.contains { $0.confidence != nil }
        func confidence(in box: Box) -> Double? {
            guard ocr else { return nil }
            return Glyph.confidence(of: lines.lazy.flatMap(\.glyphs).filter { box.contains($0.box.midX, $0.box.midY, margin: 1) }) ?? 0
        }
        func cell(_ text: String, _ box: Box, row: Int, columns range: Range<Int>) -> PlacedTable.Cell {
            PlacedTable.Cell(frame: frame(row: row, columns: range), text: text, location: .page(page, box), confidence: confidence(in: box))
        }

        // Header: pieces over several value columns on rows of their own, the rest gathered
        // per column into one row under them.
        var rowNumber = 0
        if !header.isEmpty {
            var leaves: [Int: [GlyphLine]] = [:]
            var labelPieces: [GlyphLine] = []
            for h in header {
                var spanning: [(GlyphLine, Range<Int>)] = []
                // Column headings stand closer together than cells of a row.
                for piece in lines[h].chunks(gap: headerGap, digitGap: digitGap) {
                    let covered = columns.indices.filter { columns[$0].overlaps(piece.box) }
                    if covered.isEmpty { labelPieces.append(piece) }
                    else if covered.count == 1 { leaves[covered[0], default: []].append(piece) }
                    else { spanning.append((piece, covered.first!..<(covered.last! + 1))) }
                }
                guard !spanning.isEmpty else { continue }
                for (piece, range) in spanning {
                    cells.append(cell(piece.text, piece.box, row: rowNumber, columns: (range.lowerBound + labelSlots)..<(range.upperBound + labelSlots)))
                }
                rowNumber += 1
            }
            let label = labelPieces.map(\.text).joined()
            if !label.isEmpty, let first = labelPieces.first {
                cells.append(PlacedTable.Cell(frame: Box(x: 0, y: 0, width: slot * Double(labelSlots), height: slot * Double(rowNumber + 1)),
                                              text: label, location: .page(page, first.box), confidence: confidence(in: first.box)))
            }
            for (column, pieces) in leaves {
                let text = CellText.text(of: GlyphLines.lines(of: pieces.flatMap(\.glyphs)))
                cells.append(cell(text, pieces[0].box, row: rowNumber, columns: (column + labelSlots)..<(column + labelSlots + 1)))
            }
            rowNumber += 1
        }

        for r in rows {
            // A label reaches over the empty label columns right of it, as its cell would.
            let slots = (rowLabels[r] ?? [:]).keys.sorted()
            for (n, slot) in slots.enumerated() {
                let text = CellText.text(of: GlyphLines.lines(of: rowLabels[r]![slot]!))
                let end = n + 1 < slots.count ? slots[n + 1] : labelSlots
                cells.append(cell(text, labelBoxes[r]![slot]!, row: rowNumber, columns: slot..<end))
            }
            for piece in chunks[r] where !isLabelPart(piece) {
                guard let column = columns.firstIndex(where: { $0.overlaps(piece.box) }) else { continue }
                cells.append(cell(piece.text, piece.box, row: rowNumber, columns: (column + labelSlots)..<(column + labelSlots + 1)))
            }
            rowNumber += 1
        }
        // Every slot gets a cell, blank where nothing is printed.
        let width = labelSlots + columns.count
        for row in 0..<rowNumber {
            for column in 0..<width where !cells.contains(where: { $0.frame.contains(slot * (Double(column) + 0.5), slot * (Double(row) + 0.5)) }) {
                cells.append(cell("", lines[rows.first!].box, row: row, columns: column..<(column + 1)))
            }
        }
        let members = (header + rows + labels).map { lines[$0].box }
        let box = members.dropFirst().reduce(members[0]) { $0.union($1) }
        return PlacedTable(cells: cells, page: page, box: box, opensWithHeading: !header.isEmpty)
    }
}

private extension Unicode.Scalar {
    /// Whether the scalar is a character of its own whatever stands beside it: ASCII but the
    /// carriage return, the dashes, CJK punctuation, ideographs and full-width forms. None is
    /// canonically equal to another text, so texts of them compare as their scalars do.
    var isCharacter: Bool {
        switch value {
        case 0x0D: false
        case 0..<0x80, 0x2010...0x2027, 0x3001...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
