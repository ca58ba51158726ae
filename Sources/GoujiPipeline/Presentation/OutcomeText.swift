import Foundation
import GoujiModel

/// An outcome laid out for a terminal: the three tables as grids, then the findings.
public enum OutcomeText {
    public static func render(_ outcome: Outcome) -> String {
        // Names, titles and reasons come from the file: shown with their control characters escaped.
        let shown = TerminalText.escaped
        var out = "\(shown(outcome.source.path))\n  status: \(outcome.status.rawValue) — \(shown(outcome.reason))\n"
        guard let report = outcome.report else { return out }
        let meta = [report.body, report.region, report.year.map { "\($0)" }, report.format.map { "format \($0.rawValue)" }].compactMap { $0 }
        if !meta.isEmpty { out += "  \(shown(meta.joined(separator: " · ")))\n" }
        for table in TableID.allCases {
            let values = report.values.filter { $0.key.table == table }
            guard !values.isEmpty else { continue }
            out += "\n" + grid(table, values)
        }
        let findings = outcome.findings.filter { $0.severity != .info }
        if !findings.isEmpty {
            out += "\n  findings:\n"
            for finding in findings {
                out += "  [\(finding.severity.rawValue)] \(shown(finding.message))\n      \(shown(finding.messageZh))\n"
                if let suspect = finding.suspect { out += "      suspect: \(shown(suspect))\n" }
            }
        }
        for doubt in report.doubts { out += "  doubt: \(shown(doubt))\n" }
        return out
    }

    /// One table as rows × columns, blank for no value, `?` after a doubtful value.
    private static func grid(_ table: TableID, _ values: [Value]) -> String {
        var rows: [String] = [], columns: [String] = []
        for value in values {
            if !rows.contains(value.key.row) { rows.append(value.key.row) }
            if !columns.contains(value.key.column) { columns.append(value.key.column) }
        }
        let cell = { (row: String, column: String) -> String in
            guard let value = values.first(where: { $0.key.row == row && $0.key.column == column }) else { return "" }
            return (value.number.map { "\($0)" } ?? "·") + (value.doubt == nil ? "" : "?")
        }
        if table == .t4 {
            return "  表四\n" + columns.map { "    \($0.padding(toLength: 28, withPad: " ", startingAt: 0)) \(cell("all", $0))" }.joined(separator: "\n") + "\n"
        }
        let labelWidth = (rows.map(\.count).max() ?? 0) + 2
        let widths = columns.map { max($0.count, 6) + 1 }
        var out = "  \(table == .t2 ? "表二" : "表三")\n    " + "".padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        out += zip(columns, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined() + "\n"
        for row in rows {
            out += "    " + row.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            out += zip(columns, widths).map { cell(row, $0).padding(toLength: $1, withPad: " ", startingAt: 0) }.joined() + "\n"
        }
        return out
    }
}
