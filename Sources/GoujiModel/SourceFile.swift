/// An input file as gouji identified it.
public struct SourceFile: Sendable, Hashable {
    /// The path as given.
    public var path: String
    /// What the file's content says it is, whatever its name says.
    public var kind: Kind
    /// The text encoding that was detected, for text and HTML files.
    public var encoding: String?
    /// How many of its pages were read by OCR (a scan), 0 for a file read from its own text.
    public var ocrPages: Int

    public enum Kind: String, Sendable, Hashable, Codable {
        /// `doc`: a Word 97–2003 binary document, or a WPS document in the same format.
        case text, pdf, docx, doc, wordXML = "word-xml", html, rtf, unknown
    }

    public init(path: String, kind: Kind, encoding: String? = nil, ocrPages: Int = 0) {
        self.path = path; self.kind = kind; self.encoding = encoding; self.ocrPages = ocrPages
    }

    /// The file's base name, which the CSV contract uses as its `source`; bytes of it that are not UTF-8
    /// shown escaped (`PathBytes`).
    public var name: String {
        PathBytes.shown(path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path)
    }
}
