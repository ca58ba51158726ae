import Foundation
import Testing
import GoujiModel
import GoujiReconstruct
import GoujiTestSupport
@testable import GoujiPipeline

/// Mutated real inputs through the text, HTML and Word XML paths, and random tables and pages
/// through the reconstructor, for a bounded time: nothing may crash or take long. Each target runs
/// GOUJI_FUZZ_SECONDS (default 2) from GOUJI_FUZZ_SEED (default 1); scripts/fuzz.sh runs it longer.
/// The input being tried is kept in the temporary folder, so that a crash leaves it behind.
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seconds = environment["GOUJI_FUZZ_SECONDS"].flatMap(Double.init) ?? 2
    static let seed = environment["GOUJI_FUZZ_SEED"].flatMap(UInt64.init) ?? 1
    /// Longer than any real report takes.
    static let slow: Duration = .seconds(5)

    /// The samples of each kind; Word XML seeds are the text samples written as Word 2003 XML.
    static var seeds: [String: [Data]] {
        func contents(_ ext: String) -> [Data] { PackageFiles.samples(ext: ext).compactMap { try? Data(contentsOf: $0) } }
        let texts = contents("txt")
        return ["txt": texts, "html": contents("html"),
                "xml": texts.compactMap { String(data: $0, encoding: .utf8) }.map(WordXMLWriter.word2003(fromText:))]
    }

    @Test(arguments: ["txt", "html", "xml"])
    func mutatedInputsNeverCrashOrHang(kind: String) throws {
        let inputs = try #require(Self.seeds[kind])
        try #require(!inputs.isEmpty, "seed inputs for .\(kind)")
        let pipeline = Pipeline()
        let kept = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-fuzz-input.\(kind)")
        var fuzz = Fuzz(seed: Self.seed)
        var tried = 0
        let clock = ContinuousClock(), end = clock.now + .seconds(Self.seconds)
        while clock.now < end {
            let input = fuzz.mutate(inputs[tried % inputs.count])
            try input.write(to: kept)
            let took = clock.measure { _ = pipeline.process(input, path: "fuzz.\(kind)") }
            #expect(took < Self.slow, "input \(tried) of seed \(Self.seed) took \(took): kept in \(kept.path)")
            tried += 1
        }
        print("fuzz .\(kind): \(tried) inputs in \(Self.seconds) s from seed \(Self.seed)")
        #expect(tried > 0)
    }

    @Test func randomTablesAndPagesNeverCrashOrHang() {
        let reconstructor = Reconstructor()
        var fuzz = Fuzz(seed: Self.seed)
        var tried = 0
        let clock = ContinuousClock(), end = clock.now + .seconds(Self.seconds)
        while clock.now < end {
            let blocks: [Block] = [.table(fuzz.table()), .page(fuzz.page()), .table(fuzz.table())]
            let took = clock.measure {
                _ = reconstructor.reconstruct(ExtractedDocument(source: SourceFile(path: "fuzz", kind: .unknown), blocks: blocks))
            }
            #expect(took < Self.slow, "input \(tried) of seed \(Self.seed) took \(took)")
            tried += 1
        }
        print("fuzz reconstructor: \(tried) inputs in \(Self.seconds) s from seed \(Self.seed)")
        #expect(tried > 0)
    }
}
