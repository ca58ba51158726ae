import Foundation
import Testing
import GoujiModel
@testable import GoujiPipeline

/// Layouts that real reports use and the template does not: each read whole, every cell right.
@Suite struct LongTailLayoutTests {
    private func expectEveryCell(_ outcome: Outcome, blank: CellKey? = nil) throws {
        let report = try #require(outcome.report, "\(outcome.reason)")
        for (key, figure) in LayoutReports.expected {
            let read = report[key]
            #expect(read != nil && read?.number == (key == blank ? nil : figure), "\(key): read \(read?.raw ?? "nothing")")
        }
        #expect(outcome.status == .ok, "\(outcome.reason)")
    }

    @Test(arguments: [false, true])
    func markdownWithGenericHeadersAStrayHeaderRowAndTableFourInThreeParts(blocks: Bool) throws {
        let outcome = Pipeline().process(Data(LayoutReports.markdown(blocks: blocks).utf8), path: "report.md")
        try expectEveryCell(outcome, blank: LayoutReports.blankTotal)
    }

    @Test func aContentOnlyHTMLFragmentWithTableFourInThreeParts() throws {
        let html = LayoutReports.htmlFragment()
        try expectEveryCell(Pipeline().process(Data(html.utf8), path: "report.html"))
        let gb18030 = try #require(html.data(using: String.Encoding(rawValue: 0x8000_0632)))
        try expectEveryCell(Pipeline().process(gb18030, path: "report.html"))
    }

    /// The header printed again in the middle of 表三, away from any page break.
    @Test(arguments: [1, 7, 20])
    func tableThreesHeaderRepeatedInsideIt(at row: Int) throws {
        try expectEveryCell(Pipeline().process(Data(LayoutReports.htmlFragment(repeatingHeaderAt: row).utf8), path: "report.html"))
    }
}
