import Foundation
import GoujiModel

/// Outcomes built in code: a small balanced-looking 2021 report and its variations.
enum Fixtures {
    static func outcome(path: String = "/docs/天坛-2024.txt", newTotal: Decimal = 12,
                        status: ReportStatus = .ok, findings: [Finding] = []) -> Outcome {
        let source = SourceFile(path: path, kind: .text, encoding: "UTF-8")
        var report = Report(source: source, body: "天坛街道办事处", region: "北京市东城区", year: 2024,
                            formats: [.t2: .f2021, .t3: .f2021, .t4: .f2021], values: [
            Value(CellKey(.t3, "new", "total"), number: newTotal, raw: "\(newTotal)", at: .line(40)),
            Value(CellKey(.t3, "new", "natural_person"), number: 12, raw: "12", at: .line(40)),
            Value(CellKey(.t3, "new", "commercial"), number: nil, raw: "/", at: .line(40)),
            Value(CellKey(.t3, "carried_over", "total"), number: 0, raw: "0", at: .line(41)),
            Value(CellKey(.t2, "fees", "amount"), number: Decimal(string: "18651.06"), raw: "18651.06",
                  at: .page(2, Box(x: 100.5, y: 200, width: 40, height: 12))),
            Value(CellKey(.t4, "all", "review.total"), number: 1, raw: "1", at: .tableCell(table: 3, row: 4, column: 5),
                  doubt: "read from a wrapped cell"),
        ], doubts: ["表四 read from a wrapped cell"])
        report.bodyAsPrinted = "天坛街道 办事处"
        report.place = Place(code: "110101", province: "北京市", city: nil, county: "东城区", township: "天坛街道", level: .township)
        report.published = "2025-01-20"
        return Outcome(source: source, status: status, reason: status == .ok ? "read and balanced" : "see findings",
                       report: report, findings: findings)
    }

    static func failed(path: String = "/docs/scan.pdf") -> Outcome {
        Outcome(source: SourceFile(path: path, kind: .pdf), status: .failed, reason: "scanned PDF without a text layer")
    }

    static let flowFinding = Finding(
        rule: "t3.flow", severity: .error, table: .t3, row: "total", column: "total",
        expected: 12, found: Decimal(string: "12.5"), suspect: "t3[new, total]",
        message: "new + carried over, \"12\", ≠ total", messageZh: "本年新收＋上年结转，\n与总计不符")
}
