import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiPipeline

/// The whole pipeline on the evaluation's text reports (second tier), compared cell by cell with
/// their expected values and failing rules.
@Suite(EvalCases.tier) struct EvalTextCasesTests {
    @Test(arguments: ["tiantan-2024.txt", "var-006-pingtan-2019.txt", "var-009-pingtan-2024.txt"])
    func everyCellAndFlagIsRight(document: String) throws {
        let outcome = Pipeline().process(path: EvalCases.document(document).path)
        let report = try #require(outcome.report, "\(outcome.reason)")
        for (key, value) in try EvalCases.expectedValues(document) {
            let read = report[key]
            #expect(read != nil, "\(key) missing")
            #expect(read?.number == value, "\(key): read \(read?.raw ?? "nothing")")
        }
        let failing = Set(outcome.findings.filter { $0.severity == .error }.map(\.rule))
        #expect(failing == (try EvalCases.failingRules(document)))
    }
}
