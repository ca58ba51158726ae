import Foundation
import Testing
import GoujiModel
@testable import GoujiValidate

@Suite struct TextAgainstTablesTests {
    private func report(_ figures: [StatedFigure], _ numbers: [CellKey: Decimal]) -> Report {
        var report = Report(source: SourceFile(path: "r.txt", kind: .text),
                            values: numbers.map { Value($0.key, number: $0.value, raw: "\($0.value)", at: .line(1)) })
        report.statedFigures = figures
        return report
    }

    @Test func aFigureAgreeingWithAnyPlausibleQuantityPasses() {
        let tables: [CellKey: Decimal] = [CellKey(.t3, "new", "total"): 74, CellKey(.t3, "carried_over", "total"): 1]
        let received = StatedFigure(.received, 75, text: "收到申请75件", at: .line(3))
        #expect(TextAgainstTables.findings(for: report([received], tables)).isEmpty)
    }

    @Test func aDisagreeingFigureIsAWarningWithBothPlaces() {
        let tables: [CellKey: Decimal] = [CellKey(.t4, "all", "review.total"): 2]
        let reviews = StatedFigure(.reviews, 3, text: "行政复议3件", at: .line(9))
        let findings = TextAgainstTables.findings(for: report([reviews], tables))
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning && findings.first?.rule == "text.vs.table")
        #expect(findings.first?.expected == 2 && findings.first?.found == 3)
        #expect(findings.first?.message.contains("line 9") == true)
    }
}
