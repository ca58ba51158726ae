import Foundation
import GoujiModel

/// Reads a DOCX: its main document part, found through the package relationships (usually
/// word/document.xml), through libxml2.
public enum DocxExtractor {
    public static func extract(_ data: Data, path: String, limits: MarkupLimits = .standard) throws(ExtractError) -> ExtractedDocument {
        let package = try ZipPackage(data, path: path)
        let part = try mainPart(of: package, path: path, limits: limits)
        guard let xml = try package.read(part, maxBytes: limits.maxBytes) else {
            throw ExtractError(path, .unsupported(notWord(package)))
        }
        let root: MarkupElement
        do { root = try LibXML2.parseXML(xml, limits: limits) } catch { throw error.extractError(path, part: part) }
        guard let body = WordXMLExtractor.body(of: root) else {
            throw ExtractError(path, .corrupt("\(part) holds no Word document body"))
        }
        return ExtractedDocument(source: SourceFile(path: path, kind: .docx), blocks: WordBodyReader.blocks(of: body),
                                 title: coreTitle(of: package, limits: limits))
    }

    /// The title of the package's core properties (docProps/core.xml's `dc:title`), when it has one.
    private static func coreTitle(of package: ZipPackage, limits: MarkupLimits) -> String? {
        guard let xml = try? package.read("docProps/core.xml", maxBytes: 1 << 20),
              let root = try? LibXML2.parseXML(xml, limits: limits) else { return nil }
        let title = root.child("title")?.ownText.trimmingCharacters(in: .whitespacesAndNewlines)
        return title?.isEmpty == false ? title : nil
    }

    /// The target of the package's officeDocument relationship, else the usual name.
    private static func mainPart(of package: ZipPackage, path: String, limits: MarkupLimits) throws(ExtractError) -> String {
        let usual = "word/document.xml"
        guard let rels = try package.read("_rels/.rels", maxBytes: 1 << 20),
              let root = try? LibXML2.parseXML(rels, limits: limits) else { return usual }
        let target = root.elements.first { $0.attributes["Type"]?.hasSuffix("/officeDocument") == true }?.attributes["Target"]
        guard let target, !target.isEmpty else { return usual }
        let name = target.hasPrefix("/") ? String(target.dropFirst()) : target
        return package.contains(name) ? name : usual
    }

    /// Why a zip without a Word document is not one, in the words a user knows.
    private static func notWord(_ package: ZipPackage) -> String {
        if package.contains("xl/workbook.xml") { return "an Excel workbook, not a Word document" }
        if package.contains("ppt/presentation.xml") { return "a PowerPoint presentation, not a Word document" }
        if package.contains("content.xml") { return "an OpenDocument file: save as DOCX or PDF" }
        return "a zip package without word/document.xml, not a Word document"
    }
}
