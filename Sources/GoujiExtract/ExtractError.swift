/// Why a file could not be read. Each case names the file and reads well on its own line.
public struct ExtractError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case unreadable(String)
        case empty
        /// Encrypted with a password; the associated value names the kind of document ("PDF").
        case encrypted(String)
        /// A scan, and OCR is turned off.
        case noTextLayer
        /// A scan in which OCR found no table.
        case noTableInScan(pages: Int)
        /// OCR could not be started.
        case ocrUnavailable(String)
        case corrupt(String)
        case unsupported(String)
        case tooLarge(String)
        /// Reading it took more memory than a file may have.
        case overMemoryLimit

        /// What a file that took more memory than it may is answered, whoever found it out.
        public static let overMemoryLimitSummary = "over the memory limit"
    }

    public var path: String
    public var reason: Reason

    public init(_ path: String, _ reason: Reason) {
        self.path = path; self.reason = reason
    }

    /// Whether the file is of a kind gouji does not read, rather than a broken one.
    public var isUnsupported: Bool {
        if case .unsupported = reason { return true }
        return false
    }

    public var summary: String {
        switch reason {
        case .unreadable(let why): return "cannot be read: \(why)"
        case .empty: return "empty file"
        case .encrypted(let kind): return "encrypted \(kind): needs a password"
        case .noTextLayer: return "scanned PDF without a text layer: needs OCR, which is turned off"
        case .noTableInScan(let pages): return "scanned PDF: OCR found no table on its \(pages) page\(pages == 1 ? "" : "s") without text"
        case .ocrUnavailable(let why): return "scanned PDF, and OCR cannot start: \(why)"
        case .corrupt(let why): return "corrupt: \(why)"
        case .unsupported(let why): return "unsupported: \(why)"
        case .tooLarge(let why): return "too large: \(why)"
        case .overMemoryLimit: return Reason.overMemoryLimitSummary
        }
    }

    public var description: String { "\(path): \(summary)" }
}
