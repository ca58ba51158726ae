import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiPipeline

/// The whole pipeline on evaluation cases (second tier): the text reports named here and every
/// Word 97–2003 .doc among the cases, compared cell by cell with their expected values and failing rules.
@Suite(EvalCases.tier) struct EvalCasesTests {
    static var docs: [String] {
        let folder = EvalCases.folder.appendingPathComponent("docs")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".doc") }.sorted()
    }

    @Test func thereAreDocCases() {
        #expect(!Self.docs.isEmpty)
    }

    @Test(arguments: ["tiantan-2024.txt", "var-006-pingtan-2019.txt", "var-009-pingtan-2024.txt"] + docs)
    func everyCellAndFlagIsRight(document: String) throws {
        let outcome = Pipeline().process(path: EvalCases.document(document).path)
        #expect(outcome.source.kind == (document.hasSuffix(".doc") ? .doc : .text))
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
