import Foundation
import GoujiModel

/// One instance of a balance rule: the parts that must add up to the printed whole.
struct Equation: Equatable {
    var rule: String
    var table: TableID
    var row: String?
    var column: String?
    /// The cells summed on the expected side, and the cells summed on the printed side.
    var parts: [CellKey]
    var whole: [CellKey]
    var text: String
    var textZh: String

    var operands: [CellKey] { parts + whole }

    /// Whether the key is an operand: asked of many equations for many keys, without
    /// gathering the operands into an array each time.
    func has(_ key: CellKey) -> Bool { parts.contains(key) || whole.contains(key) }
}

/// The hard rules of the spec (勾稽关系), each spelled out as equations over cell keys.
enum BalanceRules {
    static func equations(for report: Report) -> [Equation] {
        equations(printing: report.values.lazy.map(\.key))
    }

    /// The equations over the cells of a report that prints these keys.
    static func equations(printing keys: some Collection<CellKey>) -> [Equation] {
        // A row's values stand together: each row is hashed once, not once for every column.
        var t3Rows: Set<String> = [], previous: String?
        for key in keys where key.table == .t3 && key.row != previous {
            t3Rows.insert(key.row)
            previous = key.row
        }
        var equations: [Equation] = []
        if !t3Rows.isEmpty {
            equations += t3Columns[t3Rows.contains("other")]!
            equations += t3RowEquations.filter { t3Rows.contains($0.row!) }
        }
        if keys.contains(where: { $0.table == .t4 }) { equations += t4Groups }
        return equations
    }

    // The equations are the same for every report but for the rows it prints: made once, a
    // report's are picked from them rather than made again with their keys' strings.

    /// Each column's flow and outcome equations, for a 表三 with the 2019 edition's row 其他
    /// (true) and for one without.
    private static let t3Columns: [Bool: [Equation]] = Dictionary(uniqueKeysWithValues: [false, true].map { hasOther in
        let outcomeRows = CanonicalModel.t3RowsAnyFormat.map(\.key).filter { key in
            !["new", "carried_over", "total", "carried_forward"].contains(key)
                && (key == "other" ? hasOther : !(key.hasPrefix("other.") && hasOther))
        }
        let equations = CanonicalModel.t3Columns.map(\.key).flatMap { column in
            let key = { (row: String) in CellKey(.t3, row, column) }
            return [Equation(rule: "t3.flow", table: .t3, column: column,
                             parts: [key("new"), key("carried_over")], whole: [key("total"), key("carried_forward")],
                             text: "new + carried over = total handled + carried forward",
                             textZh: "本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理"),
                    Equation(rule: "t3.outcomes", table: .t3, column: column,
                             parts: outcomeRows.map(key), whole: [key("total")],
                             text: "（七）总计 = the sum of the outcome rows （一）…（六）",
                             textZh: "（七）总计 = （一）至（六）各项之和")]
        }
        return (hasOther, equations)
    })

    /// Each row's equation across its columns.
    private static let t3RowEquations: [Equation] = {
        let applicantColumns = CanonicalModel.t3Columns.map(\.key).filter { $0 != "total" }
        return CanonicalModel.t3RowsAnyFormat.map(\.key).map { row in
            Equation(rule: "t3.columns", table: .t3, row: row,
                     parts: applicantColumns.map { CellKey(.t3, row, $0) }, whole: [CellKey(.t3, row, "total")],
                     text: "总计 column = the sum of the six applicant columns",
                     textZh: "总计 = 自然人与五类法人或其他组织之和")
        }
    }()

    private static let t4Groups: [Equation] = CanonicalModel.t4Groups.map { group in
        let key = { (result: String) in CellKey(.t4, "all", "\(group).\(result)") }
        return Equation(rule: "t4.groups", table: .t4, row: "all", column: group,
                        parts: ["upheld", "corrected", "other", "pending"].map(key), whole: [key("total")],
                        text: "\(group) total = upheld + corrected + other + pending",
                        textZh: "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结")
    }
}
