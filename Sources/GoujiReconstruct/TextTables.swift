import GoujiModel
import Foundation

/// Finds the tables in plain text: runs of lines whose cells are separated by tabs, by runs of
/// spaces, or by markdown pipes. Blank lines inside a run do not end it, since text dumps of
/// tables that cross a page leave blank lines behind.
public enum TextTables {
    public static func items(from lines: [TextLine]) -> [StructuredDocument.Item] {
        var items: [StructuredDocument.Item] = []
        var rows: [[Cell]] = []
        var blanks: [TextLine] = []
        func flushTable() {
            if !rows.isEmpty { items.append(.grid(Grid(rows: rows))) }
            rows.removeAll()
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

    /// More cells than any report's table has columns: a line that splits into more is prose, and is never
    /// split further (a line of a million `|` would otherwise make a million cells).
    static let maxCells = 256

    /// The cells of a table row, or nil for a line of prose.
    static func cells(of text: String) -> [String]? {
        let trimmed = text.trimmingSpaces
        if trimmed.hasPrefix("|") && trimmed.dropFirst().contains("|") {
            // Two more than the cells: the pipes that open and close the row leave an empty part each.
            let split = trimmed.split(separator: "|", maxSplits: maxCells + 2, omittingEmptySubsequences: false)
            guard split.count <= maxCells + 2 else { return nil }
            var parts = split.map(String.init)
            if parts.first?.allSatisfy(\.isWhitespace) == true { parts.removeFirst() }
            if parts.last?.allSatisfy(\.isWhitespace) == true { parts.removeLast() }
            return parts.map(\.trimmingSpaces)
        }
        // Looked for as a byte: a tab is a character of its own, and bytes cost less to scan.
        if text.utf8.contains(UInt8(ascii: "\t")) {
            let split = text.split(separator: "\t", maxSplits: maxCells, omittingEmptySubsequences: false)
            return split.count <= maxCells ? split.map { String($0).trimmingSpaces } : nil
        }
        // Three cells need only runs of two spaces; two cells need a gap wider than prose ever
        // leaves, or a label and a lone figure ("行政事业性收费  9116.36").
        let parts = splitOnSpaceRuns(trimmed, minimumGap: 2)
        if parts.count > maxCells { return nil }
        if parts.count >= 3 { return parts }
        if parts.count == 2, parts[1].allSatisfy({ $0.isNumber || ".,-/%".contains($0) }) { return parts }
        let wide = splitOnSpaceRuns(trimmed, minimumGap: 4)
        return wide.count == 2 ? wide : nil
    }

    /// Splits on runs of at least `minimumGap` spaces (an ideographic space counting two), which
    /// space-aligned dumps put between cells, while a single space stays inside a label; past `maxCells`
    /// parts it stops, returning one more.
    static func splitOnSpaceRuns(_ text: String, minimumGap: Int) -> [String] {
        var parts: [String] = []
        var current = ""
        var spaces = ""
        for ch in text where parts.count <= maxCells {
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
