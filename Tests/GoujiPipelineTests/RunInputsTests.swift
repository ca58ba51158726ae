import Foundation
import Testing
import GoujiLoad
import GoujiTestSupport
@testable import GoujiPipeline

/// What a run reads and how many workers it starts.
@Suite struct RunInputsTests {
    /// Outputs placed inside the input folder are not read back on the next run.
    @Test func theRunsOutputsInsideItsInputFolderAreNotRead() async throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: PackageFiles.root.appendingPathComponent("samples/tiantan-2024.txt").path,
                                         toPath: folder.path("tiantan-2024.txt"))
        let configuration = RunConfiguration(inputs: [folder.url.path], sqlite: folder.path("corpus.sqlite"),
                                             csv: folder.path("csv"), wide: folder.path("wide.csv"))
        let first = try await Batch(configuration: configuration).run()
        let second = try await Batch(configuration: configuration).run()
        #expect(first.total == 1 && second.total == 1 && second.skipped == 1)
        let sources = try Corpus(path: folder.path("corpus.sqlite")).loaded().map(\.path)
        #expect(sources == [folder.path("tiantan-2024.txt")])
    }

    /// `--jobs 8` over one file starts one worker, not eight.
    @Test func noMoreWorkersThanFiles() throws {
        let folder = try TemporaryDirectory()
        let slow = folder.path("slow.txt")
        try WorkerLifetimeTests.makeSlowFile(slow)
        let run = Process()
        run.executableURL = URL(fileURLWithPath: GoujiCommand.path)
        run.arguments = ["run", "--input", slow, "--sqlite", folder.path("corpus.sqlite"), "--jobs", "8", "--quiet"]
        run.currentDirectoryURL = folder.url
        run.standardOutput = FileHandle.nullDevice
        run.standardError = FileHandle.nullDevice
        try run.run()
        defer { kill(run.processIdentifier, SIGKILL); run.waitUntilExit() }
        var workers: [pid_t] = []
        for _ in 0..<30 {
            usleep(100_000)
            workers = WorkerLifetimeTests.children(of: run.processIdentifier)
        }
        #expect(run.isRunning, "the run is still busy with the file")
        #expect(workers.count == 1)
    }

    /// `gouji check` reads no more of a file than `gouji run` does.
    @Test func checkRefusesAFileOverTheSizeLimit() throws {
        let folder = try TemporaryDirectory()
        let huge = folder.path("huge.pdf")
        #expect(FileManager.default.createFile(atPath: huge, contents: Data("%PDF-1.4\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: UInt64(FileOutcome.maxSize + 1))  // sparse: nothing is written to disk
        try handle.close()
        let outcome = Pipeline().process(path: huge)
        #expect(outcome.status == .failed)
        #expect(outcome.reason == "too large: 256 MB, over the 256 MB read")
    }
}
