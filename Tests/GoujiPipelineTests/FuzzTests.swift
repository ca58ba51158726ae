import Foundation
import Testing
import GoujiModel
import GoujiReconstruct
import GoujiTestSupport
@testable import GoujiExtract
@testable import GoujiPipeline

/// Mutated real inputs through the text, HTML, Word XML, Word binary (.doc) and PDF paths, mutated
/// streams through the Word binary reader, and random tables and pages through the reconstructor,
/// for a bounded time: nothing may crash or take long. Each target runs
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
        let docFixtures = PackageFiles.root.appendingPathComponent("Tests/GoujiExtractTests/Fixtures/doc")
        let docs = ((try? FileManager.default.contentsOfDirectory(at: docFixtures, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "doc" }.sorted { $0.path < $1.path }.compactMap { try? Data(contentsOf: $0) }
        return ["txt": texts, "html": contents("html"),
                "xml": texts.compactMap { String(data: $0, encoding: .utf8) }.map(WordXMLWriter.word2003(fromText:)),
                "doc": docs,
                "pdf": contents("pdf") + [HandWrittenPDF.nestedForms(depth: 4), HandWrittenPDF.formOfSpaces(1000, drawn: 2),
                                          HandWrittenPDF.formWithFont(toUnicodeOf: 1000, drawn: 2), HandWrittenPDF.formWithFont(widths: 300, drawn: 2)]]
    }

    /// Whole .doc files, the compound file and the Word binary in it mutated together.
    @Test func mutatedDocFilesNeverCrashOrHang() throws {
        // The header, the FAT and the directory lead the file.
        try Self.throughThePipeline(kind: "doc") { fuzz, input in fuzz.mutateBinary(input, head: 2048) }
    }

    /// The WordDocument or table stream of a .doc mutated, past the compound file, so that the
    /// Word binary reader meets damage a compound file's own checks would not let through.
    @Test func mutatedWordStreamsNeverCrashOrHang() throws {
        let files = try #require(Self.seeds["doc"]).map { data in
            let file = try CompoundFile(data, path: "seed.doc")
            var streams: [String: Data] = [:]
            for name in ["WordDocument", "0Table", "1Table", "Data"] { streams[name] = try file.stream(name) }
            return streams
        }
        try #require(!files.isEmpty, "seed inputs for the Word streams")
        var fuzz = Fuzz(seed: Self.seed)
        var tried = 0, read = 0
        let clock = ContinuousClock(), end = clock.now + .seconds(Self.seconds)
        while clock.now < end {
            var streams = files[tried % files.count]
            let name = Bool.random(using: &fuzz) ? "WordDocument" : (streams["1Table"] != nil ? "1Table" : "0Table")
            // The FIB leads WordDocument; the property pages and the piece table fill the rest.
            streams[name] = streams[name].map { fuzz.mutateBinary($0, head: 1024) }
            let took = clock.measure {
                if (try? WordBinaryExtractor.extract(streams: { streams[$0] }, path: "fuzz.doc")) != nil { read += 1 }
            }
            #expect(took < Self.slow, "input \(tried) of seed \(Self.seed) took \(took)")
            tried += 1
        }
        print("fuzz Word streams: \(tried) inputs (\(read) read) in \(Self.seconds) s from seed \(Self.seed)")
        #expect(tried > 0)
    }

    /// PDFs, the sample's compressed streams and hand-written ones whose content, forms and fonts lie open,
    /// mutated as text and as bytes, through poppler and PopplerPages (OCR left out: it has a target of its own).
    @Test func mutatedPDFsNeverCrashOrHang() throws {
        try Self.throughThePipeline(kind: "pdf", pipeline: Pipeline(ocr: false)) { fuzz, input in
            Bool.random(using: &fuzz) ? fuzz.mutate(input) : fuzz.mutateBinary(input, head: 0)
        }
    }

    @Test(arguments: ["txt", "html", "xml"])
    func mutatedInputsNeverCrashOrHang(kind: String) throws {
        try Self.throughThePipeline(kind: kind) { fuzz, input in fuzz.mutate(input) }
    }

    /// The seeds of `kind`, mutated, through the whole pipeline for `seconds`; each input tried is
    /// kept in the temporary folder, so that a crash leaves it behind.
    static func throughThePipeline(kind: String, pipeline: Pipeline = Pipeline(), mutate: (inout Fuzz, Data) -> Data) throws {
        let inputs = try #require(seeds[kind])
        try #require(!inputs.isEmpty, "seed inputs for .\(kind)")
        let kept = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-fuzz-input.\(kind)")
        var fuzz = Fuzz(seed: seed)
        var tried = 0
        let clock = ContinuousClock(), end = clock.now + .seconds(seconds)
        while clock.now < end {
            let input = mutate(&fuzz, inputs[tried % inputs.count])
            try input.write(to: kept)
            let took = clock.measure { _ = pipeline.process(input, path: "fuzz.\(kind)") }
            #expect(took < slow, "input \(tried) of seed \(seed) took \(took): kept in \(kept.path)")
            tried += 1
        }
        print("fuzz .\(kind): \(tried) inputs in \(seconds) s from seed \(seed)")
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
