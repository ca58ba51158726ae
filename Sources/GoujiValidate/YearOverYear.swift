import Foundation
import GoujiModel

/// Checks a body's reports against its report of the year before (warnings, across the corpus):
/// `corpus.carry`, this year's 上年结转 equals last year's 结转下年度继续办理, per 表三 column; and
/// `corpus.in_force` (2021 format), this year's 现行有效件数 equals last year's plus 制发 minus 废止.
public enum YearOverYear {
    /// The rows the checks read numbers from.
    public static let rows: [(table: TableID, row: String)] = [
        (.t3, "carried_forward"), (.t3, "carried_over"), (.t2, "rules"), (.t2, "normative_docs"),
    ]

    /// The reports of each body that has reports of two years in a row, the only ones with
    /// anything to check; in a stable order. A placed body is matched by its place (code, township,
    /// organ), one that could not be placed by its name.
    public static func bodies(_ reports: [ReportFigures]) -> [[ReportFigures]] {
        // A body's name is written the same way in most of its reports: its key is made once.
        var keys: [String: String] = [:]
        return Dictionary(grouping: reports.filter { $0.year != nil && $0.body != nil }) { report in
            if let key = report.placeKey { return "place:" + key }
            if let key = keys[report.body!] { return key }
            let key = "name:" + bodyKey(report.body!)
            keys[report.body!] = key
            return key
        }
            .sorted { $0.key < $1.key }.map(\.value)
            .filter { group in
                let years = Set(group.map { $0.year! })
                return years.contains { years.contains($0 - 1) }
            }
    }

    /// Findings, each for the later report of a pair.
    public static func findings(_ reports: [ReportFigures]) -> [(path: String, finding: Finding)] {
        bodies(reports).flatMap(findings(ofBody:))
    }

    /// Findings among one body's reports, as `bodies` groups them, each for the later report of a pair.
    public static func findings(ofBody group: [ReportFigures]) -> [(path: String, finding: Finding)] {
        let reports = group.sorted { ($0.year!, $0.path) < ($1.year!, $1.path) }
        // The same report in two formats has the same numbers: checked against once, so that
        // copies add no findings (and a folder of copies no quadratic work).
        var seen = Set<ReportFigures>()
        let earlierOnes = reports.filter { report in
            var figures = report
            figures.path = ""
            figures.body = nil
            return seen.insert(figures).inserted
        }
        var out: [(path: String, finding: Finding)] = []
        for later in reports {
            for earlier in earlierOnes where earlier.year == later.year! - 1 && sameRegion(earlier, later) {
                out += carry(earlier, later).map { (later.path, $0) }
                out += inForce(earlier, later).map { (later.path, $0) }
            }
        }
        return out
    }

    /// A body's name with what varies between its reports removed: spaces, width, bracketed notes.
    static func bodyKey(_ body: String) -> String {
        var key = body.replacing(/[（(][^）)]*[）)]/, with: "")
        key = key.filter { !$0.isWhitespace }
        return key
    }

    private static func sameRegion(_ a: ReportFigures, _ b: ReportFigures) -> Bool {
        if a.place != nil && b.place != nil { return true }  // matched by place already
        return a.region == nil || b.region == nil || a.region == b.region
    }

    private static func carry(_ earlier: ReportFigures, _ later: ReportFigures) -> [Finding] {
        CanonicalModel.t3Columns.map(\.key).compactMap { column in
            guard let forward = earlier.numbers[CellKey(.t3, "carried_forward", column)],
                  let over = later.numbers[CellKey(.t3, "carried_over", column)], forward != over else { return nil }
            return Finding(rule: "corpus.carry", severity: .warning, table: .t3, row: "carried_over", column: column,
                           expected: forward, found: over,
                           message: "\(later.name) (\(later.year!)) carries over \(over) [\(column)], but \(earlier.name) (\(earlier.year!)) carried \(forward) forward",
                           messageZh: "本年上年结转 \(over) 件与 \(earlier.year!) 年报告（\(earlier.name)）结转下年度继续办理 \(forward) 件不符")
        }
    }

    private static func inForce(_ earlier: ReportFigures, _ later: ReportFigures) -> [Finding] {
        guard earlier.t2Format == .f2021, later.t2Format == .f2021 else { return [] }
        return ["rules", "normative_docs"].compactMap { row in
            let cell = { (report: ReportFigures, column: String) in report.numbers[CellKey(.t2, row, column)] }
            guard let before = cell(earlier, "in_force"), let issued = cell(later, "issued"), let repealed = cell(later, "repealed"),
                  let now = cell(later, "in_force"), before + issued - repealed != now else { return nil }
            let expected = before + issued - repealed
            return Finding(rule: "corpus.in_force", severity: .warning, table: .t2, row: row, column: "in_force",
                           expected: expected, found: now,
                           message: "\(later.name) (\(later.year!)) has \(now) \(row) in force; \(earlier.name) (\(earlier.year!)) had \(before), + \(issued) issued − \(repealed) repealed = \(expected)",
                           messageZh: "现行有效件数 \(now) 与上年 \(before) + 本年制发 \(issued) − 本年废止 \(repealed) = \(expected) 不符")
        }
    }
}
