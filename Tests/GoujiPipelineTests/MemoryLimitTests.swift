import Foundation
import Testing
import GoujiLoad
import GoujiTestSupport
@testable import GoujiPipeline

/// A worker that needs more memory than its budget costs its file only, answered for what it is.
@Suite struct MemoryLimitTests {
    /// A page whose content inflates to 60 MB (under the 64 MB a page may have), which a 100 MB worker cannot hold.
    private func heavyPDF() -> Data {
        HandWrittenPDF.document([
            HandWrittenPDF.object("<< /Type /Catalog /Pages 2 0 R >>"),
            HandWrittenPDF.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            HandWrittenPDF.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"),
            HandWrittenPDF.stream("/Filter /FlateDecode", Deflate.repeating(0x20, count: 60 << 20)),
        ])
    }

    @Test func aFileOverTheWorkersBudgetIsAnsweredOverTheMemoryLimit() async throws {
        let folder = try TemporaryDirectory()
        try heavyPDF().write(to: URL(fileURLWithPath: folder.path("heavy.pdf")))
        let sample = PackageFiles.root.appendingPathComponent("samples/tiantan-2024.txt").path
        let configuration = RunConfiguration(inputs: [folder.path("heavy.pdf"), sample],
                                             sqlite: folder.path("corpus.sqlite"), csv: folder.path("csv"), jobs: 1)
        let worker = [GoujiCommand.path, "worker", "--rules", Pipeline.hardRules.joined(separator: ","), "--memory-limit", "100"]

        let summary = try await Batch(configuration: configuration, isolation: .workers(command: worker)).run()

        #expect(summary.failed == 1 && summary.ok == 1)
        let reports = try String(contentsOfFile: folder.path("csv/reports.csv"), encoding: .utf8)
        #expect(reports.contains("heavy.pdf,failed,over the memory limit,"), "\(reports)")
    }

    /// `gouji check` reads as a batch does, within the same budget: the heavy file costs itself only.
    @Test func checkHoldsTheSameBudget() throws {
        let folder = try TemporaryDirectory()
        try heavyPDF().write(to: URL(fileURLWithPath: folder.path("heavy.pdf")))
        let sample = PackageFiles.root.appendingPathComponent("samples/tiantan-2024.txt").path
        let check = try GoujiCommand.run(["check", "--memory-limit", "100", folder.path("heavy.pdf"), sample], in: folder.url)
        #expect(check.output.contains("status: failed — over the memory limit"), "\(check.output) \(check.error)")
        #expect(check.output.contains("status: ok"), "\(check.output)")
        #expect(check.status == ExitStatus.someFailed)
    }

    @Test func theBudgetIsSetInPipelineYAML() throws {
        let config = try RunConfiguration.parse("memory_limit: 300\n", file: "pipeline.yaml", relativeTo: "/p")
        #expect(config.memoryLimit == 300 && RunConfiguration().memoryLimit == 512)
        #expect(throws: ConfigurationError.self) { try RunConfiguration.parse("memory_limit: 10\n", file: "p.yaml", relativeTo: "/p") }
    }
}
