/// Why the corpus could not be opened, loaded or exported. Each case names the file and reads well on its own line.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The corpus file could not be opened or is not a SQLite database.
        case cannotOpen(String)
        /// The corpus was written by a newer gouji whose schema this one does not know.
        case newerSchema
        /// The report holds two values for one cell, which the corpus keys uniquely.
        case duplicateValue(String)
        /// The corpus refused this report's rows (a constraint, a value too big): the report is at fault,
        /// not the database.
        case refused(String)
        /// SQLite failed a read or a write (busy, full, an I/O error …): the database is at fault.
        case database(String)
        /// An export file could not be written.
        case cannotWrite(String)
    }

    /// The file the error concerns: the corpus, the report being loaded, or the export file.
    public var path: String
    public var reason: Reason

    public init(_ path: String, _ reason: Reason) {
        self.path = path; self.reason = reason
    }

    /// Whether the error is the report's own, so that storing it as failed is its answer; any other
    /// error leaves the file to be read again.
    public var refusesTheReport: Bool {
        switch reason {
        case .duplicateValue, .refused: return true
        default: return false
        }
    }

    public var summary: String {
        switch reason {
        case .cannotOpen(let why): return "cannot open the corpus: \(why)"
        case .newerSchema: return "the corpus was written by a newer gouji; update gouji or use another corpus file"
        case .duplicateValue(let key): return "two values for one cell \(key): the report was not loaded"
        case .refused(let why): return "refused by the corpus: \(why)"
        case .database(let why): return "database error: \(why)"
        case .cannotWrite(let why): return "cannot write: \(why)"
        }
    }

    public var description: String { "\(path): \(summary)" }
}
