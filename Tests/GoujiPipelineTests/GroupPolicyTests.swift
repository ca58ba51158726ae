import GoujiLoad
import GoujiModel
import Testing
@testable import GoujiPipeline

/// The batch's decisions stepped through with no files: readers are numbers, outcomes made up.
@Suite struct GroupPolicyTests {
    typealias Policy = GroupPolicy<Int>

    static func read(_ name: String, _ status: ReportStatus = .ok) -> Batch.Work {
        .done(file(name, status))
    }

    static func file(_ name: String, _ status: ReportStatus = .ok) -> FileOutcome {
        FileOutcome(outcome: Outcome(source: SourceFile(path: name, kind: .text), status: status, reason: ""), sha256: "", size: 0)
    }

    @Test func noFilesIsOverAtOnce() {
        var policy = Policy(fileCount: 0, readers: [0, 0], groupSize: 32)
        let steps = policy.steps()
        #expect(steps == [.stop])
        #expect(policy.summary.exitStatus == ExitStatus.allBalanced)
    }

    @Test func filesGoInOrderToEveryReaderWithRoom() {
        var policy = Policy(fileCount: 5, readers: [0, 0, 1, 1], groupSize: 32)
        var steps = policy.steps()
        #expect(steps == [.read(file: 0, by: 1), .read(file: 1, by: 1), .read(file: 2, by: 0), .read(file: 3, by: 0)])
        steps = policy.steps()
        #expect(steps == [], "nothing more until a reader answers")
        let tallied = policy.read(Self.read("a"), by: 0)
        #expect(!tallied, "a file read is tallied once loaded")
        // The last file is handed out: what waits is loaded at once, beside the last files' reading.
        steps = policy.steps()
        #expect(steps == [.read(file: 4, by: 0), .load([Self.file("a")])])
    }

    @Test func aGroupIsLoadedWhenFull() {
        var policy = Policy(fileCount: 10, readers: [0, 0, 0, 0], groupSize: 2)
        var steps = policy.steps()
        #expect(steps.count == 4)
        _ = policy.read(Self.read("a"), by: 0)
        steps = policy.steps()
        #expect(steps == [.read(file: 4, by: 0), .startClock])
        _ = policy.read(Self.read("b"), by: 0)
        // Full: loaded, and the reader that answered gets its next file once the group has left.
        steps = policy.steps()
        #expect(steps == [.load([Self.file("a"), Self.file("b")])])
        #expect(policy.idle == [0])
        steps = policy.steps()
        #expect(steps == [.read(file: 5, by: 0)])
    }

    @Test func oneGroupLoadsAtATime() {
        var policy = Policy(fileCount: 10, readers: [0, 0, 0], groupSize: 1)
        _ = policy.steps()
        _ = policy.read(Self.read("a"), by: 0)
        var steps = policy.steps()
        #expect(steps == [.load([Self.file("a")])])
        _ = policy.read(Self.read("b"), by: 0)
        // A full group waits for the one loading, and no file is handed out meanwhile.
        steps = policy.steps()
        #expect(steps == [.startClock])
        policy.loaded([Self.file("a").outcome])
        steps = policy.steps()
        #expect(steps == [.load([Self.file("b")])])
        #expect(policy.summary.ok == 1)
    }

    @Test func aGroupThatWaitedLongEnoughIsLoadedUnfull() {
        var policy = Policy(fileCount: 10, readers: [0], groupSize: 32)
        var steps = policy.steps()
        #expect(steps == [.read(file: 0, by: 0)])
        _ = policy.read(Self.read("a"), by: 0)
        steps = policy.steps()
        #expect(steps == [.read(file: 1, by: 0), .startClock])
        steps = policy.steps()
        #expect(steps == [], "the clock runs once")
        policy.clockRanOut()
        steps = policy.steps()
        #expect(steps == [.load([Self.file("a")])])
        // The clock that runs out with nothing waiting loads nothing.
        policy.clockRanOut()
        steps = policy.steps()
        #expect(steps == [])
    }

    @Test func theBatchIsOverOnceEveryFileReadIsLoaded() {
        var policy = Policy(fileCount: 2, readers: [0, 1], groupSize: 32)
        _ = policy.steps()
        _ = policy.read(Self.read("a", .unbalanced), by: 1)
        var steps = policy.steps()
        #expect(steps == [.load([Self.file("a", .unbalanced)])])
        _ = policy.read(Self.read("b", .failed), by: 0)
        // Still loading "a": "b" waits for it, on the clock.
        steps = policy.steps()
        #expect(steps == [.startClock])
        policy.loaded([Self.file("a", .unbalanced).outcome])
        steps = policy.steps()
        #expect(steps == [.load([Self.file("b", .failed)])])
        policy.loaded([Self.file("b", .failed).outcome])
        steps = policy.steps()
        #expect(steps == [.stop])
        // The stopped clock answers; the batch stays over.
        policy.clockRanOut()
        steps = policy.steps()
        #expect(steps == [.stop])
        #expect(policy.summary.done == 2 && policy.summary.unbalanced == 1 && policy.summary.failed == 1)
        #expect(policy.summary.exitStatus == ExitStatus.someFailed)
    }

    @Test func skippedFilesAreTalliedByTheStatusTheyWereLoadedWith() {
        var policy = Policy(fileCount: 2, readers: [0, 0], groupSize: 32)
        _ = policy.steps()
        var tallied = policy.read(.skipped(path: "a", status: .needsReview), by: 0)
        #expect(tallied)
        #expect(policy.summary.exitStatus == ExitStatus.someFlagged)
        tallied = policy.read(.skipped(path: "b", status: .unsupported), by: 0)
        #expect(tallied)
        let steps = policy.steps()
        #expect(steps == [.stop])
        #expect(policy.summary.skipped == 2 && policy.summary.exitStatus == ExitStatus.someFailed)
    }
}
