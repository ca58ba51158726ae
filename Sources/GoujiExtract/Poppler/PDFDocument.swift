internal import CPoppler
import Foundation
import GoujiModel

/// An open PDF: the one place gouji calls poppler-glib and cairo. It owns its PopplerDocument;
/// everything it hands out is copied into Swift values first.
final class PDFDocument {
    enum OpenError: Error {
        case encrypted
        case damaged(String)
    }

    private let document: OpaquePointer

    /// Opens a PDF from its bytes, which poppler copies: the file is read once, by the caller.
    init(data: Data) throws(OpenError) {
        var error: UnsafeMutablePointer<GError>?
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            let encrypted = error.map {
                $0.pointee.domain == poppler_error_quark() && $0.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
            } ?? false
            let message = Self.take(error)
            throw encrypted ? .encrypted : .damaged(message)
        }
        self.document = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(document)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// Page `index` (0-based) as displayed, rotation applied: its characters with their boxes
    /// and font sizes, and, where they may make a table, the straight lines drawn on it.
    func page(at index: Int) -> Page {
        guard let page = poppler_document_get_page(document, Int32(index)) else {
            return Page(number: index + 1, width: 0, height: 0, glyphs: [])
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let glyphs = Self.glyphs(of: page)
        let rulings = TableHint.mayHoldTable(glyphs)
            ? RulingScanner.rulings(in: Self.darkness(of: page, width: width, height: height), avoiding: glyphs)
            : []
        return Page(number: index + 1, width: width, height: height, glyphs: glyphs, rulings: rulings)
    }

    // MARK: - Text

    /// poppler gives one rectangle per Unicode scalar of the page's text, newlines included, and
    /// font runs over the same indices. Whitespace is left out: reconstruct spaces words by their gaps.
    private static func glyphs(of page: OpaquePointer) -> [Glyph] {
        guard let text = poppler_page_get_text(page) else { return [] }
        defer { g_free(text) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }

        let scalars = Array(String(cString: text).unicodeScalars)
        var fontSizes = [Double](repeating: 0, count: scalars.count)
        let attributes = poppler_page_get_text_attributes(page)
        defer { poppler_page_free_text_attributes(attributes) }
        var node = attributes
        while let current = node {
            if let run = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                let from = max(Int(run.start_index), 0), to = min(Int(run.end_index), scalars.count - 1)
                if from <= to { for i in from...to { fontSizes[i] = run.font_size } }
            }
            node = current.pointee.next
        }

        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() where i < Int(count) && !scalar.properties.isWhitespace {
            let r = rectangles[i]
            let box = Box(x: min(r.x1, r.x2), y: min(r.y1, r.y2), width: abs(r.x2 - r.x1), height: abs(r.y2 - r.y1))
            glyphs.append(Glyph(Character(scalar), box: box, fontSize: fontSizes[i]))
        }
        return glyphs
    }

    // MARK: - Drawing

    /// The page rendered on white, as darkness (0 white … 255 black) per pixel.
    private static func darkness(of page: OpaquePointer, width: Double, height: Double) -> DarknessMap {
        let scale = RulingScanner.scale
        let pixelWidth = Int((width * scale).rounded(.up)), pixelHeight = Int((height * scale).rounded(.up))
        guard pixelWidth > 0, pixelHeight > 0,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight))
        else { return DarknessMap(width: 0, height: 0, scale: scale, pixels: []) }
        defer { cairo_surface_destroy(surface) }
        let cairo = cairo_create(surface)
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scale, scale)
        // Printing mode draws hairlines where they are; screen mode snaps them by half a point.
        poppler_page_render_for_printing(page, cairo)
        cairo_destroy(cairo)
        cairo_surface_flush(surface)

        guard let data = cairo_image_surface_get_data(surface) else {
            return DarknessMap(width: 0, height: 0, scale: scale, pixels: [])
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 0, count: pixelWidth * pixelHeight)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<pixelHeight {
                let row = data + y * stride
                for x in 0..<pixelWidth {
                    // RGB24 is a native-endian 32-bit xRGB word: B, G, R, x in memory here.
                    let b = Int(row[4 * x]), g = Int(row[4 * x + 1]), r = Int(row[4 * x + 2])
                    out[y * pixelWidth + x] = UInt8(255 - (r * 77 + g * 150 + b * 29) >> 8)
                }
            }
        }
        return DarknessMap(width: pixelWidth, height: pixelHeight, scale: scale, pixels: pixels)
    }

    /// A GError's message; the error is freed.
    private static func take(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    }
}
