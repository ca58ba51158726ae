import Foundation
import Testing
import GoujiModel
@testable import GoujiPipeline

/// `ok` only when every cell of all three tables was read; anything unread is named.
@Suite struct CompletenessTests {
    /// The markdown report with 表四 cut off (and optionally one figure changed).
    private func withoutTableFour(replacing old: String? = nil, with new: String = "") -> Outcome {
        var text = LayoutReports.markdown()
        text = String(text[..<text.range(of: "## 四、")!.lowerBound])
        if let old { text = text.replacingOccurrences(of: old, with: new) }
        return Pipeline().process(Data(text.utf8), path: "report.md")
    }

    @Test func aBalancedReportWithoutTableFourIsNotOk() {
        let outcome = withoutTableFour()
        #expect(outcome.status == .needsReview)
        #expect(outcome.reason == "表四 not found")
        let missing = outcome.findings.filter { $0.rule == "read.missing" }
        #expect(missing.map(\.table) == [.t4] && missing.allSatisfy { $0.severity == .warning })
    }

    @Test func anUnbalancedReportWithATableUnreadSaysBoth() {
        // 予以公开's 商业企业 printed 2 for 1: its row and column rules fail.
        let outcome = withoutTableFour(replacing: "| 3 | 1 | 0 | 0 | 0 | 0 | 4 |", with: "| 3 | 2 | 0 | 0 | 0 | 0 | 4 |")
        #expect(outcome.status == .needsReview)
        #expect(outcome.reason == "表四 not found; and 2 failing equations: t3.columns, t3.outcomes")
        #expect(Set(outcome.findings.filter { $0.severity == .error }.map(\.rule)) == ["t3.columns", "t3.outcomes"])
    }

    @Test func aRowNotPrintedIsNamedAndTheRestIsRead() throws {
        // A department's template without 规章.
        var outcome = Pipeline().process(Data(LayoutReports.markdown().replacingOccurrences(of: "| 规章 | 1 | 0 | 3 |\n", with: "").utf8),
                                         path: "report.md")
        #expect(outcome.status == .needsReview)
        #expect(outcome.reason == "表二 rows not found: rules")
        let report = try #require(outcome.report)
        #expect(report[CellKey(.t2, "normative_docs", "in_force")]?.number == 9)
        #expect(report.values.count == LayoutReports.expected.count - 3)

        // A row whose figures stop short: the cells left are named.
        outcome = Pipeline().process(Data(LayoutReports.markdown().replacingOccurrences(of: "| 行政规范性文件 | 2 | 1 | 9 |", with: "| 行政规范性文件 | 2 | 1 |").utf8),
                                     path: "report.md")
        #expect(outcome.reason == "表二 cells not read: normative_docs[in_force]")
    }

    @Test func theSummaryGroupsRowsPerTable() {
        let parts = [UnreadPart(.t2), UnreadPart(.t3, row: "partial"), UnreadPart(.t3, row: "total"),
                     UnreadPart(.t3, row: "new", columns: ["commercial", "research"])]
        #expect(parts.summary == "表二 not found; 表三 rows not found: partial, total; 表三 cells not read: new[commercial, research]")
    }
}
