import Foundation
import Testing
import GoujiTestSupport
@testable import GoujiPipeline

/// A batch's workers end with it, however it ends.
@Suite struct WorkerLifetimeTests {
    /// A run busy on files its workers wait on (as on a file that took minutes, which only the batch's
    /// 5 minutes would stop) is killed, with SIGKILL too, which it cannot catch: its workers must not
    /// live on with the file.
    @Test(arguments: [SIGKILL, SIGTERM, SIGINT])
    func workersDieWithTheirBatch(signal: Int32) throws {
        let folder = try TemporaryDirectory()
        // Two of them, so that both workers are busy.
        for name in ["1", "2"] {
            try FileManager.default.createDirectory(atPath: folder.path(name), withIntermediateDirectories: false)
            try Self.makeSlowFile(folder.path(name + "/slow.txt"))
        }
        let run = Process()
        run.executableURL = URL(fileURLWithPath: GoujiCommand.path)
        run.arguments = ["run", "--input", folder.path("1/slow.txt"), "--input", folder.path("2/slow.txt"),
                         "--sqlite", folder.path("corpus.sqlite"), "--jobs", "2", "--quiet"]
        run.currentDirectoryURL = folder.url
        run.standardOutput = FileHandle.nullDevice
        run.standardError = FileHandle.nullDevice
        try run.run()

        var workers: [pid_t] = []
        for _ in 0..<100 where workers.count < 2 {
            usleep(100_000)
            workers = Self.children(of: run.processIdentifier)
        }
        #expect(workers.count == 2, "the run started its two workers")
        usleep(500_000)
        #expect(run.isRunning, "the run is still busy with the file: a slower one is needed")
        kill(run.processIdentifier, signal)
        run.waitUntilExit()

        var survivors = workers
        for _ in 0..<50 where !survivors.isEmpty {
            usleep(100_000)
            survivors = survivors.filter(Self.isAlive)
        }
        #expect(survivors.isEmpty, "workers \(survivors) outlived their batch")
        survivors.forEach { kill($0, SIGKILL) }
    }

    /// A named pipe that nobody writes: a worker opening it to read waits there until its batch ends, as on a
    /// file that takes minutes to read; no switch in the shipped worker is needed to keep it busy.
    static func makeSlowFile(_ path: String) throws {
        guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    /// The processes whose parent is `parent`, from /proc.
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(pid_t.init).filter { stat(of: $0)?.parent == parent }
    }

    /// Running, not merely a zombie waiting for whoever adopted it to reap it.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let state = stat(of: pid)?.state else { return false }
        return state != "Z" && state != "X"
    }

    /// A process's state letter and parent, from /proc/PID/stat ("pid (name) state ppid …": the name may
    /// hold spaces and parentheses, so the fields are read after its last parenthesis).
    static func stat(of pid: pid_t) -> (state: String, parent: pid_t)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 1, let parent = pid_t(fields[1]) else { return nil }
        return (String(fields[0]), parent)
    }
}
