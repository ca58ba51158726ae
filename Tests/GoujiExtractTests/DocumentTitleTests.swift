import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiExtract

/// The title a document gives itself in its properties, which a report without a printed title may
/// hold its body's name in.
@Suite struct DocumentTitleTests {
    private let title = "测试市2025年政府信息公开工作年度报告"

    @Test func aPagesTitle() throws {
        let html = "<html><head><title>\n \(title) </title></head><body><p>一、总体情况</p></body></html>"
        #expect(try HTMLExtractor.extract(Data(html.utf8), path: "a.html").title == title)
        #expect(try HTMLExtractor.extract(Data("<p>一、总体情况</p>".utf8), path: "b.html").title == nil)
    }

    @Test func aDocxsCoreProperties() throws {
        let core = """
            <?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(title)</dc:title></cp:coreProperties>
            """
        let document = TestDocuments.documentXML(TestDocuments.p("一、总体情况"))
        let entries = [("_rels/.rels", """
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>
            """), ("word/document.xml", document), ("docProps/core.xml", core)]
        #expect(try DocxExtractor.extract(try TestDocuments.zip(entries), path: "a.docx").title == title)
        #expect(try DocxExtractor.extract(try TestDocuments.docx(document), path: "b.docx").title == nil)
    }

    /// The Info dictionary's Title, in UTF-16 with its byte-order mark as PDF writes text beyond Latin.
    @Test func aPDFsInfoTitle() throws {
        let utf16 = "FEFF" + title.utf16.map { String(format: "%04X", $0) }.joined()
        #expect(try PDFExtractor.extract(Self.pdf(info: "<< /Title <\(utf16)> >>"), path: "a.pdf").title == title)
        #expect(try PDFExtractor.extract(Self.pdf(info: nil), path: "b.pdf").title == nil)
    }

    /// One page that prints `Hi`, with an Info dictionary when given one.
    private static func pdf(info: String?) -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        ].map(HandWrittenPDF.object) + [
            HandWrittenPDF.stream("", Data("BT /F1 12 Tf 72 720 Td (Hi) Tj ET".utf8)),
            HandWrittenPDF.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        ] + (info.map { [HandWrittenPDF.object($0)] } ?? [])
        return HandWrittenPDF.document(objects, trailer: info == nil ? "" : "/Info 6 0 R")
    }
}
