import Foundation
import Testing
import GoujiLoad
import GoujiTestSupport
import Synchronization
@testable import GoujiPipeline

/// Whole batches over samples/, into corpora in a temporary folder.
@Suite struct BatchTests {
    private let samples = PackageFiles.root.appendingPathComponent("samples").path

    private func run(_ out: URL, _ name: String, shard: Shard? = nil, csv: Bool = true) async throws -> BatchSummary {
        var configuration = RunConfiguration(inputs: [samples], sqlite: out.appendingPathComponent("\(name).sqlite").path,
                                             csv: csv ? out.appendingPathComponent(name).path : nil)
        configuration.shard = shard
        return try await Batch(configuration: configuration).run()
    }

    private func csv(_ out: URL, _ name: String, _ file: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent("\(name)/\(file).csv"), encoding: .utf8)
    }

    @Test func samplesLoadAndARerunReadsNothingAndChangesNothing() async throws {
        let folder = try TemporaryDirectory(), out = folder.url
        let first = try await run(out, "corpus")
        #expect(first.total == first.done && first.skipped == 0 && first.failed == 0)
        #expect(first.unbalanced >= 1 && first.exitStatus == ExitStatus.someFlagged)
        let values = try csv(out, "corpus", "values")
        let second = try await run(out, "corpus")
        #expect(second.skipped == first.total && second.done == second.skipped)
        #expect(try csv(out, "corpus", "values") == values)
    }

    @Test func moreFilesThanAGroupAreAllLoadedAndProgressOnlyGrows() async throws {
        let folder = try TemporaryDirectory()
        let inputs = folder.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let count = 2 * Batch.groupSize + 5
        for n in 0..<count {
            try FileManager.default.copyItem(atPath: "\(samples)/suqian-2024.txt", toPath: inputs.appendingPathComponent("r\(n).txt").path)
        }
        let configuration = RunConfiguration(inputs: [inputs.path], sqlite: folder.path("corpus.sqlite"))
        let told = Told()
        let summary = try await Batch(configuration: configuration).run { told.append($0.done) }
        #expect(summary.ok + summary.unbalanced == count)
        let counts = told.counts
        #expect(counts.last == count && counts == counts.sorted())
        #expect(try Corpus(path: folder.path("corpus.sqlite")).loaded().count == count)
    }

    /// What a batch told its progress display, in order.
    private final class Told: Sendable {
        private let done = Mutex<[Int]>([])
        func append(_ count: Int) { done.withLock { $0.append(count) } }
        var counts: [Int] { done.withLock { $0 } }
    }

    @Test func theBrokenCarryOverOfTheSamplesIsReported() async throws {
        let folder = try TemporaryDirectory(), out = folder.url
        _ = try await run(out, "corpus")
        let findings = try csv(out, "corpus", "findings")
        #expect(findings.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("pingtan-2023.txt,corpus.carry,warning") })
        #expect(!findings.contains("suqian-2024.txt,corpus.carry"))
    }

    @Test func shardsMergedEqualOneWholeRun() async throws {
        let folder = try TemporaryDirectory(), out = folder.url
        _ = try await run(out, "whole")
        let a = try await run(out, "a", shard: Shard("1/2"), csv: false)
        let b = try await run(out, "b", shard: Shard("2/2"), csv: false)
        #expect(a.total + b.total == (try InputFiles.expand([samples])).count && a.total > 0 && b.total > 0)
        let merged = try Corpus(path: out.appendingPathComponent("merged.sqlite").path)
        try merged.merge(from: out.appendingPathComponent("a.sqlite").path)
        try merged.merge(from: out.appendingPathComponent("b.sqlite").path)
        try Batch.checkAcrossYears(merged)
        try merged.exportCSV(to: out.appendingPathComponent("merged").path)
        for file in ["values", "findings", "reports"] {
            #expect(try csv(out, "merged", file) == csv(out, "whole", file), "\(file).csv differs")
        }
    }
}
