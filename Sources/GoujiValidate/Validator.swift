import Foundation
import GoujiModel

/// Stage 4: checks the balance rules, and says which equation fails, by how much and where.
public struct Validator: Sendable {
    /// The rule ids to check; the spec's hard rules by default.
    public var rules: Set<String>

    public init(rules: Set<String> = Set(Validator.hardRules)) {
        self.rules = rules
    }

    /// The spec's hard rules: a failure of one makes a report unbalanced.
    public static let hardRules = ["t3.flow", "t3.outcomes", "t3.columns", "t4.groups"]

    public func validate(_ report: Report) -> [Finding] {
        var numbers: [CellKey: Decimal?] = [:]
        for value in report.values where numbers[value.key] == nil { numbers[value.key] = value.number }

        return BalanceRules.equations(for: report).filter { rules.contains($0.rule) }.compactMap { equation in
            let operands = equation.parts + equation.whole
            let missing = operands.filter { (numbers[$0] ?? nil) == nil }
            let place = [equation.row, equation.column].compactMap { $0 }.joined(separator: ", ")
            if !missing.isEmpty {
                // Only a rule whose table was read at all is worth saying it could not be checked.
                guard missing.count < operands.count else { return nil }
                return Finding(rule: equation.rule, severity: .info, table: equation.table, row: equation.row, column: equation.column,
                               message: "\(equation.rule) [\(place)] not assessable: no value in \(missing.map(\.description).joined(separator: ", "))",
                               messageZh: "\(equation.textZh)：有空白单元格，无法核对")
            }
            let expected = equation.parts.reduce(Decimal(0)) { $0 + numbers[$1]!! }
            let found = equation.whole.reduce(Decimal(0)) { $0 + numbers[$1]!! }
            guard expected != found else { return nil }
            return Finding(rule: equation.rule, severity: .error, table: equation.table, row: equation.row, column: equation.column,
                           expected: expected, found: found,
                           message: "\(equation.rule) [\(place)]: \(equation.text): \(expected) expected, \(found) printed (off by \(found - expected))",
                           messageZh: "\(equation.textZh)：应为 \(expected)，实为 \(found)，相差 \(found - expected)")
        }
    }
}
