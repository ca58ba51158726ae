import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiPipeline

/// The whole pipeline on the evaluation's Word 97–2003 reports (second tier), every .doc among the
/// cases, compared cell by cell with their expected values and failing rules.
@Suite(EvalCases.tier) struct EvalDocCasesTests {
    static var documents: [String] {
        let folder = EvalCases.folder.appendingPathComponent("docs")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".doc") }.sorted()
    }

    @Test func thereAreDocCases() {
        #expect(!Self.documents.isEmpty)
    }

    @Test(arguments: documents)
    func everyCellAndFlagIsRight(document: String) throws {
        let outcome = Pipeline().process(path: EvalCases.document(document).path)
        #expect(outcome.source.kind == .doc)
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
