import Foundation
import GoujiTestSupport
import GoujiModel
import GoujiPipeline
import Testing

/// scripts/make-bench-corpus.py, which `gouji bench` measures on: its copies must all be read,
/// and read as the samples they were made from.
struct BenchCorpusTests {
    @Test func everyCopyHasItsOwnBytesAndReadsLikeItsSample() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = PackageFiles.root
        // 80 reports hold every sample, each kind at least 8 times: 56 PDF, 8 DOCX, 8 HTML, 8 text.
        _ = try BadInputs.python([root.appendingPathComponent("scripts/make-bench-corpus.py").path, "80", folder.path])
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(copies.count == 80)
        #expect(Set(copies.map { $0.split(separator: ".").last! }) == ["pdf", "docx", "html", "txt"])
        let contents = try copies.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        #expect(Set(contents).count == copies.count)

        // Every copy is marked the same way, by its number; one copy of each sample is read (PDFs are slow in debug).
        let pipeline = Pipeline()
        var read = Set<String>()
        for copy in copies {
            // 07-suqian-2024.pdf was made from samples/suqian-2024.pdf.
            let sample = String(copy.drop { $0 != "-" }.dropFirst())
            guard read.insert(sample).inserted else { continue }
            let expected = pipeline.process(path: root.appendingPathComponent("samples/\(sample)").path)
            let outcome = pipeline.process(path: folder.appendingPathComponent(copy).path)
            #expect(outcome.status == expected.status, "\(copy)")
            #expect(outcome.reason == expected.reason, "\(copy)")
            #expect(outcome.report?.values == expected.report?.values, "\(copy)")
            #expect(outcome.report?.values.isEmpty == false, "\(copy)")
        }
        let samples = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("samples").path)
        #expect(read == Set(samples.filter { !$0.hasPrefix(".") }))
    }
}
