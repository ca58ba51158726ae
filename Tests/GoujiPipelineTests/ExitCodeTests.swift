import Foundation
import Testing
import GoujiLoad
import GoujiTestSupport
@testable import GoujiPipeline

/// The exit codes of `gouji run` and the commands over a corpus, as a script sees them.
@Suite struct ExitCodeTests {
    private let samples = PackageFiles.root.appendingPathComponent("samples").path

    @Test func aRerunThatSkipsEveryFileSaysWhatTheCorpusHolds() throws {
        let folder = try TemporaryDirectory()
        let arguments = ["run", "--input", samples, "--sqlite", folder.path("corpus.sqlite"), "--quiet"]
        let first = try GoujiCommand.run(arguments, in: folder.url)
        let second = try GoujiCommand.run(arguments, in: folder.url)
        #expect(first.status == ExitStatus.someFlagged, "samples has unbalanced reports: \(first.error)")
        #expect(second.output.contains(" 0 read ·") || second.output.contains("gouji: 0 read"), "\(second.output)")
        #expect(second.status == first.status)
    }

    @Test func aRerunCountsAFileThatFailedBefore() async throws {
        let folder = try TemporaryDirectory()
        try Data("%PDF-1.4\nnot really".utf8).write(to: URL(fileURLWithPath: folder.path("broken.pdf")))
        let configuration = RunConfiguration(inputs: [folder.path("broken.pdf")], sqlite: folder.path("corpus.sqlite"))
        let first = try await Batch(configuration: configuration).run()
        let second = try await Batch(configuration: configuration).run()
        #expect(first.failed == 1 && second.skipped == 1)
        #expect(second.exitStatus == ExitStatus.someFailed)
    }

    @Test func aCorpusThatIsNotADatabaseIsAFatalErrorOfItsOwn() throws {
        let folder = try TemporaryDirectory()
        let corpus = folder.path("corpus.sqlite")
        try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: corpus))
        let run = try GoujiCommand.run(["run", "--input", samples + "/tiantan-2024.txt", "--sqlite", corpus, "--quiet"], in: folder.url)
        #expect(run.status == ExitStatus.fatal, "\(run.error)")
        #expect(run.error.contains(corpus), "\(run.error)")
        let compare = try GoujiCommand.run(["compare", "--year", "2024", "--sqlite", corpus], in: folder.url)
        #expect(compare.status == ExitStatus.fatal, "\(compare.error)")
        let report = try GoujiCommand.run(["report", "--sqlite", corpus, "-o", folder.path("audit.html")], in: folder.url)
        #expect(report.status == ExitStatus.fatal, "\(report.error)")
    }

    @Test func anOutputThatCannotBeWrittenIsAFatalErrorOfItsOwn() throws {
        let folder = try TemporaryDirectory()
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: folder.path("blocker")))
        let run = try GoujiCommand.run(["run", "--input", samples + "/tiantan-2024.txt", "--sqlite", folder.path("corpus.sqlite"),
                                        "--csv", folder.path("blocker/csv"), "--quiet"], in: folder.url)
        #expect(run.status == ExitStatus.fatal, "\(run.error)")
        #expect(run.error.hasPrefix("gouji: ") && run.error.contains("blocker/csv"), "\(run.error)")
        #expect(ExitStatus.fatal != ExitStatus.allBalanced && ExitStatus.fatal != ExitStatus.someFlagged
                && ExitStatus.fatal != ExitStatus.someFailed && ExitStatus.fatal != ExitStatus.usage)
    }
}
