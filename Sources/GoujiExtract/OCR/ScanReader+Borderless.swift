import Foundation
import GoujiModel

extension ScanReader {
    /// The characters of a page with no ruled table, where its ink lays out a table by position
    /// (InkLayout), in pixels of the page: each row of text read whole, its numbers read again
    /// by the digit reader, and handed on where they stand, for reconstruct to find the table
    /// as it does in a PDF's text. Nil where the ink lays out no table: prose is not read.
    /// `image` stays grey: a row is cut-out enough for tesseract's own threshold, which keeps
    /// the dot of a dotted 0 that the page's darker one fills in.
    func readBorderless(_ image: GrayImage, ink: [Bool], scale: Double) -> [Glyph]? {
        let layout = InkLayout(ink: ink, width: image.width, height: image.height, dpi: image.dpi)
        guard layout.holdsTable() else { return nil }
        return layout.rows(ink, width: image.width).flatMap { row in
            glyphs(readRow(row, image: image, ink: ink, lineHeight: layout.lineHeight), scale: scale)
        }
    }

    /// A number in a row, or ink that may be one: what the digit reader reads again.
    private struct Number {
        /// The ink read, in pixels of the page.
        var region: PixelBox
        /// What chi_sim read there (nothing, where it read nothing).
        var first: [Tesseract.Symbol]
        /// Whether it is a number the digit reader checks, or ink chi_sim could not make out,
        /// which stands only if the digit reader reads it as a number.
        var isNumber: Bool
    }

    /// One row's characters. Read whole, a row gives tesseract the context a lone digit lacks
    /// (the dotted 0 of a monospaced font, read alone, is read as anything). Its pieces are cut
    /// out where they stand, so that the rows above and below stay out; each piece's characters
    /// then share its ink box out, as tesseract places characters only roughly.
    private func readRow(_ row: InkLayout.Row, image: GrayImage, ink: [Bool], lineHeight: Int) -> [Tesseract.Symbol] {
        let line = PixelBox(x: row.band.x, y: row.band.y, width: row.band.width, height: row.band.height)
        var out: [Tesseract.Symbol] = []
        var cells: [PixelBox] = []
        for cell in row.cells {
            // A lone short stroke, level and thin, is a dash printed for "no value".
            if cell.height * 2 <= cell.width, Double(cell.height) <= image.dpi / 25, Double(cell.width) <= image.dpi / 4 {
                out.append(Tesseract.Symbol(text: "—", box: cell, line: line, confidence: Self.dashConfidence))
            } else if isPrint(cell, lineHeight: lineHeight) {
                cells.append(cell)
            }
        }
        guard !cells.isEmpty else { return out }
        let read = readStrip(cells, band: row.band, image: image, by: tesseract, allowed: nil)

        var numbers: [Number] = []
        for (k, cell) in cells.enumerated() {
            var symbols = read[k].filter { !$0.text.allSatisfy(\.isWhitespace) }
            let text = symbols.map(\.text).joined()
            if symbols.isEmpty || symbols.count == 1 && symbols[0].confidence < Self.unsureCharacter && !Self.isNumber(text) {
                // Ink chi_sim read as nothing, or as one character it was unsure of: maybe a
                // digit it took for something else, as a ruled cell's.
                if symbols.count == 1, Self.dashes.contains(text) {
                    out += spread([Tesseract.Symbol(text: "—", box: cell, line: line, confidence: symbols[0].confidence)], over: cell)
                } else {
                    numbers.append(Number(region: cell, first: symbols, isNumber: false))
                }
                continue
            }
            if symbols.count > 1, let sign = Self.signs[symbols[0].text], Self.isNumber(symbols.dropFirst().map(\.text).joined()) {
                symbols[0].text = sign
            }
            if Self.isNumber(symbols.map(\.text).joined()) {
                numbers.append(Number(region: cell, first: symbols, isNumber: true))
                continue
            }
            // A label and its number with no gap between them, as when a tab stop fell at the
            // label's end: the number's ink is cut off at the white column nearest where
            // chi_sim places its first digit, and read as a number of its own.
            let digits = symbols.reversed().prefix { Self.isNumberMark($0.text) }.count
            let label = Array(symbols.dropLast(digits))
            if digits > 0, symbols.suffix(digits).contains(where: { $0.text.contains(where: \.isNumber) }),
               let cut = whiteColumn(ink, width: image.width, in: cell, near: symbols[symbols.count - digits].box.x, within: lineHeight / 2) {
                let labelBox = PixelBox(x: cell.x, y: cell.y, width: cut - cell.x, height: cell.height)
                let numberBox = PixelBox(x: cut, y: cell.y, width: cell.maxX - cut, height: cell.height)
                if let labelInk = inkExtent(ink, width: image.width, in: labelBox), let numberInk = inkExtent(ink, width: image.width, in: numberBox) {
                    out += spread(label.map { with($0, line: line) }, over: labelInk)
                    numbers.append(Number(region: numberInk, first: Array(symbols.suffix(digits)), isNumber: true))
                    continue
                }
            }
            // Digits that could not be parted from the text before them are not checked, and
            // so not sure.
            let unchecked = digits > 0 ? symbols.suffix(digits).map(Self.capped) : []
            out += spread((label + unchecked).map { with($0, line: line) }, over: cell)
        }

        // Every number is read again by the digit reader, all in one strip: chi_sim reads the
        // dotted 0 of a monospaced font as 9, and sure of it.
        var second = [[Tesseract.Symbol]](repeating: [], count: numbers.count)
        if !numbers.isEmpty {
            second = readStrip(numbers.map(\.region), band: row.band, image: image, by: digitReader, allowed: Self.digits)
        }
        for (k, number) in numbers.enumerated() {
            let first = number.first.map(\.text).joined(), digits = second[k].map(\.text).joined()
            var chosen: [Tesseract.Symbol]
            if number.isNumber {
                // Two readings that agree are sure; that differ, neither is, and the digit
                // reader's, whose model knows digits alone, stands.
                if Self.sameNumber(digits, first) {
                    chosen = second[k]
                } else {
                    chosen = (Self.isNumber(digits) ? second[k] : number.first).map(Self.capped)
                }
            } else if Self.isNumber(digits), second[k].allSatisfy({ $0.confidence >= Self.unsureDigits }) {
                // What chi_sim could not make out and the digit reader reads as a number: that
                // number, but not as sure.
                chosen = second[k].map(Self.capped)
            } else if number.first.isEmpty {
                // Ink that reads as nothing is not a blank: a mark that is no number, not read.
                chosen = [Tesseract.Symbol(text: "?", box: number.region, line: line, confidence: 0)]
            } else {
                chosen = number.first
            }
            out += spread(chosen.map { with($0, line: line) }, over: number.region)
        }
        return out.sorted { $0.box.x < $1.box.x }
    }

    private func with(_ symbol: Tesseract.Symbol, line: PixelBox) -> Tesseract.Symbol {
        var symbol = symbol
        symbol.line = line
        return symbol
    }

    /// `symbols` side by side over `box`, each its share of it, in their order.
    private func spread(_ symbols: [Tesseract.Symbol], over box: PixelBox) -> [Tesseract.Symbol] {
        let scalars = symbols.map { max(1, $0.text.unicodeScalars.count) }
        let total = max(1, scalars.reduce(0, +))
        var done = 0
        return zip(symbols, scalars).map { symbol, count in
            var symbol = symbol
            let x0 = box.x + box.width * done / total, x1 = box.x + box.width * (done + count) / total
            symbol.box = PixelBox(x: x0, y: box.y, width: max(1, x1 - x0), height: box.height)
            done += count
            return symbol
        }
    }

    /// `boxes` (parts of one row, each within the image and `band`) read as one line where
    /// they stand, the rest of the band left white: each box's characters, in the order read,
    /// in pixels of the page. Spaced as printed, a monospaced font's digits read far better
    /// than set close.
    private func readStrip(_ boxes: [PixelBox], band: PixelBox, image: GrayImage, by engine: Tesseract, allowed: String?) -> [[Tesseract.Symbol]] {
        let margin = Int(image.dpi / 15)
        var strip = GrayImage(width: band.width + 2 * margin, height: band.height + 2 * margin, dpi: image.dpi)
        for box in boxes {
            for y in max(box.y, band.y)..<min(box.maxY, band.maxY) {
                let from = y * image.width + box.x, to = (y - band.y + margin) * strip.width + box.x - band.x + margin
                strip.pixels.replaceSubrange(to..<(to + box.width), with: image.pixels[from..<(from + box.width)])
            }
        }
        var read = [[Tesseract.Symbol]](repeating: [], count: boxes.count)
        for var symbol in engine.read(strip, as: .line, allowed: allowed) {
            symbol.box.x += band.x - margin
            symbol.box.y += band.y - margin
            // The box it stands in, or the nearest.
            let mid = symbol.box.x + symbol.box.width / 2
            func distance(_ k: Int) -> Int { max(0, boxes[k].x - mid, mid - boxes[k].maxX) }
            read[boxes.indices.min { distance($0) < distance($1) }!].append(symbol)
        }
        return read
    }

    /// The box around the ink in `area`, or nil where there is none.
    private func inkExtent(_ ink: [Bool], width: Int, in area: PixelBox) -> PixelBox? {
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX where ink[y * width + x] {
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        return maxX < 0 ? nil : PixelBox(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)
    }

    /// The column of `area` without ink nearest `x`, no further than `within` from it.
    private func whiteColumn(_ ink: [Bool], width: Int, in area: PixelBox, near x: Int, within: Int) -> Int? {
        func isWhite(_ c: Int) -> Bool { !(area.y..<area.maxY).contains { ink[$0 * width + c] } }
        for d in 0...within {
            for c in [x - d, x + d] where area.x < c && c < area.maxX - 1 && isWhite(c) { return c }
        }
        return nil
    }

    /// Whether ink is as large as print: a digit stands over half a line high, a dash is as
    /// wide; a speck of the scan's noise is far smaller, and is read as nothing, never as a
    /// number.
    private func isPrint(_ box: PixelBox, lineHeight: Int) -> Bool {
        max(box.width, box.height) * 5 >= lineHeight * 2
    }

    /// Digits and the marks numbers are written with.
    static func isNumberMark(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { numberCharacters.contains($0) }
    }
}
