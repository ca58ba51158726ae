/// How much a document may ask of the parser before it is refused.
public struct MarkupLimits: Sendable {
    public var maxBytes: Int
    public var maxDepth: Int
    public var maxNodes: Int
    /// Attributes in one start tag: libxml2's time grows with the square of their number.
    public var maxAttributes: Int

    public init(maxBytes: Int, maxDepth: Int, maxNodes: Int, maxAttributes: Int = 256) {
        self.maxBytes = maxBytes; self.maxDepth = maxDepth; self.maxNodes = maxNodes; self.maxAttributes = maxAttributes
    }

    /// Generous for reports (a long one's document.xml is a few MB, a saved web page a few
    /// hundred KB, nesting a few dozen levels, a tag a few dozen attributes at most: Word's root
    /// element declares some forty namespaces), tight enough to bound memory and time.
    public static let standard = MarkupLimits(maxBytes: 32 << 20, maxDepth: 200, maxNodes: 2_000_000)
}

/// Why libxml2 could not give a document's tree.
enum MarkupError: Error, Sendable, Equatable {
    /// Over one of the limits.
    case tooLarge(String)
    /// A construct refused for safety (a document type declaration, with its entities).
    case refused(String)
    case malformed(String)

    /// The error for the file `path`, naming the `part` of a package that failed, if any.
    func extractError(_ path: String, part: String? = nil) -> ExtractError {
        let prefix = part.map { "\($0): " } ?? ""
        switch self {
        case .tooLarge(let why): return ExtractError(path, .tooLarge(prefix + why))
        case .refused(let what): return ExtractError(path, .corrupt(prefix + "refused \(what)"))
        case .malformed(let why): return ExtractError(path, .corrupt(prefix + why))
        }
    }
}
