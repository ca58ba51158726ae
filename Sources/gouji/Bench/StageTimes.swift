import Foundation
import GoujiLoad
import GoujiModel
import GoujiPipeline

/// Each stage's time over a set of files, one file after the other in this process, and the
/// PDF pages they hold. Reading a file from disk is not timed; loading includes its SHA-256,
/// as a batch computes it.
struct StageTimes {
    static let names = ["extract", "reconstruct", "normalize", "validate", "load (hash + SQLite)"]
    var seconds = [Double](repeating: 0, count: names.count)
    var pages = 0
    /// Files that stopped before the last stage: they failed or are unsupported.
    var stopped = 0

    init(files: [String], corpus: Corpus) throws {
        let pipeline = Pipeline()
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else { stopped += 1; continue }
            var started = DispatchTime.now().uptimeNanoseconds
            func lap(_ stage: Int) {
                let now = DispatchTime.now().uptimeNanoseconds
                seconds[stage] += Double(now - started) / 1e9
                started = now
            }
            guard let extracted = try? pipeline.extractor.extract(data, path: path) else { lap(0); stopped += 1; continue }
            lap(0)
            pages += PageCount.pages(in: extracted)
            let structured = pipeline.reconstructor.reconstruct(extracted)
            lap(1)
            guard let report = try? pipeline.normalizer.normalize(structured) else { lap(2); stopped += 1; continue }
            lap(2)
            let findings = pipeline.validator.validate(report)
            lap(3)
            try corpus.load(Outcome(source: extracted.source, report: report, findings: findings),
                            sha256: sha256(of: data), size: data.count, readingVersion: Pipeline.readingVersion)
            lap(4)
        }
    }

    var total: Double { seconds.reduce(0, +) }
}

/// The PDF pages in a set of files, counted on every core; other files have none.
enum PageCount {
    static func pages(in document: ExtractedDocument) -> Int {
        document.blocks.count { if case .page = $0 { true } else { false } }
    }

    static func pages(in files: [String], workers: Int) async -> Int {
        let pdfs = files.filter(\.isPDFName)
        let extractor = Pipeline().extractor
        return await withTaskGroup(of: Int.self) { group in
            var next = pdfs.makeIterator(), total = 0
            for _ in 0..<workers {
                guard let path = next.next() else { break }
                group.addTask { (try? extractor.extract(path: path)).map(pages) ?? 0 }
            }
            while let count = await group.next() {
                total += count
                if let path = next.next() { group.addTask { (try? extractor.extract(path: path)).map(pages) ?? 0 } }
            }
            return total
        }
    }
}

extension String {
    var isPDFName: Bool { lowercased().hasSuffix(".pdf") }
}
