import Foundation
import GoujiTestSupport
import Testing
import GoujiLoad
import GoujiModel
@testable import GoujiPipeline

/// Every bad input gets its status and reason, alone and in a batch, and a worker that crashes
/// costs its file only.
@Suite struct BadInputsTests {
    @Test func eachBadInputGetsItsStatusAndReason() throws {
        let inputs = try BadInputs()
        #expect(inputs.expected.count == 19)
        for (name, expected) in inputs.expected.sorted(by: { $0.key < $1.key }) {
            let outcome = Pipeline().process(path: inputs.path(name))
            #expect(outcome.status.rawValue == expected.status, "\(name): \(outcome.reason)")
            #expect(outcome.reason.contains(expected.reason), "\(name): \(outcome.reason)")
            #expect(!outcome.reason.contains("\n"), "\(name): the reason is one line")
        }
    }

    @Test func eachInputOfTheSecondSetGetsItsStatusAndReasonQuickly() throws {
        let inputs = try BadInputs(second: true)
        #expect(inputs.expected.count == 14)
        for (name, expected) in inputs.expected.sorted(by: { $0.key < $1.key }) {
            let started = Date()
            let outcome = Pipeline().process(path: inputs.path(name))
            #expect(outcome.status.rawValue == expected.status, "\(name): \(outcome.reason)")
            #expect(outcome.reason.contains(expected.reason), "\(name): \(outcome.reason)")
            #expect(Date().timeIntervalSince(started) < 30, "\(name)")
        }
    }

    /// The second set through `gouji run`, as a user runs it: every file answered with its reason, in a batch
    /// whose processes together stay under 1 GB. (Each file alone is answered within 30 s: the test above; here
    /// the damaged report's three pages are read by OCR, some seconds of the batch.)
    @Test func theSecondSetInABatchIsAnsweredInBoundedMemory() throws {
        let inputs = try BadInputs(second: true)
        let output = inputs.folder.appendingPathExtension("out")
        defer { try? FileManager.default.removeItem(at: output) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let run = Process()
        run.executableURL = URL(fileURLWithPath: GoujiCommand.path)
        run.arguments = ["run", "--input", inputs.folder.path, "--sqlite", output.appendingPathComponent("corpus.sqlite").path,
                         "--csv", output.path, "--jobs", "2", "--quiet"]
        run.currentDirectoryURL = output
        run.standardOutput = FileHandle.nullDevice
        let started = Date()
        try run.run()
        // The batch's memory, its own and its workers' together, looked at every 20 ms while it runs.
        var peak = 0
        while run.isRunning {
            let processes = [run.processIdentifier] + WorkerLifetimeTests.children(of: run.processIdentifier)
            peak = max(peak, processes.reduce(0) { $0 + Self.residentMB($1) })
            usleep(20_000)
        }
        run.waitUntilExit()
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(run.terminationStatus == ExitStatus.someFailed)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(peak > 0 && peak < 1024, "the batch took \(peak) MB")
        #expect(usage.ru_maxrss / 1024 < 1024, "the largest process took \(usage.ru_maxrss / 1024) MB")

        let reports = try String(contentsOfFile: output.path + "/reports.csv", encoding: .utf8).components(separatedBy: "\r\n")
            .dropFirst().filter { !$0.isEmpty }
        let rows = Dictionary(uniqueKeysWithValues: reports.map { line in
            let fields = line.split(separator: ",", maxSplits: 2).map(String.init)
            return (fields[0], (status: fields[1], reason: fields[2]))
        })
        #expect(rows.count == inputs.expected.count)
        for (name, expected) in inputs.expected {
            // A name a spreadsheet would run is written with a leading '.
            let row = rows[name] ?? rows["'" + name]
            #expect(row?.status == expected.status, "\(name): \(row?.reason ?? "no row")")
            #expect(row?.reason.contains(expected.reason) == true, "\(name): \(row?.reason ?? "no row")")
        }
        #expect(rows["'=1+2.txt"] != nil && rows["'@SUM(A1).txt"] != nil)
    }

    /// A process's resident memory in MB, from /proc (0 once it is gone).
    static func residentMB(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return kilobytes / 1024
    }

    @Test func aCrashingWorkerCostsOneFileAndTheBatchGoesOn() async throws {
        let inputs = try BadInputs()
        #expect(FileManager.default.isExecutableFile(atPath: GoujiCommand.path), "gouji is built beside the tests")
        let output = inputs.folder.appendingPathExtension("out")
        defer { try? FileManager.default.removeItem(at: output) }
        let sqlite = output.appendingPathComponent("corpus.sqlite").path
        let csv = output.appendingPathComponent("csv").path
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let samples = PackageFiles.root.appendingPathComponent("samples").path
        let configuration = RunConfiguration(inputs: [inputs.folder.path, samples], sqlite: sqlite, csv: csv, jobs: 2)
        let worker = Self.worker(crashingOn: "legacy.doc")

        let summary = try await Batch(configuration: configuration, isolation: .workers(command: worker)).run()

        let sampleNames = try FileManager.default.contentsOfDirectory(atPath: samples).filter { !$0.hasPrefix(".") }
        #expect(summary.done == inputs.expected.count + sampleNames.count)
        #expect(summary.exitStatus == ExitStatus.someFailed)
        let reports = try String(contentsOfFile: csv + "/reports.csv", encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        let rows = Dictionary(uniqueKeysWithValues: reports.map { line in
            let fields = line.split(separator: ",", maxSplits: 2).map(String.init)
            return (fields[0], (status: fields[1], reason: fields[2]))
        })
        #expect(rows["legacy.doc"]?.status == "failed")
        #expect(rows["legacy.doc"]?.reason.hasPrefix("crashed with signal 11 while reading") == true)
        for (name, expected) in inputs.expected where name != "legacy.doc" {
            #expect(rows[name]?.status == expected.status, "\(name): \(rows[name]?.reason ?? "no row")")
        }
        for sample in sampleNames {
            #expect(["ok", "unbalanced"].contains(rows[sample]?.status), "\(sample) is loaded: \(rows[sample]?.reason ?? "no row")")
        }
        // Nothing was written among the inputs.
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: inputs.folder.path)) == Set(inputs.expected.keys))
    }

    /// One worker holds two files at once: the one handed to it after the file it crashes on is
    /// handed again to the next worker, and every answer stays with its own file.
    @Test func aCrashWithTheNextFileHandedCostsOnlyTheCrashingFile() async throws {
        let inputs = try BadInputs()
        let output = inputs.folder.appendingPathExtension("out")
        defer { try? FileManager.default.removeItem(at: output) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let samples = PackageFiles.root.appendingPathComponent("samples")
        let files = ["hongze-2023.txt", "pingtan-2022.txt", "pingtan-2023.txt", "suqian-2023.txt", "tiantan-2024.txt"]
            .map { samples.appendingPathComponent($0).path }
        let crashing = inputs.path("legacy.doc")
        let configuration = RunConfiguration(inputs: Array(files[..<2]) + [crashing] + files[2...],
                                             sqlite: output.appendingPathComponent("corpus.sqlite").path, csv: output.path, jobs: 1)
        let worker = Self.worker(crashingOn: "legacy.doc")

        let summary = try await Batch(configuration: configuration, isolation: .workers(command: worker)).run()

        #expect(summary.failed == 1)
        let expected = try await Batch(configuration: RunConfiguration(
            inputs: files, sqlite: output.appendingPathComponent("in-process.sqlite").path)).run()
        #expect(summary.ok == expected.ok && summary.unbalanced == expected.unbalanced && summary.needsReview == expected.needsReview)
        let reports = try String(contentsOfFile: output.path + "/reports.csv", encoding: .utf8)
        #expect(reports.contains("legacy.doc,failed,crashed with signal 11 while reading"), "\(reports)")
        for file in files {
            let name = URL(fileURLWithPath: file).lastPathComponent
            #expect(reports.contains("\n\(name),ok,") || reports.contains("\n\(name),unbalanced,"), "\(name): \(reports)")
        }
    }

    // The stand-ins that hang sleep far longer than the suite runs: the test runner's parallel
    // tests can keep the batch from its clock for a minute, and a worker must not end first.
    @Test(arguments: [(["/bin/sleep", "3600"], "took over 1 s to read: stopped"),
                      (["/bin/true"], "the worker stopped (exit status 0) while reading"),
                      (["/bin/sh", "-c", #"printf '\144\0\0\0\0\0\0\0abc'; kill -9 $$"#], "crashed with signal 9 while reading"),
                      (["/bin/sh", "-c", "printf abcdefgh; exec sleep 3600"],
                       "the worker answered nonsense while reading: 7523094288207667809 is out of range for an answer's length"),
                      (["/bin/sh", "-c", #"printf '\1\0\0\0\0\0\0\0\11'; exec sleep 3600"#],
                       "the worker answered nonsense while reading: the answer ends early")])
    func aWorkerThatHangsOrQuitsCostsItsFile(command: [String], reason: String) async throws {
        let inputs = try BadInputs()
        let output = inputs.folder.appendingPathExtension("out")
        defer { try? FileManager.default.removeItem(at: output) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let files = [inputs.path("not-a-report.txt"), inputs.path("pre-2019-report.txt")]
        let configuration = RunConfiguration(inputs: files, sqlite: output.appendingPathComponent("corpus.sqlite").path,
                                             csv: output.path, jobs: 1)

        let summary = try await Batch(configuration: configuration, isolation: .workers(command: command, timeout: 1)).run()

        #expect(summary.failed == 2)
        let reports = try String(contentsOfFile: output.path + "/reports.csv", encoding: .utf8)
        #expect(reports.components(separatedBy: reason).count == 3, "\(reports)")
    }

    /// Read by the batch, or by a worker that answers for it.
    @Test(arguments: [false, true]) func aHugeFileIsNotRead(inWorkers: Bool) async throws {
        let inputs = try BadInputs()
        let huge = inputs.path("huge.pdf")
        // Sparse: nothing is written to disk.
        #expect(FileManager.default.createFile(atPath: huge, contents: Data("%PDF-1.4\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: UInt64(FileOutcome.maxSize + 1))
        try handle.close()
        let output = inputs.folder.appendingPathExtension("out")
        defer { try? FileManager.default.removeItem(at: output) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let configuration = RunConfiguration(inputs: [huge], sqlite: output.appendingPathComponent("corpus.sqlite").path,
                                             csv: output.path, jobs: 1)

        let worker = [GoujiCommand.path, "worker", "--rules", Pipeline.hardRules.joined(separator: ",")]
        let summary = try await Batch(configuration: configuration, isolation: inWorkers ? .workers(command: worker) : .inProcess).run()

        #expect(summary.failed == 1)
        let reports = try String(contentsOfFile: output.path + "/reports.csv", encoding: .utf8)
        #expect(reports.contains("huge.pdf,failed,\"too large: 256 MB, over the 256 MB read\""), "\(reports)")
    }

    /// The shipped worker has no switch that crashes it: the variable that once made it abort on a file of
    /// that name is read by nobody, and the file is answered.
    @Test func theWorkerHasNoCrashSwitch() throws {
        let sample = PackageFiles.root.appendingPathComponent("samples/pingtan-2022.txt").path
        let worker = Process()
        worker.executableURL = URL(fileURLWithPath: GoujiCommand.path)
        worker.arguments = ["worker", "--rules", Pipeline.hardRules.joined(separator: ",")]
        worker.environment = ProcessInfo.processInfo.environment.merging(
            ["GOUJI_WORKER_CRASH_ON": "pingtan-2022.txt", "SWIFT_BACKTRACE": "enable=no"]) { _, new in new }
        let input = Pipe(), output = Pipe()
        worker.standardInput = input
        worker.standardOutput = output
        try worker.run()
        try input.fileHandleForWriting.write(contentsOf: Data(sample.utf8) + [0])
        try input.fileHandleForWriting.close()
        let answer = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        worker.waitUntilExit()

        #expect(worker.terminationReason == .exit && worker.terminationStatus == 0)
        try #require(answer.count > WireFrame.headerSize)
        let outcome: FileOutcome = try WireFrame.decode(Array(answer.dropFirst(WireFrame.headerSize)))
        #expect(outcome.outcome.source.path == sample && outcome.outcome.status == .ok)
    }

    /// A worker command that dies of SIGSEGV, as a C library's crash would end it, when handed a file named
    /// `name`; every other file it hands to a `gouji worker` of its own, one process a file. The crash is the
    /// test's, not the shipped worker's: `gouji worker` has no switch that makes it crash. (The inner worker is
    /// told no batch, so that it watches this script, its parent, rather than end at once for not being the
    /// batch's child. Not SIGABRT: under the test runner a child starts with it blocked (the runner's threads
    /// block it); `abort()` unblocks it, `kill` cannot.)
    static func worker(crashingOn name: String) -> [String] {
        let script = #"""
            while IFS= read -r -d '' path; do
              [ "${path##*/}" = "$1" ] && kill -SEGV $$
              printf '%s\0' "$path" | env -u \#(Worker.batchVariable) "${@:2}"
            done
            """#
        return ["/bin/bash", "-c", script, "crashing-worker", name,
                GoujiCommand.path, "worker", "--rules", Pipeline.hardRules.joined(separator: ",")]
    }

}
