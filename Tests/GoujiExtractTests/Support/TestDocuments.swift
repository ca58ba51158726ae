import Foundation
import GoujiTestSupport
import GoujiModel
import ZIPFoundation
@testable import GoujiExtract

/// Small Word and HTML documents written in the tests, and the views of what extract made of
/// them that the tests compare.
enum TestDocuments {
    static let wordNamespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:v="urn:schemas-microsoft-com:vml"
        """

    /// A word/document.xml whose body is `body`.
    static func documentXML(_ body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + "<w:document \(wordNamespaces)><w:body>\(body)</w:body></w:document>"
    }

    /// A paragraph of one run.
    static func p(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    /// A table cell with optional cell properties.
    static func tc(_ text: String, _ properties: String = "") -> String {
        "<w:tc>" + (properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>") + p(text) + "</w:tc>"
    }

    static func tr(_ cells: String...) -> String { "<w:tr>" + cells.joined() + "</w:tr>" }

    static func tbl(_ rows: String...) -> String { "<w:tbl><w:tblPr/><w:tblGrid/>" + rows.joined() + "</w:tbl>" }

    /// A DOCX package holding `document` as its main part.
    static func docx(_ document: String, mainPart: String = "word/document.xml") throws -> Data {
        try zip([
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", """
                <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="\(mainPart)"/>\
                </Relationships>
                """),
            (mainPart, document),
        ])
    }

    static func zip(_ entries: [(String, String)]) throws -> Data {
        try zip(entries.map { ($0.0, Data($0.1.utf8)) })
    }

    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// Writes `data` to a file named `name` in `folder` and gives its path.
    static func file(_ name: String, _ data: Data, in folder: TemporaryDirectory) throws -> String {
        let path = folder.path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

extension ExtractedDocument {
    var lines: [String] {
        blocks.compactMap { if case .text(let line) = $0 { return line.text } else { return nil } }
    }

    var tables: [SourceTable] {
        blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }

    /// The blocks in order, a table as `table N`: checks that tables stand where they belong.
    var outline: [String] {
        blocks.map { block in
            switch block {
            case .text(let line): return line.text
            case .table(let table): return "table \(table.index)"
            case .page(let page): return "page \(page.number)"
            }
        }
    }
}

extension SourceTable {
    /// The cells' texts, row by row.
    var texts: [[String]] { rows.map { $0.map(\.text) } }

    /// Each cell as text plus its spans: `text` alone, or `text[r2]`, `text[c3]`, `text[^]` for
    /// a cell continuing a vertical merge.
    var layout: [[String]] {
        rows.map { row in
            row.map { cell in
                cell.text + (cell.rowSpan > 1 ? "[r\(cell.rowSpan)]" : "") + (cell.columnSpan > 1 ? "[c\(cell.columnSpan)]" : "")
                    + (cell.continuesAbove ? "[^]" : "")
            }
        }
    }
}
