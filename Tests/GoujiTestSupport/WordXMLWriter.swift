import Foundation

/// Writes a text report (tab-separated tables between paragraphs, as samples/ holds them) as a
/// flat Word 2003 XML document: each run of tabbed lines a `w:tbl`, every other line a `w:p`.
public enum WordXMLWriter {
    public static func word2003(fromText text: String) -> Data {
        var body = ""
        var table: [Substring] = []
        func closeTable() {
            guard !table.isEmpty else { return }
            body += "<w:tbl>" + table.map { line in
                "<w:tr>" + line.split(separator: "\t", omittingEmptySubsequences: false).map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
            }.joined() + "</w:tbl>"
            table = []
        }
        // A CRLF line end is one Character, so lines are split at any newline.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.contains("\t") { table.append(line); continue }
            closeTable()
            if !line.isEmpty { body += paragraph(line) }
        }
        closeTable()
        return Data(("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <?mso-application progid="Word.Document"?>
            <w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>
            """ + body + "</w:body></w:wordDocument>\n").utf8)
    }

    static func paragraph(_ text: Substring) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return "<w:p><w:r><w:t>\(escaped)</w:t></w:r></w:p>"
    }
}
