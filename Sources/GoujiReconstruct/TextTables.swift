import GoujiModel
import Foundation

/// Finds the tables in plain text: runs of lines whose cells are separated by tabs, by runs of
/// spaces, or by markdown pipes. Blank lines inside a run do not end it, since text dumps of
/// tables that cross a page leave blank lines behind.
public enum TextTables {
    public static func items(from lines: [TextLine]) -> [StructuredDocument.Item] {
        var items: [StructuredDocument.Item] = []
        var rows: [[Cell]] = []
        // Where each cell of a space-aligned row starts and ends, in display columns; nil for
        // rows split by tabs or pipes.
        var spans: [[Range<Int>]?] = []
        var blanks: [TextLine] = []
        func flushTable() {
            if !rows.isEmpty { items.append(.grid(Grid(rows: withGapsFilled(rows, spans: spans)))) }
            rows.removeAll()
            spans.removeAll()
        }
        for line in lines {
            if line.text.allSatisfy(\.isWhitespace) {
                if rows.isEmpty { items.append(.text(line)) } else { blanks.append(line) }
                continue
            }
            if isMarkdownRule(line.text) { continue }
            if let cells = cells(of: line.text) {
                blanks.removeAll()
                rows.append(cells.map { Cell($0, at: line.location) })
                spans.append(isSpaceAligned(line.text) ? columnSpans(of: line.text, cells: cells) : nil)
            } else {
                flushTable()
                items += blanks.map { .text($0) }
                blanks.removeAll()
                items.append(.text(line))
            }
        }
        flushTable()
        items += blanks.map { .text($0) }
        return items
    }

    /// The cells of a table row, or nil for a line of prose.
    static func cells(of text: String) -> [String]? {
        let trimmed = text.trimmingSpaces
        if trimmed.hasPrefix("|") && trimmed.dropFirst().contains("|") {
            var parts = trimmed.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if parts.first?.allSatisfy(\.isWhitespace) == true { parts.removeFirst() }
            if parts.last?.allSatisfy(\.isWhitespace) == true { parts.removeLast() }
            return parts.map(\.trimmingSpaces)
        }
        // Looked for as a byte: a tab is a character of its own, and bytes cost less to scan.
        if text.utf8.contains(UInt8(ascii: "\t")) {
            return text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        }
        // Three cells need only runs of two spaces; two cells need a gap wider than prose ever
        // leaves, or a label and a lone figure ("行政事业性收费  9116.36").
        let parts = splitOnSpaceRuns(trimmed, minimumGap: 2)
        if parts.count >= 3 { return parts }
        if parts.count == 2, parts[1].allSatisfy({ $0.isNumber || ".,-/%".contains($0) }) { return parts }
        let wide = splitOnSpaceRuns(trimmed, minimumGap: 4)
        return wide.count == 2 ? wide : nil
    }

    private static func isSpaceAligned(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        return !(trimmed.hasPrefix("|") && trimmed.dropFirst().contains("|")) && !text.utf8.contains(UInt8(ascii: "\t"))
    }

    /// Each cell's display columns (a wide character counting two), found in order in the line.
    private static func columnSpans(of text: String, cells: [String]) -> [Range<Int>]? {
        var spans: [Range<Int>] = []
        var rest = Substring(text), column = 0
        for cell in cells {
            guard let found = rest.range(of: cell) else { return nil }
            column += width(rest[..<found.lowerBound])
            let cellWidth = width(rest[found])
            spans.append(column..<column + cellWidth)
            column += cellWidth
            rest = rest[found.upperBound...]
        }
        return spans
    }

    private static func width(_ text: Substring) -> Int {
        text.reduce(0) { $0 + ($1.isWide ? 2 : 1) }
    }

    /// A space-aligned table whose rows of figures are one or two cells short (a cell printed
    /// blank leaves only spaces): each figure is put under the column its place on the line
    /// falls in, as the nearest full row shows them (a table continued after a page break may
    /// be set a little further right), and the gaps become blank cells. A row whose figures do
    /// not each fall in one column is left as it is.
    static func withGapsFilled(_ rows: [[Cell]], spans: [[Range<Int>]?]) -> [[Cell]] {
        // Each space-aligned row's figures: where they start in the row, and their spans.
        let figures: [(first: Int, spans: [Range<Int>])?] = rows.indices.map { i in
            guard let rowSpans = spans[i], let first = rows[i].firstIndex(where: { AlignedTables.isValue($0.text) }),
                  rows[i][first...].allSatisfy({ AlignedTables.isValue($0.text) }) else { return nil }
            return (first, Array(rowSpans[first...]))
        }
        let width = figures.compactMap { $0?.spans.count }.max() ?? 0
        let full = rows.indices.filter { figures[$0]?.spans.count == width }
        guard width >= 5, full.count >= 2 else { return rows }
        return rows.indices.map { i in
            guard let row = figures[i], row.spans.count < width, row.spans.count >= width - 2,
                  let nearest = full.min(by: { abs($0 - i) < abs($1 - i) }) else { return rows[i] }
            let columns = figures[nearest]!.spans
            let slots = row.spans.map { span in columns.indices.filter { columns[$0].overlaps(span) } }
            guard slots.allSatisfy({ $0.count == 1 }), zip(slots, slots.dropFirst()).allSatisfy({ $0[0] < $1[0] }) else { return rows[i] }
            var filled = Array(rows[i][..<row.first])
            let location = rows[i][row.first].location
            var next = row.first
            for j in 0..<width {
                if next < rows[i].count, slots[next - row.first][0] == j {
                    filled.append(rows[i][next])
                    next += 1
                } else {
                    var gap = Cell("", at: location)
                    gap.isPlaced = true
                    filled.append(gap)
                }
            }
            return filled
        }
    }

    /// Splits on runs of at least `minimumGap` spaces (an ideographic space counting two), which
    /// space-aligned dumps put between cells, while a single space stays inside a label.
    static func splitOnSpaceRuns(_ text: String, minimumGap: Int) -> [String] {
        var parts: [String] = []
        var current = ""
        var spaces = ""
        for ch in text {
            if isSpace(ch) {
                spaces.append(ch)
                continue
            }
            if !spaces.isEmpty {
                if spaces.count >= minimumGap || spaces.filter({ $0 == "\u{3000}" }).count * 2 >= minimumGap {
                    parts.append(current); current = ""
                } else {
                    current += spaces
                }
                spaces = ""
            }
            current.append(ch)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    private static func isSpace(_ ch: Character) -> Bool {
        // Each space opens with one of these bytes: a character is looked at so before it is
        // compared, which costs more.
        switch ch.utf8.first {
        case 0x20, 0xE3, 0xC2: ch == " " || ch == "\u{3000}" || ch == "\u{00A0}"
        default: false
        }
    }

    private static func isMarkdownRule(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        return trimmed.hasPrefix("|") && trimmed.contains("-")
            && trimmed.allSatisfy { "|-: ".contains($0) }
    }
}
