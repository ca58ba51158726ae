import Foundation
import GoujiModel
import GoujiTestSupport
import Testing
@testable import GoujiPipeline

/// The UTF-8 text samples written as Word 2003 XML tables (the fuzz targets' Word seeds) read to
/// the values and findings of the text itself.
struct SamplesAsWordXMLTests {
    static let samples = PackageFiles.samples(ext: "txt").filter { (try? String(contentsOf: $0, encoding: .utf8)) != nil }
        .map(\.lastPathComponent)

    @Test(arguments: samples)
    func readsLikeTheText(_ name: String) throws {
        let pipeline = Pipeline()
        let text = pipeline.process(path: PackageFiles.sample(name).path)
        let xml = WordXMLWriter.word2003(fromText: try String(contentsOf: PackageFiles.sample(name), encoding: .utf8))
        let word = pipeline.process(xml, path: name + ".xml")
        #expect(word.status == text.status, "\(word.reason)")
        let (read, expected) = (try #require(word.report), try #require(text.report))
        #expect(read.values.map(\.key) == expected.values.map(\.key))
        #expect(read.values.map(\.number) == expected.values.map(\.number))
        #expect(word.findings.map(\.rule) == text.findings.map(\.rule))
    }
}
