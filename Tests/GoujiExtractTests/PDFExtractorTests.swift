import Foundation
import GoujiModel
import GoujiTestSupport
import Testing
@testable import GoujiExtract

@Suite("PDF extraction")
struct PDFExtractorTests {
    /// A PDF of samples/: three pages made by LibreOffice, 表三 ruled and across a page break.
    static let sample = PackageFiles.sample("suqian-2024.pdf").path

    func pages(_ path: String) throws -> [Page] {
        try Extractor().extract(path: path).blocks.compactMap { if case .page(let page) = $0 { return page } else { return nil } }
    }

    func reason(_ path: String) -> ExtractError.Reason? {
        do { _ = try Extractor().extract(path: path); return nil } catch { return error.reason }
    }

    @Test func readsEveryPageWithItsCharactersAndBorders() throws {
        let pages = try pages(Self.sample)
        #expect(pages.map(\.number) == [1, 2, 3])
        #expect(String(String.UnicodeScalarView(pages[0].glyphs.map(\.character))).contains("宿迁市人民政府"))
        #expect(pages[0].glyphs.allSatisfy { !$0.character.properties.isWhitespace && $0.fontSize > 0 })
        // 表三 fills page 2 with its borders: a line between each pair of its nine columns.
        #expect(pages[1].rulings.filter { $0.axis == .vertical && $0.end - $0.start > 200 }.count >= 9)
    }

    @Test func readsARotatedPageAsDisplayed() throws {
        let dir = try TemporaryDirectory()
        let rotated = dir.path("rotated.pdf")
        try qpdf(["--rotate=+90:1", Self.sample, rotated])
        let pages = try pages(rotated)
        #expect(pages[0].width > pages[0].height && pages[1].width < pages[1].height)
        #expect(pages[0].glyphs.allSatisfy { $0.box.x >= 0 && $0.box.maxX <= pages[0].width && $0.box.maxY <= pages[0].height })
        // Turned a quarter clockwise, the first line runs down the right side of the page.
        let first = pages[0].glyphs.prefix(5)
        #expect(first.allSatisfy { $0.box.x > pages[0].width / 2 } && first.map(\.box.y) == first.map(\.box.y).sorted())
    }

    @Test func anEncryptedPDFSaysSo() throws {
        let dir = try TemporaryDirectory()
        let locked = dir.path("locked.pdf")
        try qpdf(["--encrypt", "user-secret", "owner-secret", "256", "--", Self.sample, locked])
        #expect(reason(locked) == .encrypted("PDF"))
    }

    /// Content streams are inflated by zlib when Flate alone compresses them, and by poppler
    /// otherwise: the pages read the same either way, and through a decrypting stream.
    @Test(arguments: [["--stream-data=uncompress"], ["--object-streams=generate", "--compress-streams=y"],
                      ["--encrypt", "", "owner-secret", "256", "--"]])
    func pagesReadAlikeHoweverTheirContentIsStored(_ options: [String]) throws {
        let dir = try TemporaryDirectory()
        let original = Self.sample
        let stored = dir.path("stored.pdf")
        try qpdf(options + [original, stored])
        let (expected, read) = (try pages(original), try pages(stored))
        #expect(read.map(\.glyphs) == expected.map(\.glyphs))
        #expect(read.map(\.rulings) == expected.map(\.rulings))
    }

    @Test(arguments: [0.5, 0.02])
    func aTruncatedPDFIsCorrupt(keeping share: Double) throws {
        let dir = try TemporaryDirectory()
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.sample))
        let cut = dir.path("cut.pdf")
        try original.prefix(Int(Double(original.count) * share)).write(to: URL(fileURLWithPath: cut))
        guard case .corrupt(let why) = reason(cut) else { Issue.record("not reported corrupt"); return }
        #expect(!why.isEmpty)
    }

    @Test func noiseBehindAPDFHeaderIsCorrupt() throws {
        let dir = try TemporaryDirectory()
        var generator = SystemRandomNumberGenerator()
        let noise = Data("%PDF-1.4\n".utf8) + Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let path = dir.path("noise.pdf")
        try noise.write(to: URL(fileURLWithPath: path))
        guard case .corrupt = reason(path) else { Issue.record("not reported corrupt"); return }
    }

    @Test func aPageWithOnlyDrawingsHasNoTextLayer() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("scan.pdf")
        let pdf = MinimalPDF.drawing("0.5 w 72 72 m 300 300 l S 100 500 200 100 re f")
        try pdf.write(to: URL(fileURLWithPath: path))
        // Read by OCR, which finds no table in it; without OCR, it has no text to read.
        #expect(reason(path) == .noTableInScan(pages: 1))
        #expect(throws: ExtractError(path, .noTextLayer)) { try PDFExtractor.extract(pdf, path: path, ocr: false) }
    }

    @Test func aCJKFileNameOpens() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("宿迁 #2024 报告.pdf")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: path)
        #expect(try pages(path).count == 3)
    }

    // MARK: - Helpers

    /// Runs qpdf (Debian package qpdf), which the set-up script installs.
    func qpdf(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "qpdf \(arguments.joined(separator: " "))")
    }
}

/// Real PDFs of the evaluation cases (second tier).
@Suite(EvalCases.tier) struct PDFEvalCaseTests {
    func pages(_ name: String) throws -> [Page] {
        try PDFExtractorTests().pages(EvalCases.document(name).path)
    }

    func text(_ page: Page) -> String { String(String.UnicodeScalarView(page.glyphs.map(\.character))) }

    @Test func aWPSMadeReportHasBordersOnlyAroundItsTables() throws {
        let pages = try pages("huaian-hongze-2023.pdf")
        #expect(pages.map(\.number) == [1, 2, 3, 4, 5])
        #expect(text(pages[0]).contains("洪泽区人民政府"))
        // 表三 stands on page 3 with its borders; page 1 is prose, with no line drawn.
        #expect(pages[2].rulings.filter { $0.axis == .vertical && $0.end - $0.start > 200 }.count >= 9)
        #expect(pages[0].rulings.isEmpty)
    }

    @Test func keepsFullWidthDigits() throws {
        #expect(try pages("var-011-suqian-2024.pdf").contains { text($0).contains("２６７６４７４") })
    }
}

/// A one-page PDF whose content only draws, as a scan without OCR has no text.
enum MinimalPDF {
    static func drawing(_ content: String) -> Data {
        HandWrittenPDF.document([
            HandWrittenPDF.object("<< /Type /Catalog /Pages 2 0 R >>"),
            HandWrittenPDF.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            HandWrittenPDF.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>"),
            HandWrittenPDF.stream("", Data(content.utf8)),
        ])
    }
}
