import Foundation

/// docs/canonical-model.md read back as data: the tables under each heading, so that tests can
/// hold the page to the code.
public struct ModelDocument: Sendable {
    /// A markdown table of the page: where it stands, and its body rows' cells (backticks removed).
    public struct Table: Sendable {
        /// The `## ` heading above it, e.g. "表三 收到和处理政府信息公开申请情况 (`t3`)".
        public var section: String
        /// The `### ` heading above it within that section, e.g. "2021 edition: rows"; empty where none.
        public var heading: String
        public var rows: [[String]]
    }

    public let tables: [Table]

    public init(_ text: String = try! String(contentsOf: PackageFiles.root.appendingPathComponent("docs/canonical-model.md"), encoding: .utf8)) {
        var tables: [Table] = []
        var section = "", heading = "", previous = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)); heading = "" }
            if line.hasPrefix("### ") { heading = String(line.dropFirst(4)) }
            // A body row follows a table line; the header row follows none, and the separator is skipped.
            if line.hasPrefix("|"), !line.hasPrefix("|--"), previous.hasPrefix("|") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                    .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
                if tables.last.map({ $0.section != section || $0.heading != heading }) ?? true {
                    tables.append(Table(section: section, heading: heading, rows: []))
                }
                tables[tables.count - 1].rows.append(cells)
            }
            previous = line
        }
        self.tables = tables
    }

    /// The body rows of the table under `heading` in the section whose title names `(`id`)`.
    public func rows(of id: String, _ heading: String) -> [[String]] {
        tables.first { $0.section.hasSuffix("(`\(id)`)") && $0.heading == heading }?.rows ?? []
    }

    /// The body rows of the tables in the section whose title starts with `title`.
    public func rows(inSection title: String) -> [[String]] {
        tables.filter { $0.section.hasPrefix(title) }.flatMap(\.rows)
    }
}
