/// Why a document could not be read as a 2019+ annual report.
public struct NormalizeError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The document is no annual report, or one in the free-form format before 2019.
        case unsupported(String)
        /// It is a report, but its statistics tables could not be found.
        case noTables
    }

    public var path: String
    public var reason: Reason

    public var summary: String {
        switch reason {
        case .unsupported(let why): return "unsupported: \(why)"
        case .noTables: return "no statistics tables found (表二, 表三, 表四)"
        }
    }

    public var description: String { "\(path): \(summary)" }
}
