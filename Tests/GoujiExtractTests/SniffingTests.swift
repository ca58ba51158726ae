import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiExtract

/// A file is read as what its content is, whatever its name says.
@Suite struct SniffingTests {
    typealias T = TestDocuments

    func extract(_ name: String, _ data: Data) throws(ExtractError) -> ExtractedDocument {
        let folder: TemporaryDirectory, path: String
        do { folder = try TemporaryDirectory(); path = try T.file(name, data, in: folder) } catch {
            fatalError("cannot write a test file: \(error)")
        }
        return try withExtendedLifetime(folder) { () throws(ExtractError) in try Extractor().extract(path: path) }
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

    @Test func aUTF16WebPageIsReadAsHTML() throws {
        let html = "<html><body><table><tr><td>总计</td><td>5</td></tr></table></body></html>"
        let document = try extract("report.htm", try #require(html.data(using: .utf16)))
        #expect(document.source.kind == .html)
        #expect(document.tables.first?.texts == [["总计", "5"]])
    }

    @Test func aContentOnlyFragmentIsReadAsHTMLInEitherEncoding() throws {
        let fragment = """
            <p style='text-align: center;font-weight: bold;'>某区2024年度政府信息公开工作年度报告</p>
            <div><span>一、总体情况</span></div><table><tr><td>总计</td><td>5</td></tr></table>
            """
        for data in [Data(fragment.utf8), try #require(fragment.data(using: TextDecoding.gb18030))] {
            let document = try extract("report.txt", data)
            #expect(document.source.kind == .html)
            #expect(document.lines == ["某区2024年度政府信息公开工作年度报告", "一、总体情况"])
            #expect(document.tables.first?.texts == [["总计", "5"]])
        }
    }

    @Test func textThatMerelyMentionsATagStaysText() throws {
        let document = try extract("report.txt", Data("说明：<p>不是网页\n第二行\n".utf8))
        #expect(document.source.kind == .text)
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

    @Test func aCompoundFileIsReadAsAWordBinaryDocumentWhateverItsName() throws {
        let doc = try WordBinaryExtractorTests.fixture("constructs.doc")
        for name in ["report.doc", "report.wps", "report.pdf"] {
            let document = try extract(name, doc)
            #expect(document.source.kind == .doc)
            #expect(document.lines.first == "一、合并单元格")
        }
        var ole2 = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        ole2.append(Data(count: 512))
        let error = #expect(throws: ExtractError.self) { try extract("report.wps", ole2) }
        #expect(error?.summary == "corrupt: not a readable compound file (OLE2): Unreasonable block sizes")
    }
}

/// Word's single-file web page (MHTML), often published as .doc.
@Suite struct WebArchiveTests {
    /// Quoted-printable as Word writes it: every non-ASCII byte as `=XX`, `=` escaped, soft breaks.
    func quotedPrintable(_ bytes: Data) -> String {
        var out = "", column = 0
        for byte in bytes {
            let piece = byte >= 0x80 || byte == UInt8(ascii: "=") ? String(format: "=%02X", byte) : String(UnicodeScalar(byte))
            if column + piece.count > 75 { out += "=\r\n"; column = 0 }
            out += piece; column += piece.count
        }
        return out
    }

    @Test func theWebPageInsideIsReadAsHTML() throws {
        let html = #"<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body><p>一、总体情况</p><table border=1><tr><td>行政许可</td><td>10690</td></tr></table></body></html>"#
        let page = try #require(html.data(using: TextDecoding.gb18030))
        let archive = """
            MIME-Version: 1.0\r
            Content-Type: multipart/related; boundary="----=_NextPart_01DA0000.12345678"\r
            \r
            This document is a Single File Web Page, also known as a Web Archive file.\r
            \r
            ------=_NextPart_01DA0000.12345678\r
            Content-Location: file:///C:/report.htm\r
            Content-Transfer-Encoding: quoted-printable\r
            Content-Type: text/html; charset="gb2312"\r
            \r
            \(quotedPrintable(page))\r
            \r
            ------=_NextPart_01DA0000.12345678\r
            Content-Location: file:///C:/report.files/image001.png\r
            Content-Transfer-Encoding: base64\r
            Content-Type: image/png\r
            \r
            iVBORw0KGgo=\r
            \r
            ------=_NextPart_01DA0000.12345678--\r
            """
        let folder = try TemporaryDirectory()
        let path = try TestDocuments.file("report.doc", Data(archive.utf8), in: folder)
        let document = try Extractor().extract(path: path)
        #expect(document.source.kind == .html)
        #expect(document.source.encoding == "GB18030 (declared gb2312)")
        #expect(document.outline == ["一、总体情况", "table 1"])
        #expect(document.tables.first?.texts == [["行政许可", "10690"]])
    }

    @Test func anArchiveWithoutAPageIsCorrupt() throws {
        let archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nAAAA\r\n--b--\r\n"
        let folder = try TemporaryDirectory()
        let path = try TestDocuments.file("empty.mht", Data(archive.utf8), in: folder)
        let error = #expect(throws: ExtractError.self) { try Extractor().extract(path: path) }
        #expect(error?.summary == "corrupt: a web archive (MHTML) without a web page in it")
    }
}
