/// Why a document could not be read as a 2019+ annual report.
public struct NormalizeError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The document is no annual report, or one in the free-form format before 2019.
        case unsupported(String)
        /// It is a report, but its statistics tables could not be found.
        case noTables
        /// A scan in whose text, as OCR read it, no 表三 was found: what OCR missed cannot say
        /// that the document is no report.
        case noTablesInScan
    }

    public var path: String
    public var reason: Reason

    public var summary: String {
        switch reason {
        case .unsupported(let why): return "unsupported: \(why)"
        case .noTables: return "no statistics tables found (表二, 表三, 表四)"
        case .noTablesInScan: return "scanned PDF: no 表三 found in what OCR read (no report, or one OCR could not read)"
        }
    }

    public var description: String { "\(path): \(summary)" }
}
