import Foundation
import GoujiTestSupport
import Testing

/// Who, where and when through the built `gouji`.
@Suite struct IdentityCommandTests {
    /// A report whose title writes its year in digits of another script (issue 22, defect 1).
    private func report(year: String, named name: String, in folder: TemporaryDirectory) throws -> String {
        let text = ["某区\(year)年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", Fixtures.t3Header,
                    Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 1)])].joined(separator: "\n")
        let path = folder.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aYearInOtherDigitsIsAnsweredByCheckAndRun() throws {
        let folder = try TemporaryDirectory()
        let paths = [try report(year: "20٢٤", named: "arabic-indic.txt", in: folder),
                     try report(year: "20𝟐𝟒", named: "mathematical.txt", in: folder)]
        let check = try GoujiCommand.run(["check"] + paths)
        #expect(check.status == 1, "\(check.error)")
        #expect(check.output.contains("the year the report covers not found"))
        let run = try GoujiCommand.run(["run", "--input", paths[0], "--input", paths[1], "--sqlite", folder.path("c.sqlite"),
                                        "--csv", folder.path("csv")])
        #expect(run.status == 1, "\(run.error)")
        let reports = try String(contentsOfFile: folder.path("csv/reports.csv"), encoding: .utf8)
        #expect(reports.components(separatedBy: ",needs_review,").count == 3)
    }

    @Test func reportsCSVPlacesTheSamplesBodies() throws {
        let folder = try TemporaryDirectory()
        _ = try CommandTests.runOnSamples(into: folder)
        let rows = try CommandTests.lines(folder.path("csv/reports.csv"))
        #expect(rows[0].contains(",region_code,province,city,county,township,level,body_printed,published,place_note"))
        func row(_ name: String) -> Substring? { rows.first { $0.hasPrefix(name + ",") } }
        #expect(row("pingtan-2024.html")?.contains(",350128,福建省,福州市,平潭县,,county,") == true)
        #expect(row("hongze-2024.txt")?.contains(",320813,江苏省,淮安市,洪泽区,,county,") == true)
        #expect(row("suqian-2024.pdf")?.contains(",321300,江苏省,宿迁市,,,city,") == true)
        #expect(row("tiantan-2024.txt")?.contains(",419001,河南省,,济源市,天坛街道,township,") == true)
    }
}
