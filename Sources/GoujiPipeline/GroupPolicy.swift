import GoujiLoad
import GoujiModel

/// What a batch does next, decided apart from any file, process or task: which file goes to which free
/// reader, when the files read form a group to load in one transaction, when the clock for a waiting
/// group starts, and when the batch is over. `Batch.run` carries out its steps and tells it what finished;
/// tests step through it with no files at all.
///
/// Invariants: at most one group loads at a time; no file is handed out while a full group waits for the
/// corpus (memory stays flat however large the folder and however slow the corpus's disk); every file
/// read is loaded before the batch is over.
struct GroupPolicy<Reader> {
    /// How many outcomes make a full group, loaded at once. A group may hold a few more: the answers to
    /// files handed out before it filled.
    let groupSize: Int
    /// How many files the batch has; they are handed out in order.
    let fileCount: Int
    /// The tally so far, and with it the exit status.
    private(set) var summary: BatchSummary

    /// Files handed to readers, and of those, the ones not answered yet.
    private(set) var handed = 0, reading = 0
    /// Files read and waiting for the corpus, oldest first. One group loads at a time while reading goes
    /// on, so that a reader that answers while the corpus is busy starts on its next file at once.
    private(set) var waiting: [FileOutcome] = []
    /// Whether a group is being loaded.
    private(set) var loading = false
    /// Whether the clock runs for the oldest file waiting, and whether it has run out.
    private(set) var timing = false, waitedLongEnough = false
    /// Readers with room for a file, once for each file they can take.
    private(set) var idle: [Reader]

    /// `readers`: each reader as often as the files it can hold at once.
    init(fileCount: Int, readers: [Reader], groupSize: Int) {
        self.fileCount = fileCount
        self.groupSize = groupSize
        idle = readers
        summary = BatchSummary(total: fileCount)
    }

    /// One thing for the batch to do.
    enum Step {
        /// Hand the file at this index (into the batch's files) to the reader.
        case read(file: Int, by: Reader)
        /// Load these outcomes into the corpus, in one transaction, and tell `loaded`.
        case load([FileOutcome])
        /// Start the clock for the oldest file waiting, and tell `clockRanOut` when it has.
        case startClock
        /// Nothing is reading, waiting or loading any more: stop the clock, if it runs; once it
        /// has answered, the batch is over.
        case stop
    }

    /// The steps to take now, in order; then the batch waits for something to finish.
    mutating func steps() -> [Step] {
        var steps: [Step] = []
        while waiting.count < groupSize, handed < fileCount, let reader = idle.popLast() {
            steps.append(.read(file: handed, by: reader))
            handed += 1
            reading += 1
        }
        // A group is loaded when full, when it has waited long enough, or, once every file is handed
        // out, at once: the last files' loading then goes on beside their reading.
        if !loading, !waiting.isEmpty, waiting.count >= groupSize || waitedLongEnough || handed == fileCount {
            loading = true
            waitedLongEnough = false
            steps.append(.load(waiting))
            waiting.removeAll()
        }
        if !waiting.isEmpty, !timing {
            timing = true
            steps.append(.startClock)
        }
        if isOver { steps.append(.stop) }
        return steps
    }

    /// Whether nothing is left to read, load or wait for, but perhaps the clock.
    var isOver: Bool { reading == 0 && waiting.isEmpty && !loading }

    /// A reader finished with a file: skipped as loaded before, or read. Returns whether the tally changed.
    mutating func read(_ work: Batch.Work, by reader: Reader) -> Bool {
        idle.append(reader)
        reading -= 1
        switch work {
        case .skipped(_, let status):
            summary.countSkipped(status)
            return true
        case .done(let file):
            waiting.append(file)
            return false
        }
    }

    /// A group was loaded, as these outcomes.
    mutating func loaded(_ outcomes: [Outcome]) {
        loading = false
        outcomes.forEach { summary.count($0) }
    }

    /// The clock started for the oldest file waiting ran out, or was stopped.
    mutating func clockRanOut() {
        timing = false
        waitedLongEnough = !waiting.isEmpty
    }
}

extension GroupPolicy.Step: Equatable where Reader: Equatable {}
