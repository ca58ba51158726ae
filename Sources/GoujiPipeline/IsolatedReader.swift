import Foundation
import GoujiModel

/// Files read one after the other in a `gouji worker` child process, as a batch reads them: a crash costs
/// the file only, and the worker's memory budget and the time limit hold. `gouji check` reads so.
public struct IsolatedReader: Sendable {
    public var command: [String]
    public var timeout: TimeInterval

    /// `command` starts a worker (`gouji worker --rules … --memory-limit …`).
    public init(command: [String], timeout: TimeInterval = 300) {
        self.command = command; self.timeout = timeout
    }

    /// Each file's outcome, in order.
    public func outcomes(of paths: [String]) async -> [Outcome] {
        let worker = WorkerProcess(command: command, timeout: timeout)
        defer { worker.finish() }
        var outcomes: [Outcome] = []
        for path in paths {
            outcomes.append(await worker.process(path: path).outcome)
        }
        return outcomes
    }
}
