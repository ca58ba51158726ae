import Foundation
import GoujiExtract
import GoujiLoad
import GoujiModel
import Synchronization

/// The parent's handle on one `gouji worker` process. The worker is handed each file as soon as
/// the one before has been handed (two at most), so that it starts on the next the moment it
/// answers; the answers come back in the order of the files. A death is the failure of the file
/// being read, the oldest unanswered: a fresh worker is started, and handed again the files the
/// dead one had been handed after it.
final class WorkerProcess: Sendable {
    private let command: [String]
    private let timeout: TimeInterval
    private let state = Mutex(State())
    /// Reads the answers, one at a time, in the order of `unanswered`.
    private let answers = DispatchQueue(label: "gouji worker answers")

    /// How many files a worker holds at once: the one it reads and the next.
    static let depth = 2

    init(command: [String], timeout: TimeInterval) {
        self.command = command
        self.timeout = timeout
    }

    /// Starts the worker before its first file, so that it gets ready while the batch does.
    func start() {
        state.withLock { $0.launch(command) }
    }

    /// The file's outcome as the worker found it, or a failure saying how the worker died or why its
    /// answer could not be read.
    func process(path: String) async -> FileOutcome {
        await withCheckedContinuation { answer in
            state.withLock { state in
                state.unanswered.append(Job(path: path))
                state.handOut(startingWorker: false, command)
                // Queued in the same step as the job: the answers are read in the order of `unanswered`.
                answers.async { answer.resume(returning: self.answerOldest()) }
            }
        }
    }

    /// Closes the worker's input, so that it ends once idle, and waits for it.
    func finish() {
        guard let child = state.withLock({ $0.running }) else { return }
        try? child.input.close()
        child.process.waitUntilExit()
    }

    /// The running worker and the files handed to this process; only touched under `state`'s lock.
    private struct State {
        var running: Child?
        /// The files handed to this process and not yet answered, oldest first.
        var unanswered: [Job] = []

        /// Writes to the running worker, in order, the first unanswered files it does not hold yet, until
        /// it holds `depth`. The oldest is handed only by its own reading of the answer (`startingWorker`),
        /// which alone replaces a dead worker: while it reads, the worker may be dying with that file.
        mutating func handOut(startingWorker: Bool, _ command: [String]) {
            if startingWorker { launch(command) }
            guard let running else { return }
            for k in unanswered.indices.prefix(WorkerProcess.depth) where unanswered[k].handedTo !== running {
                guard k > 0 || startingWorker else { return }
                // A failed write shows as the worker's death when this file's answer is read.
                try? running.input.write(contentsOf: Data(unanswered[k].path.utf8) + [0])
                unanswered[k].handedTo = running
            }
        }

        /// Starts a worker unless one runs.
        mutating func launch(_ command: [String]) {
            if running == nil { running = try? Child(command: command) }
        }
    }

    /// A file handed to this process, and the worker it was written to.
    private struct Job {
        let path: String
        var handedTo: Child?
    }

    /// One started worker process and its pipes. Unchecked: its one variable, `pending`, is only touched
    /// on the serial `answers` queue; the rest is constant.
    private final class Child: @unchecked Sendable {
        /// A write to a worker that just died must fail, not kill the batch: the process ignores
        /// SIGPIPE, set once, before its first worker starts.
        private static let brokenPipesIgnored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

        let process: Process
        let input: FileHandle
        let output: FileHandle
        /// Bytes read past the last answer; only touched on `answers`.
        var pending = Data()

        init(command: [String]) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
            // A crash is reported by the batch; Swift's backtrace of it would only fill the terminal.
            // The worker ends when the batch does, which it tells by the process id given here.
            // tesseract's OpenMP threads, one set per image read, cost three times the CPU of the
            // reading itself on a page's small cut-outs; OpenMP reads its limit when it loads.
            process.environment = ProcessInfo.processInfo.environment.merging(["OMP_THREAD_LIMIT": "1"]) { own, _ in own }.merging(
                ["SWIFT_BACKTRACE": "enable=no", Worker.batchVariable: String(getpid())]) { _, new in new }
            let stdin = Pipe(), stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            _ = Self.brokenPipesIgnored
            try process.run()
            input = stdin.fileHandleForWriting
            output = stdout.fileHandleForReading
        }
    }

    /// Reads the answer for the oldest unanswered file, on `answers`, then hands out the next file.
    private func answerOldest() -> FileOutcome {
        let (path, child): (String, Child?) = state.withLock { state in
            // No worker runs, or not the one the file was handed to: that one died with an earlier file.
            if state.running == nil || state.unanswered[0].handedTo !== state.running {
                state.handOut(startingWorker: true, command)
            }
            return (state.unanswered[0].path, state.running)
        }
        let outcome = child.map { read(path, from: $0) } ?? FileOutcome(failed: path, .init(reason: "the worker could not be started"))
        state.withLock { state in
            state.unanswered.removeFirst()
            state.handOut(startingWorker: false, command)
        }
        return outcome
    }

    private func read(_ path: String, from child: Child) -> FileOutcome {
        let race = Race()
        var nonsense: WireError?
        do {
            let deadline = DispatchWorkItem { if race.win(.deadline) { kill(child.process.processIdentifier, SIGKILL) } }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
            defer { deadline.cancel() }
            if let frame = try readFrame(from: child), race.win(.answer) { return try WireFrame.decode(frame) }
        } catch {
            nonsense = error
        }
        let death = stop(child)
        let reason = race.winner == .deadline ? "took over \(Int(timeout)) s to read: stopped"
            : nonsense.map { "the worker answered nonsense while reading: \($0)" } ?? death
        return FileOutcome(failed: path, .init(reason: reason))
    }

    /// The next answer's body, or nil once the worker is gone, even mid-answer.
    private func readFrame(from child: Child) throws(WireError) -> [UInt8]? {
        var length: Int?
        while true {
            if length == nil, child.pending.count >= WireFrame.headerSize {
                length = try WireFrame.length(header: child.pending.prefix(WireFrame.headerSize))
            }
            if let length, child.pending.count >= WireFrame.headerSize + length {
                let body = [UInt8](child.pending[WireFrame.headerSize..<WireFrame.headerSize + length])
                child.pending = Data(child.pending.dropFirst(WireFrame.headerSize + length))
                return body
            }
            let chunk = child.output.availableData
            if chunk.isEmpty { return nil }
            child.pending.append(chunk)
        }
    }

    /// Ends a worker that died or answered nonsense, and says what became of it.
    private func stop(_ child: Child) -> String {
        if child.process.isRunning { kill(child.process.processIdentifier, SIGKILL) }
        child.process.waitUntilExit()
        try? child.input.close()
        try? child.output.close()
        state.withLock { if $0.running === child { $0.running = nil } }
        if child.process.terminationReason == .uncaughtSignal {
            return "crashed with signal \(child.process.terminationStatus) while reading"
        }
        return child.process.terminationStatus == Worker.overMemoryLimitStatus ? ExtractError.Reason.overMemoryLimitSummary
            : "the worker stopped (exit status \(child.process.terminationStatus)) while reading"
    }
}

/// The worker's answer against the deadline: whichever comes first wins, so that a worker is never
/// killed after it answered.
private final class Race: Sendable {
    enum Runner { case answer, deadline }
    private let first = Mutex<Runner?>(nil)

    func win(_ runner: Runner) -> Bool {
        first.withLock { first in
            if first == nil { first = runner }
            return first == runner
        }
    }

    var winner: Runner? { first.withLock { $0 } }
}
