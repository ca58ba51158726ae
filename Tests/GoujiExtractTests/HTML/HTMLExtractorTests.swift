import Foundation
import Testing
import GoujiModel
@testable import GoujiExtract

/// Web pages as government sites publish them, written here.
@Suite struct HTMLExtractorTests {
    func extract(_ html: String) throws -> ExtractedDocument {
        try HTMLExtractor.extract(Data(html.utf8), path: "page.html")
    }

    @Test func aGBKPageIsDecodedWhateverItsBytesSay() throws {
        let html = #"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>三、收到和处理政府信息公开申请情况</p></body></html>"#
        let bytes = try #require(html.data(using: TextDecoding.gb18030))
        #expect(String(data: bytes, encoding: .utf8) == nil)
        let document = try HTMLExtractor.extract(bytes, path: "gbk.html")
        #expect(document.lines == ["三、收到和处理政府信息公开申请情况"])
        #expect(document.source.encoding == "GB18030 (declared gb2312)")
    }

    @Test func aPageDeclaringGBKButSavedAsUTF8IsReadAsUTF8() throws {
        let document = try extract(#"<html><head><meta charset="gbk"></head><body><p>总计</p></body></html>"#)
        #expect(document.lines == ["总计"])
        #expect(document.source.encoding == "UTF-8 (declared gbk)")
    }

    @Test func wordPastedSoupGivesPlainCellText() throws {
        let document = try extract("""
            <table class=MsoNormalTable border=1>
            <tr><td width=100 rowspan=2 style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center>\
            <span lang=EN-US style='font-size:10.5pt'><font face="宋体">三、本年度</font><o:p></o:p></span></p>\
            <p class=MsoNormal><span>办理结果</span></p></td>
            <td colspan=2><p class=MsoNormal><span>&nbsp;(一)予以公开&nbsp;</span><o:p>&nbsp;</o:p></p></td></tr>
            <tr><td><span style='mso-bidi-font-size:10.5pt'>2</span><span>1</span></td><td>&nbsp;</td></tr>
            </table>
            """)
        let table = try #require(document.tables.first)
        #expect(table.layout == [["三、本年度\n办理结果[r2]", "(一)予以公开[c2]"], ["21", ""]])
        #expect(table.rows[1][1].location == .tableCell(table: 1, row: 2, column: 2))
    }

    @Test func headerCellsAndLineBreaksInsideThem() throws {
        let document = try extract("""
            <table><thead><tr><th rowspan="2">行政复议</th><th>结果<br/>纠正</th><th colspan=" 0 ">x</th></tr></thead>
            <tbody><tr><td>1</td><td>2</td></tr></tbody></table>
            """)
        #expect(try #require(document.tables.first).layout == [["行政复议[r2]", "结果\n纠正", "x"], ["1", "2"]])
    }

    @Test func layoutTablesGiveTheirNarrativeAsLinesAndTheirDataTablesAsTables() throws {
        let document = try extract("""
            <html><head><title>站点</title><style>td{}</style><script>var x = "<table>";</script></head><body>
            <table class="main"><tr>
              <td class="side"><ul><li><a href="/">首页</a></li><li>政务公开</li></ul></td>
              <td><div class="title">2023年政府信息公开工作年度报告</div>
                <p>二、主动公开<span style="display: none">隐藏</span>政府信息情况</p>
                <table border=1><tr><td>规章</td><td>0</td></tr><tr><td>行政规范性文件</td><td>3</td></tr></table>
                <p>三、收到和处理政府信息公开申请情况</p>
              </td></tr></table>
            </body></html>
            """)
        #expect(document.outline == ["首页", "政务公开", "2023年政府信息公开工作年度报告", "二、主动公开政府信息情况",
                                     "table 2", "三、收到和处理政府信息公开申请情况"])
        #expect(document.tables.first?.texts == [["规章", "0"], ["行政规范性文件", "3"]])
    }

    @Test func whiteSpaceCollapsesAsInABrowserAndBreaksWhereItBreaks() throws {
        let document = try extract("<body>  一、总体\n   情况 <br>第二行&nbsp;&nbsp;末<div>块</div>尾</body>")
        #expect(document.lines == ["一、总体 情况", "第二行  末", "块", "尾"])
    }

    @Test func wordsConditionalMarkersAndColumnWidthRowLeaveNoTrace() throws {
        let document = try extract("""
            <p class=MsoListParagraph><![if !supportLists]><span>1.<span>&nbsp; </span></span><![endif]>予以公开</p>
            <table border=1><tr><td>规章</td><td>0</td></tr><tr style="display:none"><td>隐藏</td><td>9</td></tr>
            <![if !supportMisalignedColumns]><tr height=0><td width=64></td><td width=64></td></tr><![endif]></table>
            """)
        #expect(document.lines == ["1.  予以公开"])
        #expect(document.tables.map(\.texts) == [[["规章", "0"]]])
    }

    @Test func preformattedTextKeepsItsLinesAndSpacing() throws {
        let document = try extract("<p>表四</p><pre>\n行政复议\t\t行政诉讼  \n结果维持  结果纠正<br>1\t0\n\n</pre><p>五、</p>")
        #expect(document.lines == ["表四", "行政复议\t\t行政诉讼", "结果维持  结果纠正", "1\t0", "五、"])
    }

    @Test func aCaptionIsAHeadingBeforeItsTable() throws {
        let document = try extract("<table><caption>表三</caption><tr><td>a</td><td>1</td></tr></table>")
        #expect(document.outline == ["表三", "table 1"])
    }

    @Test func absurdNestingIsRefused() throws {
        let html = "<body>" + String(repeating: "<div>", count: 5_000) + "x" + String(repeating: "</div>", count: 5_000) + "</body>"
        let error = #expect(throws: ExtractError.self) { try extract(html) }
        #expect(error?.description.contains("nested") == true)
    }
}
