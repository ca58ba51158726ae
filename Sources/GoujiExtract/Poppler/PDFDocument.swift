import Foundation
import GoujiModel
internal import PopplerPages

/// An open PDF: the one place gouji calls poppler (through PopplerPages, which reads a page's
/// characters and drawn lines in one pass). It owns the document and the bytes poppler reads;
/// everything it hands out is copied into Swift values first.
final class PDFDocument {
    enum OpenError: Error {
        case encrypted
        case damaged(String)
        case outOfMemory
    }

    /// Why a page could not be read.
    enum PageError: Error {
        case missing
        case contentTooLarge
        case documentContentTooLarge
        case formsTooDeep
        case tooManyFormsOnPage
        case tooManyFormsInDocument
        case outOfMemory
        case failed
    }

    private let bytes: UnsafeMutableRawBufferPointer
    private let document: OpaquePointer

    /// Opens a PDF from its bytes, copied once into memory poppler reads for as long as the
    /// document is open: the file is read once, by the caller.
    init(data: Data) throws(OpenError) {
        bytes = .allocate(byteCount: max(data.count, 1), alignment: 1)
        bytes.copyBytes(from: data)
        var status = POPPLER_PAGES_OK
        guard let document = poppler_pages_open(bytes.baseAddress!.assumingMemoryBound(to: CChar.self), data.count, &status) else {
            bytes.deallocate()
            switch status {
            case POPPLER_PAGES_ENCRYPTED: throw .encrypted
            case POPPLER_PAGES_DAMAGED: throw .damaged("its cross-reference table cannot be read: the file is damaged or truncated")
            case POPPLER_PAGES_NO_CATALOG: throw .damaged("it has no readable page catalog: the file is damaged")
            case POPPLER_PAGES_OUT_OF_MEMORY: throw .outOfMemory
            default: throw .damaged("poppler cannot read it: the file is damaged")
            }
        }
        self.document = document
    }

    deinit {
        poppler_pages_close(document)
        bytes.deallocate()
    }

    /// The number of pages, nil if poppler could not count them.
    var pageCount: Int? {
        let count = poppler_pages_count(document)
        return count >= 0 ? Int(count) : nil
    }

    /// The most a page's content streams, the forms it draws and the fonts it loads may inflate to, all
    /// together; and the pages of the whole document.
    static let pageContentLimit = Int(POPPLER_PAGES_CONTENT_LIMIT)
    static let documentContentLimit = Int(POPPLER_PAGES_DOCUMENT_CONTENT_LIMIT)
    /// How deep a page may nest forms.
    static let formDepthLimit = Int(POPPLER_PAGES_FORM_DEPTH_LIMIT)
    /// How many times a page, and the whole document, may draw forms, a form's fonts counting one each.
    static let pageFormLimit = Int(POPPLER_PAGES_PAGE_FORM_LIMIT)
    static let documentFormLimit = Int(POPPLER_PAGES_DOCUMENT_FORM_LIMIT)

    /// What poppler reported of damage reading the document so far (the errors after which its output "will
    /// probably be incorrect"), nil where it reported none.
    var damage: String? {
        var first: UnsafePointer<CChar>?
        let count = poppler_pages_errors(document, &first)
        guard count > 0 else { return nil }
        // One line, and short: the message goes into a report's reason.
        let message = first.map { String(cString: $0) }?.split(whereSeparator: \.isNewline).joined(separator: " ") ?? ""
        let shown = message.count > 100 ? message.prefix(100) + "…" : Substring(message)
        return "poppler reported \(count) error\(count == 1 ? "" : "s") reading it" + (shown.isEmpty ? "" : ", the first: \(shown)")
    }

    /// The Title of the document's information dictionary, when it has one.
    var title: String? {
        var unicode: UnsafeMutablePointer<UInt32>?
        let count = poppler_pages_title(document, &unicode)
        defer { free(unicode) }
        guard count > 0, let unicode else { return nil }
        var text = ""
        for value in UnsafeBufferPointer(start: unicode, count: count) {
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Page `index` (0-based) as displayed, rotation applied: its characters with their boxes
    /// and font sizes, and the lines drawn on it that may be table borders.
    /// Whitespace is left out: reconstruct spaces words by their gaps.
    func page(at index: Int) throws(PageError) -> Page {
        var page = PopplerPagesPage()
        let status = poppler_pages_read(document, Int32(index), &page)
        defer { poppler_pages_free(page) }
        switch status {
        case POPPLER_PAGES_OK: break
        case POPPLER_PAGES_NO_PAGE: throw .missing
        case POPPLER_PAGES_CONTENT_TOO_LARGE: throw .contentTooLarge
        case POPPLER_PAGES_DOCUMENT_CONTENT_TOO_LARGE: throw .documentContentTooLarge
        case POPPLER_PAGES_FORMS_TOO_DEEP: throw .formsTooDeep
        case POPPLER_PAGES_TOO_MANY_FORMS_ON_PAGE: throw .tooManyFormsOnPage
        case POPPLER_PAGES_TOO_MANY_FORMS_IN_DOCUMENT: throw .tooManyFormsInDocument
        case POPPLER_PAGES_OUT_OF_MEMORY: throw .outOfMemory
        default: throw .failed
        }
        let glyphs = UnsafeBufferPointer(start: page.glyphs, count: page.glyph_count).compactMap { glyph -> Glyph? in
            guard let scalar = Unicode.Scalar(glyph.unicode), !scalar.isWhitespace else { return nil }
            let box = Box(x: min(glyph.x0, glyph.x1), y: min(glyph.y0, glyph.y1),
                          width: abs(glyph.x1 - glyph.x0), height: abs(glyph.y1 - glyph.y0))
            return Glyph(scalar, box: box, fontSize: glyph.font_size)
        }
        let segments = UnsafeBufferPointer(start: page.segments, count: page.segment_count).map {
            BorderFinder.Segment(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1, darkness: $0.darkness, filled: $0.filled != 0)
        }
        let rulings = BorderFinder.rulings(in: segments, avoiding: glyphs)
        return Page(number: index + 1, width: page.width, height: page.height, glyphs: glyphs, rulings: rulings)
    }

    /// Page `index` (0-based) rendered as grey pixels at `dpi`, rotation applied, red ink
    /// (seals) left out; nil where poppler cannot render it.
    func image(at index: Int, dpi: Double) -> GrayImage? {
        let bitmap = poppler_pages_render_gray(document, Int32(index), dpi)
        defer { poppler_pages_free_bitmap(bitmap) }
        guard let pixels = bitmap.pixels, bitmap.width > 0, bitmap.height > 0 else { return nil }
        let count = Int(bitmap.width) * Int(bitmap.height)
        return GrayImage(width: Int(bitmap.width), height: Int(bitmap.height),
                         pixels: Array(UnsafeBufferPointer(start: pixels, count: count)), dpi: dpi)
    }
}
