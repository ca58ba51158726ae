import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiExtract

/// A scanned page without a table is read for its opening and closing lines only: a report's
/// title, which says whose report it is and of which year, and its signature and date. The
/// fixture is the first 12 lines of samples/hongze-2024.txt (its title and opening narrative)
/// as LibreOffice prints them (`soffice --headless --convert-to pdf`), scanned by
/// scripts/make-scans.sh (`--dpi 150 --rotate 0.4 --quality 35`).
@Suite struct ScanEdgesTests {
    static let scan = PackageFiles.root.appendingPathComponent("Tests/GoujiPipelineTests/Fixtures/scans/hongze-2024-opening-150dpi.pdf")

    private func read(opening: Int, closing: Int) throws -> String {
        let document = try PDFDocument(data: Data(contentsOf: Self.scan))
        let page = try document.page(at: 0)
        let image = try #require(document.image(at: 0, dpi: PDFExtractor.ocrDPI))
        let read = try ScanReader.forThisThread().read(image, page: 1, width: page.width, height: page.height, opening: opening, closing: closing)
        return String(String.UnicodeScalarView(read.page.glyphs.map(\.character)))
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
