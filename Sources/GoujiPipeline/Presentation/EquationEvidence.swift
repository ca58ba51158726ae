import GoujiLoad
import GoujiModel
import GoujiValidate

/// A failing equation's cells redrawn as a small table from the values and their provenance: the
/// rows and columns it runs over, each cell as printed, the summed parts outlined, the printed whole
/// set apart, and the suspect cell boxed. Nothing is guessed: a cell the corpus does not hold is
/// shown as missing.
enum EquationEvidence {
    static func html(_ finding: CorpusOverview.FindingRow, cells: [CellKey: CorpusOverview.EvidenceCell]) -> String? {
        guard finding.severity == .error,
              let (parts, whole) = Validator.operands(of: finding.rule, table: finding.table, row: finding.row,
                                                      column: finding.column, printing: cells.keys) else { return nil }
        let operands = parts + whole
        let rows = ordered(operands.map(\.row)), columns = ordered(operands.map(\.column))
        let suspect = finding.suspect.flatMap(suspectKey)
        let header = "<tr><th></th>" + columns.map { "<th>\(HTML.escape(columnLabel(operands[0].table, $0)))</th>" }.joined() + "</tr>"
        let body = rows.map { row in
            "<tr><th>\(HTML.escape(rowLabel(operands[0].table, row)))</th>" + columns.map { column in
                let key = CellKey(operands[0].table, row, column)
                guard operands.contains(key) else { return "<td></td>" }
                let classes = [whole.contains(key) ? "whole" : "part", key == suspect ? "suspect" : nil].compactMap { $0 }
                guard let cell = cells[key] else {
                    return "<td class=\"\(classes.joined(separator: " ")) missing\" title=\"\(key) not read\">?</td>"
                }
                return "<td class=\"\(classes.joined(separator: " "))\" title=\"\(HTML.escape("\(key) · \(cell.location)"))\">"
                    + "\(HTML.escape(cell.raw.isEmpty ? "(blank)" : cell.raw))</td>"
            }.joined() + "</tr>"
        }
        return "<table class=\"evidence\" data-rule=\"\(HTML.escape(finding.rule))\">\(header)\(body.joined())</table>"
    }

    /// Distinct items, in their first order.
    private static func ordered(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// The cell a suspect explanation starts with: `t3[new, natural_person]: 93 printed, 95 would balance`.
    static func suspectKey(_ explanation: String) -> CellKey? {
        guard let open = explanation.firstIndex(of: "["), let close = explanation.firstIndex(of: "]"), open < close,
              let table = TableID(rawValue: String(explanation[..<open])) else { return nil }
        let parts = explanation[explanation.index(after: open)..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count == 2 ? CellKey(table, parts[0], parts[1]) : nil
    }

    /// A row's official label (the printed wording is not kept), with its key.
    private static func rowLabel(_ table: TableID, _ row: String) -> String {
        let label = TemplateFormat.allCases.lazy.compactMap { CanonicalModel.table(table, $0).row(row)?.label }.first { !$0.isEmpty }
        return label.map { "\($0) \(row)" } ?? row
    }

    private static func columnLabel(_ table: TableID, _ column: String) -> String {
        let label = TemplateFormat.allCases.lazy.compactMap { CanonicalModel.table(table, $0).column(column)?.label }.first
        return label.map { "\($0) \(column)" } ?? column
    }
}
