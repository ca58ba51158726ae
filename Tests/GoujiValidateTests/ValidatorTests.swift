import Foundation
import Testing
import GoujiModel
@testable import GoujiValidate

@Suite struct ValidatorTests {
    /// A balanced 2021 表三 and 表四: 3 new + 1 carried over = 3 granted + 1 carried forward.
    private func balanced() -> Report {
        var values: [Value] = []
        func put(_ table: TableID, _ row: String, _ column: String, _ n: Decimal?) {
            values.append(Value(CellKey(table, row, column), number: n, raw: n.map { "\($0)" } ?? "", at: .line(1)))
        }
        let counts: [String: Decimal] = ["new": 3, "carried_over": 1, "granted": 3, "total": 3, "carried_forward": 1]
        for row in CanonicalModel.table(.t3, .f2021).rows.map(\.key) {
            let n = counts[row] ?? 0
            put(.t3, row, "natural_person", n)
            for column in ["commercial", "research", "social_org", "legal_service", "other_org"] { put(.t3, row, column, 0) }
            put(.t3, row, "total", n)
        }
        for group in CanonicalModel.t4Groups {
            for (result, n) in zip(CanonicalModel.t4Results, [1, 0, 0, 1, 2] as [Decimal]) { put(.t4, "all", "\(group).\(result)", n) }
        }
        return Report(source: SourceFile(path: "r.txt", kind: .text), year: 2024, values: values)
    }

    private func setting(_ report: Report, _ key: CellKey, _ n: Decimal?) -> Report {
        var report = report
        let index = report.values.firstIndex { $0.key == key }!
        report.values[index].number = n
        return report
    }

    private func errors(_ report: Report) -> [Finding] {
        Validator().validate(report).filter { $0.severity == .error }
    }

    @Test func aBalancedReportHasNoErrors() {
        #expect(errors(balanced()).isEmpty)
    }

    @Test func aWrongTotalFailsFlowOutcomesAndColumnsWithTheDifference() {
        let report = setting(balanced(), CellKey(.t3, "total", "total"), 5)
        let failing = errors(report)
        #expect(Set(failing.map(\.rule)) == ["t3.flow", "t3.outcomes", "t3.columns"])
        let flow = failing.first { $0.rule == "t3.flow" }!
        #expect(flow.column == "total" && flow.expected == 4 && flow.found == 6 && flow.difference == 2)
    }

    @Test func aBlankOperandIsNotAssessableNeverPassedOrFailed() {
        let report = setting(setting(balanced(), CellKey(.t4, "all", "review.total"), 9), CellKey(.t4, "all", "review.other"), nil)
        let findings = Validator().validate(report).filter { $0.rule == "t4.groups" && $0.column == "review" }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.message.contains("not assessable") == true)
    }

    @Test func t4GroupsFailWhenTheTotalIsPrintedZero() {
        let report = setting(balanced(), CellKey(.t4, "all", "suit_direct.total"), 0)
        #expect(errors(report).map { "\($0.rule) \($0.column ?? "")" } == ["t4.groups suit_direct"])
    }

    @Test func onlyTheChosenRulesRun() {
        let report = setting(balanced(), CellKey(.t3, "total", "total"), 5)
        #expect(Set(Validator(rules: ["t3.columns"]).validate(report).map(\.rule)) == ["t3.columns"])
    }

    @Test func oneWrongCellIsNamedWithTheValueThatBalances() {
        let report = setting(balanced(), CellKey(.t3, "granted", "commercial"), 2)
        let failing = errors(report)
        #expect(Set(failing.map(\.rule)) == ["t3.outcomes", "t3.columns"])
        #expect(failing.allSatisfy { $0.suspect == "t3[granted, commercial]: 2 printed, 0 would balance" })
    }

    @Test func twoWrongCellsAreNamedEachForItsOwnEquations() {
        let report = setting(setting(balanced(), CellKey(.t3, "granted", "commercial"), 2), CellKey(.t3, "partial", "research"), 1)
        let failing = errors(report)
        #expect(failing.count == 4)
        #expect(failing.first { $0.rule == "t3.columns" && $0.row == "partial" }?.suspect?.hasPrefix("t3[partial, research]") == true)
        #expect(failing.first { $0.rule == "t3.outcomes" && $0.column == "commercial" }?.suspect?.hasPrefix("t3[granted, commercial]") == true)
    }

    @Test func aPatternNoCellExplainsIsSaidSo() {
        // Three cells of one row wrong: its row rule fails with three column rules, which no one or two cells mend.
        var report = balanced()
        for column in ["commercial", "research", "social_org"] { report = setting(report, CellKey(.t3, "granted", column), 1) }
        #expect(errors(report).allSatisfy { $0.suspect?.hasPrefix("no single cell") == true })
    }

    @Test func anErrorInTableFourDoesNotHideOneWrongCellInTableThree() {
        var report = setting(balanced(), CellKey(.t3, "granted", "commercial"), 2)
        report = setting(setting(report, CellKey(.t4, "all", "review.total"), 9), CellKey(.t4, "all", "suit_direct.total"), 7)
        let failing = errors(report)
        #expect(failing.filter { $0.table == .t3 }.count == 2)
        #expect(failing.filter { $0.table == .t3 }.allSatisfy { $0.suspect == "t3[granted, commercial]: 2 printed, 0 would balance" })
        // Each 表四 group alone: any of its five cells would balance it.
        #expect(failing.filter { $0.table == .t4 }.allSatisfy { $0.suspect?.hasPrefix("one of 5 cells") == true })
    }

    @Test func eachUnreadPartIsAWarningAndItsRulesAreNotAssessable() {
        var report = balanced()
        report.values.removeAll { $0.key.table == .t3 && $0.key.row == "partial" }
        report.values = setting(report, CellKey(.t3, "granted", "total"), 4).values
        report.unread = [UnreadPart(.t3, row: "partial"), UnreadPart(.t2)]
        let findings = Validator().validate(report)
        let missing = findings.filter { $0.rule == Validator.missingRule }
        #expect(missing.map(\.severity) == [.warning, .warning])
        #expect(missing.map(\.message) == ["表三 row partial not found; the rules it enters are not assessable",
                                           "表二 not found; the rules it enters are not assessable"])
        // The outcome rule of every column takes the unread row in: none is failed or passed.
        #expect(!findings.contains { $0.rule == "t3.outcomes" && $0.severity == .error })
        #expect(findings.filter { $0.rule == "t3.outcomes" }.allSatisfy { $0.message.contains("not assessable") && $0.message.contains("partial") && $0.message.hasSuffix("not read") })
        // The row rule of 予以公开 reads its own row alone, and still fails.
        #expect(errors(report).map(\.rule) == ["t3.columns"])
    }

    @Test func aFindingsOperandsAreItsEquationsCells() throws {
        let keys = balanced().values.map(\.key)
        let flow = try #require(Validator.operands(of: "t3.flow", table: .t3, row: nil, column: "research", printing: keys))
        #expect(flow.parts == [CellKey(.t3, "new", "research"), CellKey(.t3, "carried_over", "research")])
        #expect(flow.whole == [CellKey(.t3, "total", "research"), CellKey(.t3, "carried_forward", "research")])
        let group = try #require(Validator.operands(of: "t4.groups", table: .t4, row: "all", column: "review", printing: keys))
        #expect(group.whole == [CellKey(.t4, "all", "review.total")] && group.parts.count == 4)
        // A report printing the single row 其他 sums it, not the three sub-rows.
        let single = keys.filter { !$0.row.hasPrefix("other.") } + [CellKey(.t3, "other", "total")]
        let outcomes = try #require(Validator.operands(of: "t3.outcomes", table: .t3, row: nil, column: "total", printing: single))
        #expect(outcomes.parts.contains(CellKey(.t3, "other", "total")) && !outcomes.parts.contains(CellKey(.t3, "other.other", "total")))
        #expect(Validator.operands(of: "corpus.carry", table: .t3, row: "carried_over", column: "total", printing: keys)?.parts == nil)
    }
}
