import Foundation
internal import CTesseract

/// tesseract, through its C API: the one place gouji calls it. It owns its engine and hands out
/// what it recognized as Swift values. One engine reads one image at a time; it is not shared
/// between threads.
final class Tesseract {
    struct InitError: Error, CustomStringConvertible {
        var language: String
        var description: String {
            "tesseract cannot load its \(language) language data (Debian: tesseract-ocr-chi-sim, tesseract-ocr-eng)"
        }
    }

    /// How the part of the image handed over is laid out.
    enum Layout {
        /// One line of text.
        case line
        /// A block of lines, such as a wrapped label or digits stacked in a narrow cell.
        case block
    }

    /// One recognized character, with the box of its line (so that every character of a line
    /// stands on the same height, as a font's characters do), in pixels of the image.
    struct Symbol: Sendable {
        var text: String
        var box: PixelBox
        var line: PixelBox
        /// tesseract's own confidence, 0 to 100.
        var confidence: Double
        /// The characters tesseract found next likeliest here, likeliest first.
        var alternatives: [String] = []
    }

    private let handle: OpaquePointer

    /// An engine for `language` (tesseract's name, such as "chi_sim"), its data where tesseract
    /// was built to look (or TESSDATA_PREFIX); with `choices`, each symbol's alternatives kept.
    init(language: String, choices: Bool = false) throws(InitError) {
        guard let handle = TessBaseAPICreate() else { throw InitError(language: language) }
        // LSTM only: the legacy engine's data is not in Debian's language packages.
        guard TessBaseAPIInit2(handle, nil, language, OEM_LSTM_ONLY) == 0 else {
            TessBaseAPIDelete(handle)
            throw InitError(language: language)
        }
        self.handle = handle
        // tesseract's debug lines would go to stdout. (Its word lists load at Init, whatever is
        // set after it; left out there, they made no difference to the speed bench's figures.)
        TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        // The LSTM engine keeps its other choices for each character only when asked, at a cost.
        if choices { TessBaseAPISetVariable(handle, "lstm_choice_mode", "1") }
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// The characters of `image` (a cell's line, cut out of the page), read as `layout` says,
    /// with only the characters of `allowed` where it is given. Each image is handed over on
    /// its own (tesseract copies it): a cut-out costs little, a page each time a great deal.
    func read(_ image: GrayImage, as layout: Layout, allowed: String? = nil) -> [Symbol] {
        guard image.width > 0, image.height > 0 else { return [] }
        image.pixels.withUnsafeBufferPointer { pixels in
            TessBaseAPISetImage(handle, pixels.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        // The resolution the image was made at, so that tesseract sizes its expectations.
        TessBaseAPISetSourceResolution(handle, Int32(image.dpi.rounded()))
        TessBaseAPISetVariable(handle, "tessedit_char_whitelist", allowed ?? "")
        TessBaseAPISetPageSegMode(handle, layout == .line ? PSM_SINGLE_LINE : PSM_SINGLE_BLOCK)
        guard TessBaseAPIRecognize(handle, nil) == 0, let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let page = TessResultIteratorGetPageIterator(iterator)
        var symbols: [Symbol] = []
        var line = PixelBox(x: 0, y: 0, width: 0, height: 0)
        repeat {
            if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0, let box = Self.box(page, RIL_TEXTLINE) { line = box }
            guard let text = TessResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { continue }
            defer { TessDeleteText(text) }
            guard let box = Self.box(page, RIL_SYMBOL) else { continue }
            let read = String(cString: text)
            symbols.append(Symbol(text: read, box: box, line: line, confidence: Double(TessResultIteratorConfidence(iterator, RIL_SYMBOL)),
                                  alternatives: Self.choices(iterator).filter { $0 != read }))
        } while TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return symbols
    }

    /// The characters tesseract weighed at the iterator's symbol, likeliest first, once each.
    private static func choices(_ iterator: OpaquePointer) -> [String] {
        guard let choices = TessResultIteratorGetChoiceIterator(iterator) else { return [] }
        defer { TessChoiceIteratorDelete(choices) }
        var texts: [String] = []
        repeat {
            // The choice's text belongs to the iterator: copied, not freed.
            if let text = TessChoiceIteratorGetUTF8Text(choices).map({ String(cString: $0) }), !texts.contains(text) { texts.append(text) }
        } while TessChoiceIteratorNext(choices) != 0
        return texts
    }

    private static func box(_ page: OpaquePointer?, _ level: TessPageIteratorLevel) -> PixelBox? {
        var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
        guard TessPageIteratorBoundingBox(page, level, &left, &top, &right, &bottom) != 0 else { return nil }
        return PixelBox(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top))
    }
}
