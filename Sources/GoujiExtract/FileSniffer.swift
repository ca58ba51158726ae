import Foundation
import GoujiModel

/// Tells a file's kind from its first bytes, not its name: reports are often saved as .doc
/// while being HTML, or as .pdf while being a web page.
public enum FileSniffer {
    public enum Kind: Sendable, Hashable {
        case known(SourceFile.Kind)
        /// A zip that may be a DOCX; only its entries can tell.
        case zip
        /// A compound file (OLE2): a Word 97–2003 or WPS document, or another program's.
        case compoundFile
        case rtf
        /// A single-file web archive (MHTML).
        case webArchive
        case other(String)
    }

    public static func kind(of head: Data, fileName: String) -> Kind {
        let bytes = [UInt8](head.prefix(2048))
        if bytes.starts(with: Array("%PDF".utf8)) { return .known(.pdf) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        // A PDF may carry junk before its header; readers accept it within the first KiB.
        if let range = head.prefix(1024).range(of: Data("%PDF-".utf8)), range.lowerBound < 1024 { return .known(.pdf) }
        let head = bytes.prefix(1024)
        let prefix = (looksLikeUTF16(bytes) ? String(data: Data(head), encoding: .utf16) : nil)
            .map { $0.lowercased() } ?? String(decoding: head, as: UTF8.self).lowercased()
        if prefix.hasPrefix("mime-version:") || prefix.contains("content-type: multipart/related") { return .webArchive }
        // The root element decides: a Word-saved web page names w:WordDocument in a comment.
        switch firstElement(prefix)?.split(separator: ":").last {
        case "worddocument", "document", "package": return .known(.wordXML)
        case "html": return .known(.html)
        default: break
        }
        if prefix.contains("<html") || prefix.contains("<!doctype html") || prefix.contains("<head") || prefix.contains("<body")
            || prefix.contains("<table") || prefix.contains("<meta") || isMarkupFragment(prefix) {
            return .known(.html)
        }
        if bytes.contains(0) && !looksLikeUTF16(bytes) { return .other("binary data") }
        let ext = (fileName as NSString).pathExtension.lowercased()
        if ["xml"].contains(ext) { return .known(.wordXML) }
        return .known(.text)
    }

    /// The name of the first element, past the XML declaration, processing instructions,
    /// comments and any doctype.
    private static func firstElement(_ text: String) -> Substring? {
        let uncommented = text.replacingOccurrences(of: #"<!--[\s\S]*?(-->|$)"#, with: "", options: .regularExpression)
        guard let tag = uncommented.range(of: #"<[a-z][a-z0-9:._-]*"#, options: .regularExpression) else { return nil }
        return uncommented[tag].dropFirst()
    }

    /// A web page's content saved alone, as content systems export it: no `<html>`, `<head>` or
    /// charset, the text opening with a paragraph, a block or a table element.
    private static func isMarkupFragment(_ prefix: String) -> Bool {
        let text = prefix.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return text.firstMatch(of: /^<(p|div|table|span|section|article|center|font|h[1-6])[\s>][^<]*>/) != nil
    }

    private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }
}
