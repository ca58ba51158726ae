import Foundation
import Testing
import GoujiModel
@testable import GoujiExtract

/// Hostile and broken inputs fail fast, in bounded memory, with a reason a user can read.
@Suite struct UnsafeInputTests {
    typealias T = TestDocuments

    @Test func anExternalEntityIsNeverLoaded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>
            """
        let error = #expect(throws: ExtractError.self) { try DocxExtractor.extract(try T.docx(xml), path: "xxe.docx") }
        #expect(error?.description.contains("document type declaration") == true)
        #expect(error?.description.contains("root:") == false)
    }

    @Test func billionLaughsFailsFast() throws {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let xml = """
            <?xml version="1.0"?><!DOCTYPE w:wordDocument [\(declarations)]>
            <w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>\
            <w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:wordDocument>
            """
        let clock = ContinuousClock()
        var error: ExtractError?
        let elapsed = clock.measure {
            error = #expect(throws: ExtractError.self) { try WordXMLExtractor.extract(Data(xml.utf8), path: "lol.xml") }
        }
        #expect(elapsed < .seconds(1))
        #expect(error?.description == "lol.xml: corrupt: refused a document type declaration (DTDs and their entities are not accepted)")
    }

    @Test func deepNestingIsRefused() throws {
        let depth = 5_000
        let body = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + T.p("x") + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        let error = #expect(throws: ExtractError.self) { try DocxExtractor.extract(try T.docx(T.documentXML(body)), path: "deep.docx") }
        #expect(error?.description.contains("nested") == true)
    }

    @Test func aZipBombIsRefusedBeforeItIsUnpacked() throws {
        // 40 MB of zeros deflate to about 40 KB; the declared size alone refuses it.
        let bomb = try T.zip([("word/document.xml", Data(count: 40 << 20))])
        #expect(bomb.count < 1 << 20)
        let clock = ContinuousClock()
        var error: ExtractError?
        let elapsed = clock.measure {
            error = #expect(throws: ExtractError.self) { try DocxExtractor.extract(bomb, path: "bomb.docx") }
        }
        #expect(elapsed < .seconds(1))
        #expect(error?.description == "bomb.docx: too large: word/document.xml unpacks to 40.0 MB, over the 32.0 MB allowed")
    }

    @Test func aZipWhoseDirectoryUnderstatesTheSizeIsCutOffWhileUnpacking() throws {
        var bomb = try T.zip([("word/document.xml", Data(count: 4 << 20))])
        // Rewrite the declared uncompressed size (4 MiB) to 1 KiB in the local and central headers.
        let declared = Data([0x00, 0x00, 0x40, 0x00]), small = Data([0x00, 0x04, 0x00, 0x00])
        var searchFrom = bomb.startIndex
        while let range = bomb.range(of: declared, in: searchFrom..<bomb.endIndex) {
            bomb.replaceSubrange(range, with: small)
            searchFrom = range.upperBound
        }
        let limits = MarkupLimits(maxBytes: 1 << 20, maxDepth: 200, maxNodes: 1_000_000)
        let error = #expect(throws: ExtractError.self) { try DocxExtractor.extract(bomb, path: "liar.docx", limits: limits) }
        #expect(error?.description == "liar.docx: too large: word/document.xml unpacks to more than the 1.0 MB allowed")
    }

    @Test func aZipWithoutAWordDocumentSaysWhatItIs() throws {
        let plain = #expect(throws: ExtractError.self) { try DocxExtractor.extract(try T.zip([("a.txt", "hello")]), path: "a.docx") }
        #expect(plain?.description == "a.docx: unsupported: a zip package without word/document.xml, not a Word document")
        let workbook = #expect(throws: ExtractError.self) {
            try DocxExtractor.extract(try T.zip([("xl/workbook.xml", "<workbook/>")]), path: "b.docx")
        }
        #expect(workbook?.description == "b.docx: unsupported: an Excel workbook, not a Word document")
    }

    @Test func malformedXMLIsCorruptWithLibxml2sReason() throws {
        let error = #expect(throws: ExtractError.self) {
            try DocxExtractor.extract(try T.docx(T.documentXML("<w:p><w:r><w:t>x</w:r></w:p>")), path: "bad.docx")
        }
        #expect(error?.description.hasPrefix("bad.docx: corrupt: word/document.xml: ") == true)
        #expect(error?.description.contains("mismatch") == true)
    }

    @Test func aTruncatedZipIsCorrupt() throws {
        let data = try T.docx(T.documentXML(T.p("x")))
        let error = #expect(throws: ExtractError.self) { try DocxExtractor.extract(data.prefix(data.count / 2), path: "cut.docx") }
        #expect(error?.description == "cut.docx: corrupt: not a readable zip package")
    }

    /// Word refuses a package with two entries of one name; reading the first would be a guess.
    @Test func twoEntriesOfOneNameAreADamagedPackage() throws {
        let package = try T.zip([("word/document.xml", T.documentXML(T.p("1"))), ("word/document.xml", T.documentXML(T.p("2")))])
        let error = #expect(throws: ExtractError.self) { try DocxExtractor.extract(package, path: "twice.docx") }
        #expect(error?.description == "twice.docx: corrupt: two entries named word/document.xml: a damaged package")
    }

    // MARK: - Attributes

    private static func attributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
    }

    /// libxml2's time grows with the square of a tag's attributes (100,000 took it half a minute): such a
    /// tag is refused before libxml2 reads it, in DOCX, Word 2003 XML and HTML alike.
    @Test func aTagWithTooManyAttributesIsRefusedQuickly() throws {
        let tag = Self.attributes(100_000), limit = MarkupLimits.standard.maxAttributes
        let started = Date()
        let docx = #expect(throws: ExtractError.self) {
            try DocxExtractor.extract(try T.docx(T.documentXML("<w:p \(tag)/>")), path: "a.docx")
        }
        #expect(docx?.description == "a.docx: too large: word/document.xml: a tag with more than \(limit) attributes")
        let xml = #expect(throws: ExtractError.self) {
            try WordXMLExtractor.extract(Data("<?xml version=\"1.0\"?><w:wordDocument \(tag)/>".utf8), path: "a.xml")
        }
        #expect(xml?.description == "a.xml: too large: a tag with more than \(limit) attributes")
        let html = #expect(throws: ExtractError.self) {
            try HTMLExtractor.extract(Data("<html><body><p \(tag)>年度报告</p></body></html>".utf8), path: "a.html")
        }
        #expect(html?.description == "a.html: too large: a tag with more than \(limit) attributes")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// The count follows the markup: what only looks like attributes (in a comment, a quoted value, a script,
    /// CDATA) is not counted, and bare and unquoted HTML attributes are.
    @Test func attributesAreCountedAsTheMarkupHasThem() {
        func most(_ text: String, html: Bool = false) -> Int {
            AttributeCounter.most(in: Data(text.utf8), html: html, limit: 1000)
        }
        #expect(most(#"<a x="1" y='2' z = "3"><b/></a>"#) == 3)
        #expect(most(#"<a x="<b c='1' d='2' e='3'>"/>"#) == 1)
        #expect(most("<!-- <a x=1 y=2 z=3> --><a/><![CDATA[<a x y z w>]]><?pi a b c d?>") == 0)
        #expect(most("<p hidden title=x class = y data-a='>'>text</p>", html: true) == 4)
        #expect(most("<script>if (a<b c d e f) {}</script><p x>", html: true) == 1)
        #expect(most("<SCRIPT>a<b c d e f</Script ><p x>", html: true) == 1)
        #expect(AttributeCounter.most(in: Data(Self.attributes(500).utf8).prefix(0) + Data("<a \(Self.attributes(500))>".utf8),
                                      html: false, limit: 10) == 11)
    }

    /// A tag at the limit is read.
    @Test func aTagAtTheLimitIsRead() throws {
        let limit = MarkupLimits.standard.maxAttributes
        let document = try DocxExtractor.extract(try T.docx(T.documentXML("<w:p \(Self.attributes(limit))><w:r><w:t>年度报告</w:t></w:r></w:p>")),
                                                 path: "a.docx")
        #expect(!document.blocks.isEmpty)
    }
}
