import Foundation
import GoujiLoad
import GoujiModel

/// A small corpus built in code: a balanced report, an unbalanced one with its failing equation,
/// and a file that could not be read.
enum CorpusFixtures {
    static func outcome(_ name: String, body: String, region: String, year: Int, newTotal: Decimal,
                        status: ReportStatus = .ok, findings: [Finding] = []) -> Outcome {
        let source = SourceFile(path: "/samples/\(name)", kind: .text, encoding: "UTF-8")
        let report = Report(source: source, body: body, region: region, year: year, formats: [.t3: .f2021], values: [
            Value(CellKey(.t3, "new", "total"), number: newTotal, raw: "\(newTotal)", at: .line(10)),
            Value(CellKey(.t3, "new", "commercial"), number: nil, raw: "/", at: .line(10)),
            Value(CellKey(.t3, "carried_over", "total"), number: 2, raw: "2", at: .line(11), doubt: "smudged"),
        ])
        return Outcome(source: source, status: status, reason: status == .ok ? "read and balanced" : "see findings",
                       report: report, findings: findings)
    }

    static let flow = Finding(rule: "t3.flow", severity: .error, table: .t3, column: "total",
                              expected: 45, found: 44, suspect: "t3[new, total]",
                              message: "new + carried over <> total", messageZh: "本年新收＋上年结转≠总计")

    static let carry = Finding(rule: "corpus.carry", severity: .warning, table: .t3, row: "carried_over",
                               column: "total", expected: 5, found: 2, message: "carried over 2, last year's report 5",
                               messageZh: "上年结转2，上年报告为5")

    static func corpus() throws -> Corpus {
        let corpus = try Corpus()
        try corpus.load(outcome("tiantan-2024.txt", body: "天坛街道办事处", region: "北京市东城区", year: 2024, newTotal: 12,
                                findings: [carry]), sha256: "a", size: 1)
        try corpus.load(outcome("hongze-2024.txt", body: "洪泽区人民政府", region: "江苏省淮安市洪泽区", year: 2024,
                                newTotal: 43, status: .unbalanced, findings: [flow]), sha256: "b", size: 1)
        try corpus.load(Outcome(source: SourceFile(path: "/samples/scan.pdf", kind: .pdf), status: .failed,
                                reason: "scanned PDF <no text layer>"), sha256: "c", size: 1)
        return corpus
    }
}
