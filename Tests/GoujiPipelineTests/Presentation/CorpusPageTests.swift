import Foundation
import Testing
import GoujiLoad
import GoujiModel
import GoujiTestSupport
@testable import GoujiPipeline

@Suite struct CorpusPageTests {
    private func page() throws -> String {
        CorpusPage.html(try CorpusFixtures.corpus().overview(), corpus: "out/corpus.sqlite", generated: "today")
    }

    @Test func showsTheFlaggedReportWithItsFailingEquation() throws {
        let html = try page()
        let start = try #require(html.range(of: #"<section id="flagged">"#))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        let flagged = html[start.upperBound..<end.lowerBound]
        #expect(flagged.contains("hongze-2024.txt"))
        #expect(flagged.contains("<td>t3.flow</td><td>t3 column total</td><td class=\"n\">45</td><td class=\"n\">44</td>"
            + "<td class=\"n\">-1</td><td>t3[new, total]</td>"))
        #expect(flagged.contains("本年新收＋上年结转≠总计"))
        // The balanced report is counted, not listed among the flagged.
        #expect(!flagged.contains("tiantan-2024.txt"))
    }

    @Test func balancedReportsWithWarningsHaveTheirOwnSection() throws {
        let html = try page()
        let start = try #require(html.range(of: #"<section id="warned">"#))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        let warned = html[start.upperBound..<end.lowerBound]
        #expect(warned.contains("tiantan-2024.txt") && !warned.contains("hongze-2024.txt"))
        #expect(warned.contains("<td>corpus.carry</td><td>t3[carried_over, total]</td><td class=\"n\">5</td>"))
    }

    @Test func countsStatusesAndChartsThemInlineSVG() throws {
        let html = try page()
        #expect(html.contains(#"<tr class="ok"><td>ok</td><td class="n">1</td></tr>"#))
        #expect(html.contains(#"<tr class="unbalanced"><td>unbalanced</td><td class="n">1</td></tr>"#))
        #expect(html.contains(#"<tr class="failed"><td>failed</td><td class="n">1</td></tr>"#))
        // Reports by status, failing equations by the size of their difference, new applications.
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        // The chart of new applications has a bar per region and year, the larger one the longer.
        #expect(html.contains("江苏省淮安市洪泽区 2024</text>"))
        #expect(html.contains(">43</text>") && html.contains(">12</text>"))
    }

    @Test func totalsPerRegionAndYear() throws {
        let html = try page()
        #expect(html.contains(#"<tr><td>北京市东城区</td><td>2024</td><td class="n">1</td><td class="n">0</td><td class="n">12</td><td class="n">2</td>"#))
    }

    @Test func selfContainedAndEscaped() throws {
        let html = try page()
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        #expect(html.contains("new + carried over &lt;&gt; total"))
        #expect(html.contains("scanned PDF &lt;no text layer&gt;"))
        #expect(!html.contains("<no text layer>"))
    }

    /// The section between `<section id="name">` and its end.
    private func section(_ name: String, of html: String) throws -> Substring {
        let start = try #require(html.range(of: "<section id=\"\(name)\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return html[start.upperBound..<end.lowerBound]
    }

    @Test func aFailingEquationIsRedrawnFromItsCellsWithTheSuspectMarked() throws {
        let flagged = try section("flagged", of: try page())
        let evidence = try #require(flagged.range(of: "<table class=\"evidence\" data-rule=\"t3.flow\">"))
        let table = flagged[evidence.lowerBound...].prefix { _ in true }.components(separatedBy: "</table>")[0]
        // The flow runs down the 总计 column: 本年新收 and 上年结转 summed, 总计 and 结转下年度 printed.
        #expect(table.contains("<th>总计 total</th>"))
        #expect(table.contains("<th>本年新收政府信息公开申请数量 new</th><td class=\"part suspect\" title=\"t3[new, total] · line 10\">43</td>"))
        #expect(table.contains("<th>上年结转政府信息公开申请数量 carried_over</th><td class=\"part\" title=\"t3[carried_over, total] · line 11\">2</td>"))
        // Cells the corpus does not hold are shown missing, not made up.
        #expect(table.contains("<td class=\"whole missing\" title=\"t3[total, total] not read\">?</td>"))
        #expect(table.contains("<td class=\"whole missing\" title=\"t3[carried_forward, total] not read\">?</td>"))
    }

    @Test func ratesSayHowOftenReportsFailWithTheirCounts() throws {
        let rates = try section("rates", of: try page())
        #expect(rates.contains("Of the reports read: 1 of 2 (50.0%) unbalanced, 0 of 2 (0.0%) needing review."))
        #expect(rates.contains("<tr><td>江苏省淮安市洪泽区</td><td>2024</td><td class=\"n\">1</td><td class=\"n\">1 of 1 (100.0%)</td>"))
        #expect(rates.contains("<tr><td>t3.flow</td><td class=\"n\">1 of 2 (50.0%)</td></tr>"))
        #expect(rates.contains("<tr><td>t3.flow [total]</td><td class=\"n\">1</td></tr>"))
        #expect(rates.contains("Failing equations by the size of the difference"))
    }
}

/// A PDF's failing equation shown on its page: samples/suqian-2024.pdf as read, given a failing flow.
@Suite struct CorpusPageCropTests {
    private func page(path: String) throws -> String {
        let sample = PackageFiles.sample("suqian-2024.pdf").path
        var outcome = Pipeline().process(path: sample)
        outcome.source.path = path
        outcome.status = .unbalanced
        outcome.findings = [Finding(rule: "t3.flow", severity: .error, table: .t3, column: "total", expected: 3640,
                                    found: 3646, suspect: "t3[new, total]: 3525 printed, 3519 would balance",
                                    message: "made up for the test", messageZh: "测试")]
        let corpus = try Corpus()
        try corpus.load(outcome, sha256: "a", size: 1)
        return CorpusPage.html(try corpus.overview(), corpus: "c", generated: "now", crops: PageCrops())
    }

    @Test func theBandOfEachPageHoldingTheCellsIsInlinedAndMarked() throws {
        let html = try page(path: PackageFiles.sample("suqian-2024.pdf").path)
        // 表三 crosses a page: 本年新收 and 上年结转 stand on page 1, 总计 and 结转下年度 on page 2.
        #expect(html.components(separatedBy: "<div class=\"crop\"").count - 1 == 2)
        let source = try #require(html.firstMatch(of: /src="data:image\/png;base64,([^"]+)"/))
        let png = try #require(Data(base64Encoded: String(source.output.1)))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A4 at 96 dpi is 794 pixels wide; the band is a strip of it.
        let band = PageCrops.Band(png: png, top: 0, scale: 1)
        #expect(band.width == 794 && band.height > 40 && band.height < 400)
        #expect(html.contains(#"<span class="mark part suspect" title="t3[new, total]""#))
        #expect(html.contains(#"<span class="mark whole" title="t3[carried_forward, total]""#))
    }

    @Test func aFileMovedSinceItWasReadStillHasItsCellsAndSaysThePictureIsMissing() throws {
        let html = try page(path: "/nowhere/suqian-2024.pdf")
        #expect(!html.contains("<div class=\"crop\""))
        #expect(html.contains("No picture of page 1: /nowhere/suqian-2024.pdf cannot be rendered"))
        #expect(html.contains(#"<table class="evidence" data-rule="t3.flow">"#))
    }
}
