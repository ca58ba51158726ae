import Foundation
import GoujiModel

/// Reads a Word document saved as one XML file: Word 2003 XML (`w:wordDocument`), Flat OPC
/// (`pkg:package` holding the /word/document.xml part) or a bare `w:document`.
public enum WordXMLExtractor {
    public static func extract(_ data: Data, path: String, limits: MarkupLimits = .standard) throws(ExtractError) -> ExtractedDocument {
        let root: MarkupElement
        do { root = try LibXML2.parseXML(data, limits: limits) } catch { throw error.extractError(path) }
        guard let body = body(of: root) ?? flatPackageDocument(root).flatMap(body(of:)) else {
            throw ExtractError(path, .unsupported("XML that is not a Word document (its root element is <\(root.name)>)"))
        }
        return ExtractedDocument(source: SourceFile(path: path, kind: .wordXML), blocks: WordBodyReader.blocks(of: body))
    }

    /// The body of a `w:document` or `w:wordDocument` root element.
    static func body(of root: MarkupElement) -> MarkupElement? {
        guard root.isWord(named: "document") || root.isWord(named: "wordDocument") else { return nil }
        return root.elements.first { $0.isWord(named: "body") }
    }

    private static let flatPackage = "http://schemas.microsoft.com/office/2006/xmlPackage"
    private static let mainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    /// The main document of a Flat OPC package: the part of the main document's content type,
    /// else the part named /word/document.xml.
    private static func flatPackageDocument(_ root: MarkupElement) -> MarkupElement? {
        guard root.name == "package", root.namespace == flatPackage else { return nil }
        let parts = root.elements.filter { $0.name == "part" && $0.namespace == flatPackage }
        let main = parts.first { $0.attributes["contentType"] == mainContentType }
            ?? parts.first { $0.attributes["name"] == "/word/document.xml" }
        return main?.child("xmlData")?.elements.first
    }
}
