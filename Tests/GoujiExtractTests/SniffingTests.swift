import Foundation
import Testing
import GoujiModel
@testable import GoujiExtract

/// A file is read as what its content is, whatever its name says.
@Suite struct SniffingTests {
    typealias T = TestDocuments

    func extract(_ name: String, _ data: Data) throws(ExtractError) -> ExtractedDocument {
        let path: String
        do { path = try T.file(name, data) } catch { fatalError("cannot write a test file: \(error)") }
        return try Extractor().extract(path: path)
    }

    @Test func aDocThatIsAWebPageSavedByWordIsReadAsHTML() throws {
        let html = """
            <html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8">
            <!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
            </head><body><p>一、总体情况</p><table><tr><td>总计</td><td>5</td></tr></table></body></html>
            """
        let document = try extract("report.doc", Data(html.utf8))
        #expect(document.source.kind == .html)
        #expect(document.outline == ["一、总体情况", "table 1"])
    }

    @Test func aDocThatIsADocxIsReadAsDocx() throws {
        let document = try extract("report.doc", try T.docx(T.documentXML(T.p("正文"))))
        #expect(document.source.kind == .docx)
        #expect(document.lines == ["正文"])
    }

    @Test func aWord2003XMLFileIsReadByItsRootElementWhateverItsName() throws {
        let xml = #"<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:wordDocument>"#
        let document = try extract("report.doc", Data(xml.utf8))
        #expect(document.source.kind == .wordXML)
        #expect(document.lines == ["正文"])
    }

    @Test func aLegacyBinaryDocIsUnsupportedWithAdvice() throws {
        var ole2 = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        ole2.append(Data(count: 512))
        for name in ["report.doc", "report.wps"] {
            let error = #expect(throws: ExtractError.self) { try extract(name, ole2) }
            #expect(error?.isUnsupported == true)
            #expect(error?.summary.hasSuffix("save as DOCX or PDF") == true)
        }
    }
}
