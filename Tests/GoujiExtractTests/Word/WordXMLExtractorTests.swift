import Foundation
import Testing
import GoujiModel
@testable import GoujiExtract

/// Word documents saved as one XML file: Word 2003 XML and Flat OPC.
@Suite struct WordXMLExtractorTests {
    @Test func word2003XMLWithSectionsLowerCaseMergesAndAnnotations() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <?mso-application progid="Word.Document"?>
            <w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" \
            xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:aml="http://schemas.microsoft.com/aml/2001/core" \
            xml:space="preserve"><w:body><wx:sect>
            <w:p><w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r></w:p>
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>
              <w:tr><w:tc><w:tcPr><w:vmerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>（三）不予公开</w:t></w:r></w:p></w:tc>
                    <w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:vmerge/></w:tcPr><w:p/></w:tc>
                    <w:tc><w:p>\
            <aml:annotation aml:id="1" w:type="Word.Deletion"><aml:content><w:r><w:delText>34</w:delText></w:r></aml:content></aml:annotation>\
            <aml:annotation aml:id="2" w:type="Word.Insertion"><aml:content><w:r><w:t>31</w:t></w:r></aml:content></aml:annotation>\
            <aml:annotation aml:id="3" w:type="Word.Comment"><aml:content><w:p><w:r><w:t>批注</w:t></w:r></w:p></aml:content></aml:annotation>\
            </w:p></w:tc></w:tr>
            </w:tbl>
            </wx:sect></w:body></w:wordDocument>
            """
        let document = try WordXMLExtractor.extract(Data(xml.utf8), path: "report.xml")
        #expect(document.source.kind == .wordXML)
        #expect(document.lines == ["三、收到和处理政府信息公开申请情况"])
        #expect(try #require(document.tables.first).layout == [["（三）不予公开", "1"], ["[^]", "31"]])
    }

    @Test func flatOPCReadsTheMainDocumentPart() throws {
        let xml = """
            <?xml version="1.0" standalone="yes"?>
            <?mso-application progid="Word.Document"?>
            <pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
            <pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">\
            <pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/></pkg:xmlData></pkg:part>
            <pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">\
            <pkg:xmlData>\(TestDocuments.documentXML(TestDocuments.p("正文") + TestDocuments.tbl(TestDocuments.tr(TestDocuments.tc("规章"), TestDocuments.tc("0"))))
                .replacingOccurrences(of: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#, with: ""))\
            </pkg:xmlData></pkg:part>
            <pkg:part pkg:name="/word/footer1.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml">\
            <pkg:xmlData><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>— 1 —</w:t></w:r></w:p></w:ftr></pkg:xmlData></pkg:part>
            </pkg:package>
            """
        let document = try WordXMLExtractor.extract(Data(xml.utf8), path: "report.xml")
        #expect(document.lines == ["正文"])
        #expect(document.tables.map(\.texts) == [[["规章", "0"]]])
    }

    @Test func otherXMLIsRefusedByName() throws {
        let error = #expect(throws: ExtractError.self) {
            try WordXMLExtractor.extract(Data("<rss><channel/></rss>".utf8), path: "feed.xml")
        }
        #expect(error?.isUnsupported == true)
        #expect(error?.description.contains("<rss>") == true)
    }
}
