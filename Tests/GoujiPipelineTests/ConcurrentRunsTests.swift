import Foundation
import Testing
import GoujiLoad
import GoujiTestSupport
@testable import GoujiPipeline

/// Runs started at the same moment on a corpus that does not exist yet: one makes its schema, the
/// others wait for it, every run loads its file, and each puts whole CSV files in the one folder.
@Suite struct ConcurrentRunsTests {
    @Test func runsStartedAtOnceOnANewCorpusAllSucceed() throws {
        let folder = try TemporaryDirectory()
        let samples = PackageFiles.root.appendingPathComponent("samples")
        let files = ["tiantan-2024.txt", "suqian-2024.txt", "hongze-2024.txt"].map { samples.appendingPathComponent($0).path }
        for round in 0..<5 {
            let corpus = folder.path("corpus-\(round).sqlite")
            let runs = files.map { file in
                let run = Process()
                run.executableURL = URL(fileURLWithPath: GoujiCommand.path)
                run.arguments = ["run", "--input", file, "--sqlite", corpus, "--csv", folder.path("csv-\(round)"),
                                 "--wide", folder.path("wide-\(round).csv"), "--quiet"]
                run.currentDirectoryURL = folder.url
                run.standardOutput = FileHandle.nullDevice
                let log = folder.path("\(URL(fileURLWithPath: file).lastPathComponent)-\(round).log")
                _ = FileManager.default.createFile(atPath: log, contents: nil)
                run.standardError = FileHandle(forWritingAtPath: log)
                return run
            }
            try runs.forEach { try $0.run() }
            runs.forEach { $0.waitUntilExit() }
            let statuses = runs.map(\.terminationStatus)
            let logs = try files.map { try String(contentsOfFile: folder.path("\(URL(fileURLWithPath: $0).lastPathComponent)-\(round).log"), encoding: .utf8) }
            #expect(statuses.allSatisfy { $0 == ExitStatus.allBalanced || $0 == ExitStatus.someFlagged },
                    "round \(round): \(statuses) \(logs)")
            #expect(try Corpus(path: corpus).loaded().count == files.count, "round \(round)")
            let reports = try String(contentsOfFile: folder.path("csv-\(round)/reports.csv"), encoding: .utf8)
            #expect(reports.hasPrefix("source,status,") && reports.hasSuffix("\r\n"))
        }
    }
}
