import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiPipeline

/// The whole pipeline on the shared evaluation's text reports, compared cell by cell with their
/// expected values and failing rules.
@Suite struct EvalTextCasesTests {
    @Test(arguments: ["tiantan-2024.txt", "var-006-pingtan-2019.txt", "var-009-pingtan-2024.txt"])
    func everyCellAndFlagIsRight(document: String) throws {
        let path = Fixtures.evalCases.appendingPathComponent("docs/\(document)").path
        let outcome = Pipeline().process(path: path)
        let report = try #require(outcome.report, "\(outcome.reason)")
        let expected = try Fixtures.expectedValues(document)
        for (key, value) in expected {
            let read = report[key]
            #expect(read != nil, "\(key) missing")
            #expect(read?.number == value, "\(key): read \(read?.raw ?? "nothing")")
        }
        let url = Fixtures.evalCases.appendingPathComponent("expected/\(document).json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let failing = Set(outcome.findings.filter { $0.severity == .error }.map(\.rule))
        #expect(failing == Set(json["failing_rules"] as! [String]))
    }
}
