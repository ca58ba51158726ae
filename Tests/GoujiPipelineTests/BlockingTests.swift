import Foundation
import Testing
@testable import GoujiPipeline

@Suite struct BlockingTests {
    /// More pieces of work blocked at once than Swift's tasks have threads: were they run on those threads,
    /// the task that lets them go would never run.
    @Test(.timeLimit(.minutes(1))) func blockedWorkLeavesTheThreadsOfTasksFree() async {
        let gate = DispatchSemaphore(value: 0)
        let count = ProcessInfo.processInfo.activeProcessorCount * 2 + 2
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<count { group.addTask { await Blocking.run { gate.wait() } } }
            group.addTask {
                await Task.yield()
                for _ in 0..<count { gate.signal() }
            }
        }
    }

    @Test func workRunsOnTheQueueItIsGivenAndItsErrorComesBack() async throws {
        let key = DispatchSpecificKey<String>()
        let queue = DispatchQueue(label: "gouji test")
        queue.setSpecific(key: key, value: "mine")
        #expect(await Blocking.run(on: queue) { DispatchQueue.getSpecific(key: key) } == "mine")

        struct Refused: Error, Equatable {}
        await #expect(throws: Refused.self) {
            try await Blocking.run(on: queue) { () throws(Refused) -> Int in throw Refused() }
        }
    }
}
