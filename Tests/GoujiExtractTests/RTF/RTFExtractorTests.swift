import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiExtract

/// RTF as Word and WPS write it (and offices save as .doc), written here.
@Suite struct RTFExtractorTests {
    /// Chinese text as Word writes it in an `\ansicpg936` document: GBK bytes as `\'hh`.
    func gbk(_ text: String) -> String {
        (text.data(using: TextDecoding.gb18030) ?? Data()).map { String(format: "\\'%02x", $0) }.joined()
    }

    func extract(_ rtf: String) -> ExtractedDocument {
        RTFExtractor.extract(Data(rtf.utf8), path: "report.doc")
    }

    @Test func paragraphsInTheDocumentsCodePageWithTabsAndUnprintedDestinationsSkipped() {
        let document = extract(#"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 "# + gbk("宋体") + #";}{\f1\fswiss\fcharset0 Arial;}}"#
            + #"{\colortbl;\red0\green0\blue0;}{\*\generator Microsoft Word;}{\info{\title "# + gbk("标题") + "}}\n"
            + #"{\header\pard\plain "# + gbk("页眉") + #"\par}"# + "\n"
            + #"\pard\plain\f0 "# + gbk("一、总体情况") + #"\par"# + "\n"
            + #"\pard\f0 "# + gbk("规章") + #"\tab\f1 12\line\f0 "# + gbk("第二行") + #"\par"# + "\n"
            + #"{\*\unknowndestination secret}\pard\u25968?\u-28209?\par}"#)
        #expect(document.source.kind == .rtf)
        #expect(document.lines == ["一、总体情况", "规章\t12", "第二行", "数量"])
        #expect(document.tables.isEmpty)
    }

    @Test func tablesWithMergesFieldResultsAndTrackedDeletions() throws {
        let document = extract(#"{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 SimSun;}}\f0 "#
            + #"\pard "# + gbk("三、收到和处理") + #"\par"# + "\n"
            + #"\trowd\trgaph108\clvmgf\cellx2000\cellx4000\clmgf\cellx6000\clmrg\cellx8000"# + "\n"
            + #"\pard\intbl "# + gbk("三、本年度") + #"\par "# + gbk("办理结果") + #"\cell 1\cell 2\cell \cell"#
            + #"{\trowd\clvmgf\cellx2000\cellx4000\clmgf\cellx6000\clmrg\cellx8000\row}"# + "\n"
            + #"\trowd\clvmrg\cellx2000\cellx4000\cellx6000\cellx8000"# + "\n"
            + #"\pard\intbl \cell {\field{\*\fldinst SUM(LEFT)}{\fldrslt 3}}\cell {\deleted 34}31\cell {\v 9}\cell\row"# + "\n"
            + #"\pard "# + gbk("四、行政复议") + #"\par}"#)
        #expect(document.outline == ["三、收到和处理", "table 1", "四、行政复议"])
        let table = try #require(document.tables.first)
        #expect(table.layout == [["三、本年度\n办理结果", "1", "2[c2]"], ["[^]", "3", "31", ""]])
        #expect(table.rows[0][2].location == .tableCell(table: 1, row: 1, column: 3))
    }

    @Test func aDocThatIsRTFIsReadAsRTF() throws {
        let folder = try TemporaryDirectory()
        let path = try TestDocuments.file("report.doc", Data((#"{\rtf1\ansi\ansicpg936 "# + gbk("正文") + #"\par}"#).utf8), in: folder)
        let document = try Extractor().extract(path: path)
        #expect(document.source.kind == .rtf)
        #expect(document.lines == ["正文"])
    }
}
