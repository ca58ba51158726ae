import Foundation
import GoujiModel

/// Reads a web page (as saved from a government site, or a Word document saved as HTML)
/// through libxml2's HTML parser.
public enum HTMLExtractor {
    public static func extract(_ data: Data, path: String, limits: MarkupLimits = .standard) throws(ExtractError) -> ExtractedDocument {
        guard let (text, encoding) = HTMLCharset.decode(data) else {
            throw ExtractError(path, .unreadable("a web page in an unknown encoding (neither UTF-8 nor GB18030)"))
        }
        let root: MarkupElement
        do { root = try LibXML2.parseHTML(utf8: Data(withoutRevealedConditionals(text).utf8), limits: limits) }
        catch { throw error.extractError(path) }
        return ExtractedDocument(source: SourceFile(path: path, kind: .html, encoding: encoding),
                                 blocks: HTMLBodyReader.blocks(of: root), title: pageTitle(of: root))
    }

    /// The page's `<title>`, white space collapsed.
    private static func pageTitle(of root: MarkupElement) -> String? {
        let html = root.name == "html" ? root : root.child("html")
        guard let title = html?.child("head")?.child("title") else { return nil }
        let text = title.ownText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// Word's web pages wrap list numbers and layout rows in `<![if !supportLists]>` …
    /// `<![endif]>`, which browsers drop while showing what lies between; libxml2 would keep the
    /// markers as text.
    private static func withoutRevealedConditionals(_ html: String) -> String {
        html.replacingOccurrences(of: #"<!\[(if [^\]>]*|endif)\]>"#, with: "", options: [.regularExpression, .caseInsensitive])
    }
}
