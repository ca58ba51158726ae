import Foundation
import GoujiModel

/// Holds the figures the narrative states against the tables (rule `text.vs.table`, a warning:
/// the text often quotes one sub-row or a sum, so every plausible table quantity is tried first).
enum TextAgainstTables {
    static let rule = "text.vs.table"

    static func findings(for report: Report) -> [Finding] {
        guard !report.statedFigures.isEmpty else { return [] }
        // Only the cells asked for below are gathered: hashing every key cost more than the rest.
        var numbers: [CellKey: Decimal] = [:]
        for (key, number) in report.values.lazy.map({ ($0.key, $0.number) }) where key.table == .t4 || key.column == "total" {
            if numbers[key] == nil { numbers[key] = number }
        }
        func t3(_ row: String) -> Decimal? { numbers[CellKey(.t3, row, "total")] }
        func t4(_ column: String) -> Decimal? { numbers[CellKey(.t4, "all", column)] }
        func sum(_ terms: Decimal?...) -> Decimal? {
            terms.contains { $0 == nil } ? nil : terms.reduce(Decimal(0)) { $0 + $1! }
        }

        return report.statedFigures.compactMap { figure in
            // Each quantity's readings, the first being the one the table states directly.
            let readings: [(String, Decimal?)] = switch figure.quantity {
            case .received: [("t3[new, total]", t3("new")), ("t3[new + carried_over, total]", sum(t3("new"), t3("carried_over")))]
            case .carriedOver: [("t3[carried_over, total]", t3("carried_over"))]
            case .concluded: [("t3[total, total]", t3("total")), ("t3[new + carried_over − carried_forward, total]",
                                                                   sum(t3("new"), t3("carried_over")).flatMap { a in t3("carried_forward").map { a - $0 } })]
            case .carriedForward: [("t3[carried_forward, total]", t3("carried_forward"))]
            case .reviews: [("t4[review.total]", t4("review.total"))]
            case .lawsuits: [("t4[suit_direct.total + suit_after_review.total]", sum(t4("suit_direct.total"), t4("suit_after_review.total"))),
                             ("t4[suit_direct.total]", t4("suit_direct.total")), ("t4[suit_after_review.total]", t4("suit_after_review.total"))]
            }
            let known = readings.compactMap { name, value in value.map { (name, $0) } }
            guard let (name, table) = known.first, !known.contains(where: { $0.1 == figure.number }) else { return nil }
            return Finding(rule: rule, severity: .warning, table: name.hasPrefix("t4") ? .t4 : .t3, expected: table, found: figure.number,
                           message: "the text says \(figure.quantity.rawValue) \(figure.number) (“\(figure.text)”, \(figure.location)), the table \(name) says \(table)",
                           messageZh: "正文“\(figure.text)”（\(figure.location)）与表格 \(name) 的 \(table) 不符")
        }
    }
}
