import Foundation
import GoujiModel

/// The parent's handle on one `gouji worker` process. It hands the worker one file at a time
/// and starts a fresh one after a death, which it reports as the file's failure. Used by one
/// batch task at a time, never concurrently.
final class WorkerProcess: @unchecked Sendable {
    private let command: [String]
    private let timeout: TimeInterval
    private var process: Process?
    private var input: FileHandle?
    private var output: FileHandle?
    private var pending = Data()

    init(command: [String], timeout: TimeInterval) {
        self.command = command
        self.timeout = timeout
    }

    /// The file's outcome as the worker found it, or a failure saying how the worker died or why its
    /// answer could not be read.
    func process(path: String) -> Outcome {
        let race = Race()
        var nonsense: WireError?
        do {
            let process = try running()
            try input?.write(contentsOf: Data(path.utf8) + [0])
            let deadline = DispatchWorkItem { if race.win(.deadline) { kill(process.processIdentifier, SIGKILL) } }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
            defer { deadline.cancel() }
            if let frame = try readFrame(), race.win(.answer) { return try WireFrame.decode(frame) }
        } catch let error as WireError {
            nonsense = error
        } catch {}
        let death = stop()
        let reason = race.winner == .deadline ? "took over \(Int(timeout)) s to read: stopped"
            : nonsense.map { "the worker answered nonsense while reading: \($0)" } ?? death
        return Outcome(source: SourceFile(path: path, kind: .unknown), status: .failed, reason: reason)
    }

    /// Closes the worker's input, so that it ends once idle, and waits for it.
    func finish() {
        try? input?.close()
        process?.waitUntilExit()
        process = nil
    }

    private func running() throws -> Process {
        if let process, process.isRunning { return process }
        // A write to a worker that just died must fail, not kill the batch.
        signal(SIGPIPE, SIG_IGN)
        self.process = nil
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        // A crash is reported by the batch; Swift's backtrace of it would only fill the terminal.
        process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { _, new in new }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        self.process = process
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        pending = Data()
        return process
    }

    /// The next answer's body, or nil once the worker is gone, even mid-answer.
    private func readFrame() throws(WireError) -> [UInt8]? {
        var length: Int?
        while true {
            if length == nil, pending.count >= WireFrame.headerSize {
                length = try WireFrame.length(header: pending.prefix(WireFrame.headerSize))
            }
            if let length, pending.count >= WireFrame.headerSize + length {
                let body = [UInt8](pending[WireFrame.headerSize..<WireFrame.headerSize + length])
                pending = Data(pending.dropFirst(WireFrame.headerSize + length))
                return body
            }
            guard let chunk = output?.availableData, !chunk.isEmpty else { return nil }
            pending.append(chunk)
        }
    }

    /// Ends a worker that died or answered nonsense, and says what became of it.
    private func stop() -> String {
        guard let process else { return "the worker could not be started" }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? input?.close()
        try? output?.close()
        self.process = nil
        return process.terminationReason == .uncaughtSignal
            ? "crashed with signal \(process.terminationStatus) while reading"
            : "the worker stopped (exit status \(process.terminationStatus)) while reading"
    }
}

/// The worker's answer against the deadline: whichever comes first wins, so that a worker is never
/// killed after it answered.
private final class Race: @unchecked Sendable {
    enum Runner { case answer, deadline }
    private let lock = NSLock()
    private var first: Runner?

    func win(_ runner: Runner) -> Bool {
        lock.withLock {
            if first == nil { first = runner }
            return first == runner
        }
    }

    var winner: Runner? { lock.withLock { first } }
}
