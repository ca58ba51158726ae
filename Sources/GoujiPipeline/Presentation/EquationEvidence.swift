import Foundation
import GoujiLoad
import GoujiModel
import GoujiValidate

/// A failing equation's cells redrawn as a small table from the values and their provenance: the
/// rows and columns it runs over, each cell as printed, the summed parts outlined, the printed whole
/// set apart, and the suspect cell boxed. Nothing is guessed: a cell the corpus does not hold is
/// shown as missing.
enum EquationEvidence {
    /// The equation's cells as a table, then, for a PDF, the bands of its pages that hold them with the
    /// same marks; nil for a finding of no equation.
    static func html(_ finding: CorpusOverview.FindingRow, cells: [CellKey: CorpusOverview.EvidenceCell],
                     path: String, crops: PageCrops?) -> String? {
        guard finding.severity == .error,
              let (parts, whole) = Validator.operands(of: finding.rule, table: finding.table, row: finding.row,
                                                      column: finding.column, printing: cells.keys) else { return nil }
        let suspect = finding.suspect.flatMap(suspectKey)
        let marks = { (key: CellKey) in [whole.contains(key) ? "whole" : "part", key == suspect ? "suspect" : nil].compactMap { $0 } }
        return table(parts + whole, cells: cells, rule: finding.rule, marks: marks)
            + (crops.map { bands(parts + whole, cells: cells, path: path, crops: $0, marks: marks) } ?? "")
    }

    private static func table(_ operands: [CellKey], cells: [CellKey: CorpusOverview.EvidenceCell], rule: String,
                              marks: (CellKey) -> [String]) -> String {
        let rows = ordered(operands.map(\.row)), columns = ordered(operands.map(\.column))
        let header = "<tr><th></th>" + columns.map { "<th>\(HTML.escape(columnLabel(operands[0].table, $0)))</th>" }.joined() + "</tr>"
        let body = rows.map { row in
            "<tr><th>\(HTML.escape(rowLabel(operands[0].table, row)))</th>" + columns.map { column in
                let key = CellKey(operands[0].table, row, column)
                guard operands.contains(key) else { return "<td></td>" }
                let classes = marks(key)
                guard let cell = cells[key] else {
                    return "<td class=\"\(classes.joined(separator: " ")) missing\" title=\"\(key) not read\">?</td>"
                }
                return "<td class=\"\(classes.joined(separator: " "))\" title=\"\(HTML.escape("\(key) · \(cell.location)"))\">"
                    + "\(HTML.escape(cell.raw.isEmpty ? "(blank)" : cell.raw))</td>"
            }.joined() + "</tr>"
        }
        return "<table class=\"evidence\" data-rule=\"\(HTML.escape(rule))\">\(header)\(body.joined())</table>"
    }

    /// Each page's band around the operands read there, the marks drawn over it where their boxes stand.
    private static func bands(_ operands: [CellKey], cells: [CellKey: CorpusOverview.EvidenceCell], path: String,
                              crops: PageCrops, marks: (CellKey) -> [String]) -> String {
        let placed = operands.compactMap { key in
            cells[key].flatMap { cell in cell.page.flatMap { page in cell.box.map { (key: key, page: page, box: $0) } } }
        }
        return Dictionary(grouping: placed, by: \.page).sorted { $0.key < $1.key }.map { page, placed in
            let boxes = placed.map(\.box)
            guard let band = crops.band(of: path, page: page, top: boxes.map(\.y).min()! - 80, bottom: boxes.map(\.maxY).max()! + 10) else {
                return "<p class=\"note\">No picture of page \(page): \(HTML.escape(path)) cannot be rendered (moved since it was read?).</p>"
            }
            let drawn = placed.map { key, _, box in
                let (left, top) = (box.x * band.scale - 3, (box.y - band.top) * band.scale - 3)
                return "<span class=\"mark \(marks(key).joined(separator: " "))\" title=\"\(key)\" style=\"left:\(Int(left))px;top:\(Int(top))px;"
                    + "width:\(Int(box.width * band.scale + 6))px;height:\(Int(box.height * band.scale + 6))px\"></span>"
            }
            return "<div class=\"crop\" style=\"width:\(band.width)px;height:\(band.height)px\"><img alt=\"page \(page)\" "
                + "width=\"\(band.width)\" height=\"\(band.height)\" src=\"data:image/png;base64,\(band.png.base64EncodedString())\">"
                + drawn.joined() + "</div>"
        }.joined()
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
