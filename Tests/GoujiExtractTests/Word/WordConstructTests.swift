import Foundation
import Testing
import GoujiModel
@testable import GoujiExtract

/// Each Word construct the reports use, in a small DOCX written here.
@Suite struct WordConstructTests {
    typealias T = TestDocuments

    func extract(_ body: String) throws -> ExtractedDocument {
        try DocxExtractor.extract(try T.docx(T.documentXML(body)), path: "test.docx")
    }

    @Test func paragraphsKeepTabsAndBreaksAndNumberTheirLines() throws {
        let document = try extract("""
            <w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>
            <w:p><w:r><w:t>规章</w:t><w:tab/><w:t>12</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>
            <w:p/>
            """)
        #expect(document.source.kind == .docx)
        #expect(document.lines == ["一、总体情况", "规章\t12", "第二行", ""])
        let locations = document.blocks.compactMap { if case .text(let line) = $0 { return line.location } else { return nil } }
        #expect(locations == [.line(1), .line(2), .line(2), .line(3)])
    }

    @Test func gridSpanAndVerticalMergeBecomeSpans() throws {
        let document = try extract(T.tbl(
            T.tr(T.tc("申请人情况", #"<w:gridSpan w:val="2"/>"#), T.tc("总计", #"<w:vMerge w:val="restart"/>"#)),
            T.tr(T.tc("自然人"), T.tc("法人"), T.tc("", "<w:vMerge/>")),
            T.tr(T.tc("3"), T.tc("4"), T.tc("7"))
        ))
        let table = try #require(document.tables.first)
        #expect(table.layout == [["申请人情况[c2]", "总计"], ["自然人", "法人", "[^]"], ["3", "4", "7"]])
        #expect(table.rows[0][1].location == .tableCell(table: 1, row: 1, column: 3))
        #expect(table.rows[1][2].location == .tableCell(table: 1, row: 2, column: 3))
    }

    @Test func gridBeforeAndAfterAddEmptyCells() throws {
        let document = try extract(T.tbl(
            T.tr(T.tc("a"), T.tc("b"), T.tc("c")),
            #"<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>"# + T.tc("middle") + "</w:tr>"
        ))
        let table = try #require(document.tables.first)
        #expect(table.texts == [["a", "b", "c"], ["", "middle", ""]])
        #expect(table.rows[1].map(\.location) == (1...3).map { .tableCell(table: 1, row: 2, column: $0) })
    }

    @Test func legacyHorizontalMergeWidensTheCellBefore() throws {
        let document = try extract(T.tbl(
            T.tr(T.tc("合计", #"<w:hMerge w:val="restart"/>"#), T.tc("", "<w:hMerge/>"), T.tc("9")),
            T.tr(T.tc("a"), T.tc("b"), T.tc("c"))
        ))
        #expect(try #require(document.tables.first).layout == [["合计[c2]", "9"], ["a", "b", "c"]])
    }

    @Test func contentControlsAreReadThroughAtEveryLevel() throws {
        func sdt(_ content: String) -> String { "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>\(content)</w:sdtContent></w:sdt>" }
        let document = try extract(
            sdt(T.p("正文在控件里"))
            + T.tbl(
                sdt(T.tr(T.tc("行控件"), T.tc("1"))),
                T.tr(sdt(T.tc("单元格控件")), T.tc("2")),
                T.tr(T.tc("运行控件"), "<w:tc><w:p>" + sdt("<w:r><w:t>3</w:t></w:r>") + "</w:p></w:tc>")
            ))
        #expect(document.lines == ["正文在控件里"])
        #expect(try #require(document.tables.first).texts == [["行控件", "1"], ["单元格控件", "2"], ["运行控件", "3"]])
    }

    @Test func aContentControlShowingItsPlaceholderIsEmpty() throws {
        let placeholder = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>单击此处输入文字</w:t></w:r></w:sdtContent></w:sdt>"
        let document = try extract(T.tbl(T.tr(T.tc("规章"), "<w:tc><w:p>\(placeholder)</w:p></w:tc>")))
        #expect(try #require(document.tables.first).texts == [["规章", ""]])
    }

    @Test func trackedChangesAreAccepted() throws {
        let document = try extract(T.tbl(
            T.tr(T.tc("予以公开"), """
                <w:tc><w:p><w:del w:id="1" w:author="x"><w:r><w:delText>34</w:delText></w:r></w:del>\
                <w:ins w:id="2" w:author="x"><w:r><w:t>31</w:t></w:r></w:ins></w:p></w:tc>
                """),
            #"<w:tr><w:trPr><w:del w:id="3" w:author="x"/></w:trPr>"# + T.tc("删掉的行") + T.tc("0") + "</w:tr>",
            T.tr(T.tc("其他"), T.tc("5"))
        ))
        #expect(try #require(document.tables.first).texts == [["予以公开", "31"], ["其他", "5"]])
    }

    @Test func fieldResultsStayAndInstructionsGo() throws {
        let document = try extract(T.tbl(T.tr(
            T.tc("总计"),
            #"<w:tc><w:p><w:fldSimple w:instr=" =SUM(LEFT) "><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p></w:tc>"#,
            """
            <w:tc><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>=SUM(LEFT) \\# "0"</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:tc>
            """
        )))
        #expect(try #require(document.tables.first).texts == [["总计", "12", "7"]])
    }

    @Test func nestedFieldInstructionsPrintNothingButTheirResult() throws {
        func run(_ inner: String) -> String { "<w:r>\(inner)</w:r>" }
        let document = try extract("<w:p>" + run("<w:t>共</w:t>") + run(#"<w:fldChar w:fldCharType="begin"/>"#)
            + run("<w:instrText>IF </w:instrText>") + run(#"<w:fldChar w:fldCharType="begin"/>"#)
            + run("<w:instrText>MERGEFIELD n</w:instrText>") + run(#"<w:fldChar w:fldCharType="separate"/>"#)
            + run("<w:t>74</w:t>") + run(#"<w:fldChar w:fldCharType="end"/>"#) + run("<w:instrText> > 0 </w:instrText>")
            + run(#"<w:fldChar w:fldCharType="separate"/>"#) + run("<w:t>75</w:t>") + run(#"<w:fldChar w:fldCharType="end"/>"#)
            + run("<w:t>件</w:t>") + "</w:p>")
        #expect(document.lines == ["共75件"])
    }

    @Test func hiddenRunsAreNotPrinted() throws {
        let document = try extract("""
            <w:p><w:r><w:t>予以公开</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>            <w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>21</w:t></w:r></w:p>
            """)
        #expect(document.lines == ["予以公开21"])
    }

    @Test func aCellsParagraphsAreJoinedByNewlinesAndTrimmed() throws {
        let document = try extract(T.tbl(T.tr(
            "<w:tc>" + T.p(" 三、本年度 ") + "<w:p/>" + T.p("办理结果") + "</w:tc>", T.tc("1")
        )))
        #expect(try #require(document.tables.first).texts == [["三、本年度\n办理结果", "1"]])
    }

    @Test func aTableHoldingATableIsLayoutAndTheInnerTableComesOut() throws {
        let inner = T.tbl(T.tr(T.tc("规章"), T.tc("0")), T.tr(T.tc("行政规范性文件"), T.tc("3")))
        let document = try extract(T.p("标题") + T.tbl(
            T.tr("<w:tc>" + T.p("二、主动公开政府信息情况") + inner + T.p("三、收到和处理") + "</w:tc>", T.tc("侧栏"))
        ))
        #expect(document.outline == ["标题", "二、主动公开政府信息情况", "table 2", "三、收到和处理", "侧栏"])
        #expect(document.tables.map(\.texts) == [[["规章", "0"], ["行政规范性文件", "3"]]])
    }

    @Test func aOneColumnFrameIsLayout() throws {
        let document = try extract(T.tbl(T.tr(T.tc("一、总体情况")), T.tr(T.tc("正文"))))
        #expect(document.outline == ["一、总体情况", "正文"])
    }

    @Test func aTableInATextBoxIsReadOnceAfterItsAnchor() throws {
        let box = "<w:txbxContent>" + T.tbl(T.tr(T.tc("行政许可"), T.tc("10690"))) + "</w:txbxContent>"
        let document = try extract(T.p("二、主动公开") + """
            <w:p><w:r><w:t>锚</w:t></w:r><w:r><mc:AlternateContent>\
            <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>\(box)</wps:txbx>\
            </wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r></w:p>
            """ + T.p("三、"))
        #expect(document.outline == ["二、主动公开", "锚", "table 1", "三、"])
        #expect(document.tables.first?.texts == [["行政许可", "10690"]])
    }

    @Test func smartTagsHyperlinksAndSplitRunsReadAsOneText() throws {
        let document = try extract("""
            <w:p><w:r><w:t>本年</w:t></w:r><w:smartTag w:element="x"><w:r><w:t>新收</w:t></w:r></w:smartTag>\
            <w:hyperlink w:anchor="a"><w:r><w:t>申请</w:t></w:r></w:hyperlink><w:r><w:rPr><w:b/></w:rPr><w:t>74</w:t></w:r>\
            <w:r><w:noBreakHyphen/><w:t>件</w:t></w:r></w:p>
            """)
        #expect(document.lines == ["本年新收申请74-件"])
    }

    @Test func theMainPartIsFoundThroughThePackageRelationships() throws {
        let data = try T.docx(T.documentXML(T.p("正文")), mainPart: "word/document2.xml")
        #expect(try DocxExtractor.extract(data, path: "t.docx").lines == ["正文"])
    }
}
