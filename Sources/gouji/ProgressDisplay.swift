import Foundation
import GoujiPipeline
import Synchronization

/// Progress on stderr: a redrawn bar with count, rate and time left on a terminal; a log line
/// every few seconds otherwise, so that logs stay readable.
final class ProgressDisplay: Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let quiet: Bool
    /// When progress was last shown. Held while a line is written, so that lines never interleave.
    private let lastShown = Mutex(Date.distantPast)

    init(quiet: Bool) { self.quiet = quiet }

    func update(_ summary: BatchSummary) {
        guard !quiet else { return }
        lastShown.withLock { lastShown in
            show(summary, lastShown: &lastShown)
        }
    }

    private func show(_ summary: BatchSummary, lastShown: inout Date) {
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= (isTerminal ? 0.1 : 5) || summary.done == summary.total else { return }
        lastShown = now
        let rate = summary.elapsed > 0 ? Double(summary.done) / summary.elapsed : 0
        let left = rate > 0 ? Double(summary.total - summary.done) / rate : 0
        let counts = "\(summary.done)/\(summary.total) · \(String(format: "%.1f", rate))/s · \(Self.duration(left)) left"
        if isTerminal {
            let width = 30, filled = summary.total > 0 ? width * summary.done / summary.total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write("\r\(bar) \(counts)\u{1B}[K")
        } else {
            FileHandle.standardError.say(counts)
        }
    }

    func finish(_ summary: BatchSummary) {
        if isTerminal && !quiet { FileHandle.standardError.write("\r\u{1B}[K") }
        print("gouji: \(summary.line)")
    }

    private static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
