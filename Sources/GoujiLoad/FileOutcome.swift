import GoujiModel

/// A file's outcome, with the hash and size of the bytes it was read from: what a worker answers
/// for each file, and what the corpus keeps of it.
public struct FileOutcome: Sendable, Equatable {
    public var outcome: Outcome
    public var sha256: String
    public var size: Int

    public init(outcome: Outcome, sha256: String, size: Int) {
        self.outcome = outcome; self.sha256 = sha256; self.size = size
    }
}
