import Foundation
import GoujiLoad
import GoujiModel

/// The child side of an isolated batch (`gouji worker`): reads NUL-terminated file paths on
/// standard input and answers each with one `WireFrame`, the file's `FileOutcome`. A crash inside
/// poppler or libxml2 then ends this process only, and the batch reports that one file.
public enum Worker {
    public static func serve(rules: Set<String>, ocr: Bool = true) {
        endWithBatch()
        let pipeline = Pipeline(rules: rules, ocr: ocr)
        var pending = Data()
        while true {
            let chunk = FileHandle.standardInput.availableData
            if chunk.isEmpty { return }
            pending.append(chunk)
            while let end = pending.firstIndex(of: 0) {
                let path = String(decoding: pending[pending.startIndex..<end], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...end)
                let answer = WireFrame.encode(FileOutcome(reading: path, with: pipeline))
                // A write that fails means the batch is gone (killed, or crashed): nobody is left to tell.
                do { try FileHandle.standardOutput.write(contentsOf: answer) } catch { return }
            }
        }
    }

    /// The exit status of a worker whose memory ran out (past the limit `limitMemory` sets): the batch answers
    /// its file `failed: over the memory limit`.
    public static let overMemoryLimitStatus: Int32 = 99

    /// Caps this process's data (its heap and every private writable mapping) at `megabytes`: an allocation
    /// past it fails, and the allocator's failure ends the worker with `overMemoryLimitStatus`.
    public static func limitMemory(megabytes: Int) {
        let bytes = rlim_t(megabytes) << 20
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        setrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit)
    }

    /// How often the worker looks whether its batch is still there.
    static let batchCheckInterval: useconds_t = 100_000
    /// The environment variable in which a batch gives its workers its process id.
    static let batchVariable = "GOUJI_BATCH_PID"

    /// Ends this process within `batchCheckInterval` once the batch that started it is gone (killed, crashed,
    /// stopped by Ctrl-C), even in the middle of a file that would take minutes: the batch's deadline
    /// went with it. The end of standard input alone would only be seen after the file. A dead parent
    /// shows as a new one (the process that adopts orphans); the batch names itself, as it may be gone
    /// before this process starts. `prctl(PR_SET_PDEATHSIG)` would be quicker but fires when the
    /// parent's *thread* that started the worker ends, and the batch starts workers from pool threads
    /// that come and go.
    static func endWithBatch() {
        let batch = ProcessInfo.processInfo.environment[batchVariable].flatMap(pid_t.init) ?? getppid()
        let watch = Thread {
            while getppid() == batch { usleep(batchCheckInterval) }
            // Not exit(): the reading thread may hold locks inside a C library that atexit handlers want.
            _exit(0)
        }
        watch.stackSize = 1 << 16
        watch.start()
    }
}
