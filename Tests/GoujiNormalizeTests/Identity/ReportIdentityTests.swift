import GoujiModel
import Testing
@testable import GoujiNormalize

@Suite struct ReportIdentityTests {
    private func identity(_ lines: [String], documentTitle: String? = nil, path: String = "report.pdf") -> ReportIdentity {
        ReportIdentity(title: ReportTitle(lines: lines), lines: lines, documentTitle: documentTitle, path: path, headings: [])
    }

    @Test func aBrowsersPrintHeaderIsNoPartOfTheBody() {
        let read = identity(["12/7/26, 4:14 PM 平潭综合实验区2022年度政府信息公开工作年度报告", "一、总体情况"])
        #expect(read.body == "平潭综合实验区" && read.year == 2022)
        #expect(read.place?.code == "350128")
    }

    @Test func aBodyOnTheLineAboveTheTitle() {
        let read = identity(["淮安市洪泽区人民政府", "2024 年政府信息公开工作年度报告", "一、总体情况"])
        #expect(read.body == "淮安市洪泽区人民政府" && read.year == 2024 && read.place?.code == "320813")
    }

    @Test func aTitleOverTwoLines() {
        let read = identity(["宿迁市 2024 年度政府信息公开", "工作年度报告",
                             "本报告根据国务院办公厅关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知编制。"])
        #expect(read.body == "宿迁市" && read.year == 2024)
    }

    @Test func prosNamingTheTemplateIsNoTitle() {
        let read = identity(["国务院办公厅政府信息与政务公开办公室关于印发《中华", "人民共和国政府信息公开工作年度报告格式》的通知"])
        #expect(read.body == nil)
    }

    @Test func aLabelAndAWrapperAreNoPartOfTheBody() {
        #expect(identity(["标题：沭阳县发展和改革局2024年政府信息公开工作年度报告"]).body == "沭阳县发展和改革局")
        let wrapped = identity(["关于印发《宿迁市2024年政府信息公开工作年度报告》的通知"])
        #expect(wrapped.body == "宿迁市" && wrapped.year == 2024)
    }

    @Test func theSignatureGivesTheBodyAndThePublicationDateNotTheYear() {
        let read = identity(["政府信息公开工作年度报告", "本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。",
                             "六、其他需要报告的事项", "无。", "平潭综合实验区管理委员会", "2025年1月23日"])
        #expect(read.body == "平潭综合实验区管理委员会")
        #expect(read.year == 2024 && read.published == "2025-01-23")
        #expect(read.place?.code == "350128")
    }

    @Test func theDocumentsTitleThenTheFileName() {
        let lines = ["一、总体情况", "本报告中所列数据统计期限为2025年1月1日至12月31日。"]
        let fromProperty = identity(lines, documentTitle: "测试市2025年政府信息公开工作年度报告")
        #expect(fromProperty.body == "测试市" && fromProperty.year == 2025)
        let fromName = identity(lines, path: "/d/沭阳县发展和改革局2024年政府信息公开工作年度报告.pdf")
        #expect(fromName.body == "沭阳县发展和改革局" && fromName.place?.code == "321322")
        #expect(identity(lines, path: "/d/report-17.pdf").body == nil)
    }

    @Test func fullWidthAndSpacesAreFoldedAndTheNameAsPrintedIsKept() {
        let read = identity(["宿迁市 人民政府 ２０２４年政府信息公开工作年度报告"])
        #expect(read.body == "宿迁市人民政府" && read.bodyAsPrinted == "宿迁市 人民政府" && read.year == 2024)
    }

    @Test(arguments: [("2023年度北京市东城区人民政府信息公开工作年度报告", "北京市东城区人民政府", 2023, "110101"),
                      ("沭阳县发展和改革局政府信息公开工作年度报告（2024年度）", "沭阳县发展和改革局", 2024, "321322"),
                      ("宿迁市人民政府办公室2023年度政府信息公开工作报告", "宿迁市人民政府办公室", 2023, "321300"),
                      ("淮安市洪泽区2022年政府信息公开年报", "淮安市洪泽区", 2022, "320813")])
    func titlesWordedOtherwise(title: String, body: String, year: Int, code: String) {
        let read = identity([title, "一、总体情况"])
        #expect(read.body == body && read.year == year && read.place?.code == code)
    }

    @Test func aSignatureDatedInChineseNumerals() {
        let read = identity(["政府信息公开工作年度报告", "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。",
                             "淮安市洪泽区人民政府办公室", "二〇二四年一月二十三日"])
        #expect(read.body == "淮安市洪泽区人民政府办公室" && read.published == "2024-01-23" && read.year == 2023)
        #expect(SignatureBlock.arabicDate("二〇二五年十二月十日") == "2025年12月10日")
        #expect(SignatureBlock.arabicDate("二〇二五年十月三十一日") == "2025年10月31日")
    }

    @Test func aPagesTitleWithItsSiteAndSection() {
        let read = identity(["一、总体情况"], documentTitle: "平潭综合实验区2024年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会")
        #expect(read.body == "平潭综合实验区" && read.year == 2024)
    }
}
