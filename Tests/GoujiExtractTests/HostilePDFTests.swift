import Foundation
import GoujiModel
import GoujiTestSupport
import Testing
@testable import GoujiExtract

/// PDFs made to cost memory or time, written byte by byte: each is answered quickly, with its reason.
@Suite struct HostilePDFTests {
    /// One page: a line of text, then `contents` (references to object 6, a Flate stream of `spaces` spaces).
    private func page(spaces: Int, times: Int, pageCount: Int = 1) -> Data {
        let contents = "[5 0 R" + String(repeating: " 6 0 R", count: times) + "]"
        return HandWrittenPDF.document([
            HandWrittenPDF.object("<< /Type /Catalog /Pages 2 0 R >>"),
            HandWrittenPDF.object("<< /Type /Pages /Kids [3 0 R] /Count \(pageCount) >>"),
            HandWrittenPDF.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(contents) "
                                  + "/Resources << /Font << /F 4 0 R >> >> >>"),
            HandWrittenPDF.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            HandWrittenPDF.stream("", Data("BT /F 12 Tf 72 700 Td (Annual report 2024) Tj ET".utf8)),
            HandWrittenPDF.stream("/Filter /FlateDecode", Deflate.repeating(0x20, count: spaces)),
        ])
    }

    private func outcome(_ pdf: Data) -> Result<ExtractedDocument, ExtractError> {
        Result { () throws(ExtractError) in try PDFExtractor.extract(pdf, path: "/in/hostile.pdf") }
    }

    private func peakMB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// 60 MB of spaces in a 380 KB stream, named 100 times: 6 GB if each copy were kept.
    @Test func aStreamNamedManyTimesIsRefusedQuicklyInBoundedMemory() throws {
        let pdf = page(spaces: 60 << 20, times: 100)
        #expect(pdf.count < 500_000)
        let before = peakMB(), started = Date()
        let result = outcome(pdf)
        #expect(Date().timeIntervalSince(started) < 10)
        // The process's peak, which tests running beside this one raise too: each copy kept took 5 GB and more.
        #expect(peakMB() - before < 600, "peak grew from \(before) MB to \(peakMB()) MB")
        #expect(throws: ExtractError("/in/hostile.pdf", .tooLarge("page 1 of 1's content inflates to over 64 MB"))) {
            try result.get()
        }
    }

    /// One stream past the limit is refused too, rather than left to poppler to read for minutes.
    @Test func aSingleStreamOverTheLimitIsRefused() throws {
        #expect(throws: ExtractError("/in/hostile.pdf", .tooLarge("page 1 of 1's content inflates to over 64 MB"))) {
            try outcome(page(spaces: 70 << 20, times: 1)).get()
        }
    }

    /// Under the limit, all together, the page is read.
    @Test func aPageUnderTheLimitIsRead() throws {
        let document = try outcome(page(spaces: 5 << 20, times: 10)).get()
        guard case .page(let page) = try #require(document.blocks.first) else { Issue.record("not a page"); return }
        #expect(String(String.UnicodeScalarView(page.glyphs.map(\.character))) == "Annualreport2024")
    }

    /// A page tree that counts two pages and holds one: the second page is missing, and the file says so
    /// rather than passing for a one-page report.
    @Test func aMissingPageIsAnError() throws {
        #expect(throws: ExtractError("/in/hostile.pdf", .corrupt("page 2 of 2 is missing from its page tree: the file is damaged"))) {
            try outcome(page(spaces: 10, times: 1, pageCount: 2)).get()
        }
    }

    // MARK: - Forms

    private func text(of pdf: Data) throws -> String {
        let document = try outcome(pdf).get()
        return document.blocks.map { block in
            guard case .page(let page) = block else { return "" }
            return String(String.UnicodeScalarView(page.glyphs.map(\.character)))
        }.joined()
    }

    /// Forms that each draw the next twice, 20 deep: a million drawings, minutes of poppler's work, stopped at
    /// the page's limit.
    @Test func formsDrawingEachOtherExponentiallyAreRefusedQuickly() throws {
        let started = Date()
        #expect(throws: ExtractError("/in/hostile.pdf", .tooLarge(
            "page 1 of 1 draws forms (XObjects), counting their fonts, over \(PDFDocument.pageFormLimit) times"))) {
            try outcome(HandWrittenPDF.nestedForms(depth: 20)).get()
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// Each page under the page's limit, the document over its own: 2,047 forms and 1,024 fonts a page.
    @Test func pagesOfFormsAreRefusedPastTheDocumentsLimit() throws {
        let perPage = 2047 + 1024
        let pages = PDFDocument.documentFormLimit / perPage + 1
        #expect(throws: ExtractError("/in/hostile.pdf", .tooLarge(
            "its pages up to \(pages) draw forms (XObjects), counting their fonts, over \(PDFDocument.documentFormLimit) times"))) {
            try outcome(HandWrittenPDF.nestedForms(depth: 11, pages: pages)).get()
        }
        #expect(try text(of: HandWrittenPDF.nestedForms(depth: 11, pages: pages - 1)).hasPrefix("A1"))
    }

    @Test func formsNestedTooDeepAreRefused() throws {
        #expect(throws: ExtractError("/in/hostile.pdf", .tooLarge(
            "page 1 of 1 nests forms (XObjects) more than \(PDFDocument.formDepthLimit) deep"))) {
            try outcome(HandWrittenPDF.nestedForms(depth: PDFDocument.formDepthLimit + 1, copies: 1)).get()
        }
        #expect(try text(of: HandWrittenPDF.nestedForms(depth: PDFDocument.formDepthLimit, copies: 1)) == "A1")
    }

    /// A form's content counts in the page's, each time it is drawn: 40 MB of spaces drawn twice is over 64 MB.
    @Test func aFormsContentCountsInThePagesEachTimeItIsDrawn() throws {
        #expect(throws: ExtractError("/in/hostile.pdf", .tooLarge("page 1 of 1's content inflates to over 64 MB"))) {
            try outcome(HandWrittenPDF.formOfSpaces(40 << 20, drawn: 2)).get()
        }
        #expect(try text(of: HandWrittenPDF.formOfSpaces(40 << 20, drawn: 1)) == "Annualreport2024")
    }

    /// poppler reads a font's ToUnicode map each time a form loads the font: 20 MB of it (a few kilobytes of
    /// Flate) counts in the page's content at every drawing, and four drawings are over 64 MB.
    @Test func aFontsMapsCountInThePagesContentEachTimeAFormLoadsIt() throws {
        let started = Date()
        #expect(throws: ExtractError("/in/hostile.pdf", .tooLarge("page 1 of 1's content inflates to over 64 MB"))) {
            try outcome(HandWrittenPDF.formWithFont(toUnicodeOf: 20 << 20, drawn: 4)).get()
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try text(of: HandWrittenPDF.formWithFont(toUnicodeOf: 20 << 20, drawn: 1)).hasPrefix("Annualreport2024"))
    }

    /// A font's widths are parsed at every load too: a million of them (4 MB as counted) drawn 20 times is over 64 MB.
    @Test func aFontsWidthsCountInThePagesContentEachTimeAFormLoadsIt() throws {
        let started = Date()
        #expect(throws: ExtractError("/in/hostile.pdf", .tooLarge("page 1 of 1's content inflates to over 64 MB"))) {
            try outcome(HandWrittenPDF.formWithFont(widths: 1_000_000, drawn: 20)).get()
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try text(of: HandWrittenPDF.formWithFont(widths: 1_000_000, drawn: 2)).hasPrefix("Annualreport2024"))
    }
}
