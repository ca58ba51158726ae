import Foundation
import GoujiModel

/// Stage 4: checks the balance rules, and says which equation fails, by how much and where, and
/// which cell, changed alone, would make the failing equations hold.
public struct Validator: Sendable {
    /// The rule ids to check; the spec's hard rules by default.
    public var rules: Set<String>

    public init(rules: Set<String> = Set(Validator.hardRules)) {
        self.rules = rules
    }

    /// The spec's hard rules: a failure of one makes a report unbalanced.
    public static let hardRules = ["t3.flow", "t3.outcomes", "t3.columns", "t4.groups"]

    /// The cells of the equation a finding of a balance rule reports, in a report that prints `keys`:
    /// the summed parts, then the printed whole; nil for a finding of no equation.
    public static func operands(of rule: String, table: TableID?, row: String?, column: String?,
                                printing keys: some Collection<CellKey>) -> (parts: [CellKey], whole: [CellKey])? {
        BalanceRules.equations(printing: keys)
            .first { $0.rule == rule && $0.table == table && $0.row == row && $0.column == column }
            .map { ($0.parts, $0.whole) }
    }

    public func validate(_ report: Report) -> [Finding] {
        // Each cell's first value, its key hashed once: nil where it was printed blank.
        let numbers = Dictionary(report.values.lazy.map { ($0.key, $0.number) }, uniquingKeysWith: { first, _ in first })

        let checked = BalanceRules.equations(for: report).filter { rules.contains($0.rule) }.map { Checked($0, numbers) }
        let failing = checked.filter(\.fails)
        let suspects = SuspectCells(failing: failing, holding: checked.filter(\.holds), numbers: numbers)

        let balance: [Finding] = checked.compactMap { checked in
            let equation = checked.equation
            let place = [equation.row, equation.column].compactMap { $0 }.joined(separator: ", ")
            switch checked.outcome {
            case .holds:
                return nil
            case .notAssessable(let missing):
                // Only a rule whose table was read at all is worth saying it could not be checked.
                guard missing.count < equation.operands.count else { return nil }
                // A cell printed blank is in `numbers` with no number; one not read is not there at all.
                let unread = missing.filter { numbers[$0] == nil }, blank = missing.filter { numbers[$0] != nil }
                let why = [blank.isEmpty ? nil : "no value in \(blank.map(\.description).joined(separator: ", "))",
                           unread.isEmpty ? nil : "\(unread.map(\.description).joined(separator: ", ")) not read"]
                    .compactMap { $0 }.joined(separator: "; ")
                return Finding(rule: equation.rule, severity: .info, table: equation.table, row: equation.row, column: equation.column,
                               message: "\(equation.rule) [\(place)] not assessable: \(why)",
                               messageZh: "\(equation.textZh)：有空白单元格，无法核对")
            case .fails(let expected, let found):
                let suspect = suspects.explanation(for: checked)
                return Finding(rule: equation.rule, severity: .error, table: equation.table, row: equation.row, column: equation.column,
                               expected: expected, found: found, suspect: suspect,
                               message: "\(equation.rule) [\(place)]: \(equation.text): \(expected) expected, \(found) printed (off by \(found - expected))",
                               messageZh: "\(equation.textZh)：应为 \(expected)，实为 \(found)，相差 \(found - expected)")
            }
        }
        return balance + TextAgainstTables.findings(for: report) + Self.missing(report)
    }

    /// The rule a part of a table not read is reported under: a warning, as a failing balance
    /// rule alone is an error.
    public static let missingRule = "read.missing"

    /// One warning for each table, row or set of cells of a row that was not read.
    static func missing(_ report: Report) -> [Finding] {
        report.unread.map { part in
            let zh = part.row == nil ? "\(part.tableName)未读到" : "\(part.tableName) \(part.row!) 行未读全"
            return Finding(rule: missingRule, severity: .warning, table: part.table, row: part.row,
                           column: part.columns.isEmpty ? nil : part.columns.joined(separator: ","),
                           message: "\(part); the rules it enters are not assessable", messageZh: zh)
        }
    }
}

/// An equation with the report's numbers put in.
struct Checked {
    enum Outcome {
        case holds
        case notAssessable(missing: [CellKey])
        /// The sum of the parts, and the printed whole.
        case fails(expected: Decimal, found: Decimal)
    }

    let equation: Equation
    let outcome: Outcome

    init(_ equation: Equation, _ numbers: [CellKey: Decimal?]) {
        self.equation = equation
        // Each operand looked up once, as it is added: hashing its key is most of checking an
        // equation.
        var missing: [CellKey] = []
        func sum(_ keys: [CellKey]) -> Decimal {
            keys.reduce(Decimal(0)) { total, key in
                guard let number = numbers[key] ?? nil else { missing.append(key); return total }
                return total + number
            }
        }
        let expected = sum(equation.parts), found = sum(equation.whole)
        if !missing.isEmpty {
            outcome = .notAssessable(missing: missing)
            return
        }
        outcome = expected == found ? .holds : .fails(expected: expected, found: found)
    }

    var holds: Bool { if case .holds = outcome { return true } else { return false } }
    var fails: Bool { if case .fails = outcome { return true } else { return false } }
}
