import Foundation
import GoujiModel

/// Reads a PDF into one `.page` block per page: characters where they stand, and the lines
/// drawn that may be table borders.
public enum PDFExtractor {
    /// Far more than any annual report has; a longer PDF would hold every glyph of every page in
    /// memory at once, a weight that grows with its pages without bound.
    public static let maxPages = 500

    /// The resolution scanned pages are rendered at for OCR: tesseract reads best with letters
    /// some 30 pixels tall, and a scan's own 150 or 200 dpi is smoothed, not harmed, by it.
    public static let ocrDPI = 300.0
    /// The lines of text a title is looked for in on a scanned first page that holds no table
    /// (a printed web page's menus come first), and the lines read at the end of a last page
    /// that holds none (the signing body, and the date under it).
    static let titleLines = 16, signatureLines = 4

    /// `ocr`: whether pages without text (scans) are read by OCR.
    public static func extract(_ data: Data, path: String, ocr: Bool = true) throws(ExtractError) -> ExtractedDocument {
        let document: PDFDocument
        do { document = try PDFDocument(data: data) } catch {
            switch error {
            case .encrypted: throw ExtractError(path, .encrypted("PDF"))
            case .damaged(let message): throw ExtractError(path, .corrupt(message))
            case .outOfMemory: throw ExtractError(path, .overMemoryLimit)
            }
        }

        guard let pageCount = document.pageCount else { throw ExtractError(path, .corrupt("poppler cannot count its pages")) }
        guard pageCount <= maxPages else {
            throw ExtractError(path, .tooLarge("\(pageCount) pages, over the \(maxPages) an annual report could have"))
        }
        var pages: [Page] = []
        for index in 0..<pageCount {
            do { pages.append(try document.page(at: index)) } catch {
                let page = "page \(index + 1) of \(pageCount)"
                switch error {
                case .missing: throw ExtractError(path, .corrupt("\(page) is missing from its page tree: the file is damaged"))
                case .contentTooLarge: throw ExtractError(path, .tooLarge(
                    "\(page)'s content inflates to over \(PDFDocument.pageContentLimit >> 20) MB"))
                case .documentContentTooLarge: throw ExtractError(path, .tooLarge(
                    "its pages up to \(index + 1), with their forms and fonts, inflate to over \(PDFDocument.documentContentLimit >> 20) MB"))
                case .formsTooDeep: throw ExtractError(path, .tooLarge(
                    "\(page) nests forms (XObjects) more than \(PDFDocument.formDepthLimit) deep"))
                case .tooManyFormsOnPage: throw ExtractError(path, .tooLarge(
                    "\(page) draws forms (XObjects), counting their fonts, over \(PDFDocument.pageFormLimit) times"))
                case .tooManyFormsInDocument: throw ExtractError(path, .tooLarge(
                    "its pages up to \(index + 1) draw forms (XObjects), counting their fonts, over \(PDFDocument.documentFormLimit) times"))
                case .outOfMemory: throw ExtractError(path, .overMemoryLimit)
                case .failed: throw ExtractError(path, .corrupt("poppler failed reading \(page)"))
                }
            }
        }
        guard !pages.isEmpty else { throw ExtractError(path, .corrupt("no pages")) }
        let scanned = pages.indices.filter { pages[$0].glyphs.isEmpty }
        guard !scanned.isEmpty else { return ExtractedDocument(source: SourceFile(path: path, kind: .pdf), blocks: pages.map(Block.page), title: document.title, damage: document.damage) }
        let textless = scanned.count == pages.count
        guard ocr else {
            // Text lost to damage is not a scan's missing text layer.
            if textless, let damage = document.damage {
                throw ExtractError(path, .corrupt("the file is damaged (\(damage)), and no page has text left"))
            }
            if textless { throw ExtractError(path, .noTextLayer) }
            return ExtractedDocument(source: SourceFile(path: path, kind: .pdf), blocks: pages.map(Block.page), title: document.title, damage: document.damage)
        }

        // Pages without text are scans (or blank): read by OCR, one page image at a time.
        let reader: ScanReader
        do { reader = try ScanReader.forThisThread() } catch {
            throw ExtractError(path, .ocrUnavailable(error.description))
        }
        var tables = 0
        var heldTable: Set<Int> = []
        for k in scanned {
            guard let image = document.image(at: k, dpi: ocrDPI) else { continue }
            // A report's title opens its first page; its signature and date close its last.
            let read = reader.read(image, page: k + 1, width: pages[k].width, height: pages[k].height,
                                   opening: k == 0 ? titleLines : 0, closing: k == pageCount - 1 ? signatureLines : 0,
                                   continuing: heldTable.contains(k - 1))
            pages[k] = read.page
            tables += read.tables
            if read.tables > 0 { heldTable.insert(k) }
        }
        if textless && tables == 0 { throw ExtractError(path, .noTableInScan(pages: scanned.count)) }
        return ExtractedDocument(source: SourceFile(path: path, kind: .pdf, ocrPages: tables > 0 ? scanned.count : 0),
                                 blocks: pages.map(Block.page), title: document.title, damage: document.damage)
    }
}
