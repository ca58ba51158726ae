import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiExtract

/// A scanned page without a table is read for its opening and closing lines only: a report's
/// title, which says whose report it is and of which year, and its signature and date. The
/// fixture is the first 12 lines of samples/hongze-2024.txt (its title and opening narrative)
/// as LibreOffice prints them (`soffice --headless --convert-to pdf`), scanned by
/// scripts/make-scans.sh (`--dpi 150 --rotate 0.4 --quality 35`). After a page that held a
/// table, its opening lines of figures set as columns are read too: tiantan-2024-page-top-150dpi.pdf
/// (scripts/make-borderless-scan.sh) opens with the last two figures of a row of 表四.
@Suite struct ScanEdgesTests {
    static let scans = PackageFiles.root.appendingPathComponent("Tests/GoujiPipelineTests/Fixtures/scans")

    private func glyphs(_ scan: String, opening: Int = 0, closing: Int = 0, continuing: Bool = false) throws -> [Glyph] {
        let document = try PDFDocument(data: Data(contentsOf: Self.scans.appendingPathComponent(scan)))
        let page = try document.page(at: 0)
        let image = try #require(document.image(at: 0, dpi: PDFExtractor.ocrDPI))
        return try ScanReader.forThisThread().read(image, page: 1, width: page.width, height: page.height,
                                                   opening: opening, closing: closing, continuing: continuing).page.glyphs
    }

    private func read(opening: Int, closing: Int) throws -> String {
        String(String.UnicodeScalarView(try glyphs("hongze-2024-opening-150dpi.pdf", opening: opening, closing: closing).map(\.character)))
    }

    /// The figures a row ran on with at the next page's top are read as a table's cells are,
    /// each where it stands (a lone 1 read in a line is read as 工); the prose under them is not.
    @Test func theFiguresOpeningAPageAfterATableAreRead() throws {
        let top = try glyphs("tiantan-2024-page-top-150dpi.pdf", continuing: true)
        #expect(top.map(\.character) == ["1", "1"], "\(top.map(\.character))")
        #expect(top.count == 2 && top[1].box.x - top[0].box.maxX > 3 * top[0].fontSize)
        #expect(try glyphs("tiantan-2024-page-top-150dpi.pdf").isEmpty)
        // A page of prose opens with no figures: nothing more is read.
        #expect(try glyphs("hongze-2024-opening-150dpi.pdf", continuing: true).isEmpty)
    }

    @Test func theTitleOfAPageWithoutATableIsRead() throws {
        let title = try read(opening: PDFExtractor.titleLines, closing: 0)
        #expect(title.contains("2024年政府信息公开工作年度报告"), "\(title)")
        // The narrative below is left alone.
        #expect(!title.contains("总体情况") && title.count < 50, "\(title)")
        #expect(try read(opening: 0, closing: 0).isEmpty)
    }

    /// The closing lines are the page's last: here the end of its narrative, not its title.
    @Test func theClosingLinesAreThePagesLast() throws {
        let closing = try read(opening: 0, closing: 1)
        #expect(closing.contains("标识化处理") && !closing.contains("年度报告"), "\(closing)")
    }
}
