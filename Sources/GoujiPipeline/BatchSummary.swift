import Foundation
import GoujiModel

/// The tally of a run, as the summary and the progress display show it.
public struct BatchSummary: Sendable, Equatable {
    public var total: Int
    public var ok = 0, unbalanced = 0, needsReview = 0, failed = 0, unsupported = 0, skipped = 0
    /// Of the files skipped, those loaded before as failed or unsupported, and as unbalanced or needing review.
    public var skippedFailed = 0, skippedFlagged = 0
    public var elapsed: TimeInterval = 0

    public init(total: Int) { self.total = total }

    public var done: Int { ok + unbalanced + needsReview + failed + unsupported + skipped }

    mutating func count(_ outcome: Outcome) {
        switch outcome.status {
        case .ok: ok += 1
        case .unbalanced: unbalanced += 1
        case .needsReview: needsReview += 1
        case .failed: failed += 1
        case .unsupported: unsupported += 1
        }
    }

    /// A file skipped as loaded before with the same content, by the status it was loaded with.
    mutating func countSkipped(_ status: ReportStatus) {
        skipped += 1
        switch status {
        case .failed, .unsupported: skippedFailed += 1
        case .unbalanced, .needsReview: skippedFlagged += 1
        case .ok: break
        }
    }

    /// The exit code scripts can use (see `ExitStatus`), over every file of the run, those skipped included:
    /// a rerun says what the corpus holds for its inputs, not only what it read again.
    public var exitStatus: Int32 {
        ExitStatus.code(anyFailed: failed + unsupported + skippedFailed > 0,
                        anyFlagged: unbalanced + needsReview + skippedFlagged > 0)
    }

    public var line: String {
        let read = done - skipped
        return "\(read) read · \(ok) ok · \(unbalanced) unbalanced · \(needsReview) need review · \(failed) failed · "
            + "\(unsupported) unsupported · \(skipped) skipped (unchanged) · \(String(format: "%.1f", elapsed)) s"
    }
}
