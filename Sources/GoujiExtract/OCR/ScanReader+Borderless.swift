import Foundation
import GoujiModel

extension ScanReader {
    /// The characters of a page with no ruled table, where its ink lays out a table by position
    /// (InkLayout), in pixels of the page: each row of text read whole, its numbers read again
    /// by the digit reader, and handed on where they stand, for reconstruct to find the table
    /// as it does in a PDF's text. Nil where the ink lays out no table: prose is not read.
    /// `image` stays grey: a row is cut-out enough for tesseract's own threshold, which keeps
    /// the dot of a dotted 0 that the page's darker one fills in.
    /// With them, what else OCR read of each unsure number, where its characters stand.
    func readBorderless(_ image: GrayImage, ink: [Bool], scale: Double) -> (glyphs: [Glyph], otherReadings: [OtherReading])? {
        let layout = InkLayout(ink: ink, width: image.width, height: image.height, dpi: image.dpi)
        guard layout.holdsTable() else { return nil }
        var glyphs: [Glyph] = [], otherReadings: [OtherReading] = []
        for row in layout.rows(ink, width: image.width) {
            let read = readRow(row, image: image, ink: ink, lineHeight: layout.lineHeight)
            glyphs += Self.positionedGlyphs(read.symbols, lineHeight: layout.lineHeight, scale: scale)
            for (region, texts) in read.others {
                otherReadings.append(OtherReading(box: Box(x: Double(region.x) * scale, y: Double(region.y) * scale,
                                                           width: Double(region.width) * scale, height: Double(region.height) * scale), texts: texts))
            }
        }
        return (glyphs, otherReadings)
    }

    /// A number in a row, or ink that may be one: what the digit reader reads again.
    private struct Number {
        /// The piece it stands in, and the ink read, in pixels of the page.
        var cell: PixelBox
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
    private func readRow(_ row: InkLayout.Row, image: GrayImage, ink: [Bool], lineHeight: Int) -> (symbols: [Tesseract.Symbol], others: [(PixelBox, [String])]) {
        // Each piece is its characters' line, so that they stand about its middle, as a font's
        // would: where the row's pieces stand level, reconstruct finds them in one line of text;
        // a label set between two rows stands in neither.
        var out: [Tesseract.Symbol] = []
        var cells: [PixelBox] = []
        for cell in row.cells {
            // A lone short stroke, level and thin, is a dash printed for "no value".
            if Self.isDash(cell, dpi: image.dpi) {
                out.append(Tesseract.Symbol(text: "—", box: cell, line: cell, confidence: Self.dashConfidence))
            } else {
                cells.append(cell)
            }
        }
        guard !cells.isEmpty else { return (out, []) }
        var others: [(PixelBox, [String])] = []
        var read = readStrip(cells, band: row.band, image: image, by: tesseract, allowed: nil)
        // chi_sim reads quotation marks out of nothing before a number or a word, set where the
        // next character stands: a mark over another character of the row is dropped.
        let all = read.flatMap { $0 }.filter { !Self.quotes.contains($0.text) }
        for k in read.indices {
            read[k].removeAll { symbol in
                Self.quotes.contains(symbol.text) && all.contains { other in
                    min(symbol.box.maxX, other.box.maxX) - max(symbol.box.x, other.box.x) > symbol.box.width / 2
                }
            }
        }

        var numbers: [Number] = []
        for (k, cell) in cells.enumerated() {
            var symbols = read[k].filter { !$0.text.allSatisfy(\.isWhitespace) }
            let text = symbols.map(\.text).joined()
            // Ink smaller than a digit (a speck, a comma) is never a number: what it reads as
            // stands as text where chi_sim was sure of it, and is dropped where it reads as
            // a number or as nothing sure.
            if !isPrint(cell, lineHeight: lineHeight) {
                if !Self.isNumber(text) { out += place(symbols.filter { $0.confidence >= Self.unsureCharacter }.map { Self.with($0, line: cell) }, over: cell, lineHeight: lineHeight, ink: ink, width: image.width) }
                continue
            }
            // Latin letters among digits and nothing else (L77, 1O) are digits misread.
            let misread = text.contains(where: \.isNumber) && text.allSatisfy { $0.isASCII && ($0.isLetter || Self.numberCharacters.contains($0)) }
                && text.contains(where: \.isLetter)
            // A lone mark that is neither a character nor a number (], |, l) is a digit misread
            // as often as not, however sure chi_sim is of it; so is a lone character whose ink
            // is as narrow as a digit's (a character's is about as wide as it is high).
            let lone = symbols.count == 1 && !Self.isNumber(text)
                && (symbols[0].confidence < Self.unsureCharacter || !text.unicodeScalars.contains { $0.properties.isIdeographic }
                    || cell.width * 10 <= cell.height * 7)
            if symbols.isEmpty || misread || lone {
                // Ink chi_sim read as nothing, or as one character it was unsure of: maybe a
                // digit it took for something else, as a ruled cell's.
                if symbols.count == 1, Self.dashes.contains(text) {
                    out += place([Tesseract.Symbol(text: "—", box: cell, line: cell, confidence: symbols[0].confidence)], over: cell, lineHeight: lineHeight, ink: ink, width: image.width)
                } else {
                    numbers.append(Number(cell: cell, region: cell, first: symbols, isNumber: false))
                }
                continue
            }
            // A digit, with its full stop or not, just before a label's text is the label's list
            // number (2.其他法律行政法规禁止公开): the digit reader would read the stop, which
            // chi_sim often leaves out, as a digit (2. as 22, 5. as 53).
            if let digit = symbols.first, "123456789".contains(digit.text),
               symbols.count == 1 || symbols.count == 2 && Self.listPoints.contains(symbols[1].text),
               k + 1 < cells.count, cells[k + 1].x - cell.maxX < lineHeight * 5 / 2,
               read[k + 1].first?.text.unicodeScalars.first?.properties.isIdeographic == true {
                out += place(symbols.map { Self.with($0, line: cell) }, over: cell, lineHeight: lineHeight, ink: ink, width: image.width)
                continue
            }
            if symbols.count > 1, let sign = Self.signs[symbols[0].text], Self.isNumber(symbols.dropFirst().map(\.text).joined()) {
                symbols[0].text = sign
            }
            if Self.isNumber(symbols.map(\.text).joined()) {
                numbers.append(Number(cell: cell, region: cell, first: symbols, isNumber: true))
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
                if let labelInk = Self.inkExtent(ink, width: image.width, in: labelBox)?.box,
                   let numberInk = Self.inkExtent(ink, width: image.width, in: numberBox)?.box {
                    // Marks alone before a number (a speck read as a quotation mark) are no label.
                    if label.contains(where: { $0.text.contains { $0.isLetter } }) {
                        out += place(label.map { Self.with($0, line: cell) }, over: labelInk, lineHeight: lineHeight, ink: ink, width: image.width)
                    }
                    numbers.append(Number(cell: cell, region: numberInk, first: Array(symbols.suffix(digits)), isNumber: true))
                    continue
                }
            }
            // Digits that could not be parted from the text before them are not checked, and
            // so not sure.
            let unchecked = digits > 0 ? symbols.suffix(digits).map(Self.capped) : []
            out += place((label + unchecked).map { Self.with($0, line: cell) }, over: cell, lineHeight: lineHeight, ink: ink, width: image.width)
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
                    // Where only a decimal point parts them, it was missed, not made up; where
                    // they have not as many characters, the first with as many as the ink has
                    // marks stands.
                    let pointMissed = first.contains(".") && !digits.contains(".") && first.filter { $0 != "." } == digits
                    let marksFitFirst = second[k].count != number.first.count
                        && Self.marks(ink, width: image.width, in: number.region) == number.first.count
                    chosen = (Self.isNumber(digits) && !pointMissed && !marksFitFirst ? second[k] : number.first).map(Self.capped)
                }
                // A lone digit read as 0, 6, 8 or 9 is held against its shape: both models read
                // the dotted 0 of a monospaced font as 9 or 8 as often as not, sometimes together.
                // Where the shape says otherwise than a reading, the shape's stands, unsure.
                let readings = [first, digits]
                if readings.allSatisfy({ $0.count <= 1 }), readings.contains(where: { ["0", "6", "8", "9"].contains($0) }),
                   let shape = Self.zeroShaped(image, in: number.region) {
                    let other = readings.first { !$0.isEmpty && $0 != "0" }
                    if shape, readings != ["0", "0"] {
                        chosen = [Tesseract.Symbol(text: "0", box: number.region, line: number.cell, confidence: Self.disagreement)]
                    } else if !shape, readings.contains("0"), let other {
                        chosen = [Tesseract.Symbol(text: other, box: number.region, line: number.cell, confidence: Self.disagreement)]
                    }
                }
            } else if Self.isNumber(digits), second[k].allSatisfy({ $0.confidence >= Self.unsureDigits }) {
                // What chi_sim could not make out and the digit reader reads as a number: that
                // number, but not as sure.
                chosen = second[k].map(Self.capped)
            } else if Self.zeroShaped(image, in: number.region) == true {
                // A dotted 0 that neither model read as a digit (B, 昌, nothing): its shape tells it.
                chosen = [Tesseract.Symbol(text: "0", box: number.region, line: number.cell, confidence: Self.disagreement)]
            } else if number.first.isEmpty {
                // Ink that reads as nothing is not a blank: a mark that is no number, not read.
                chosen = [Tesseract.Symbol(text: "?", box: number.region, line: number.cell, confidence: 0)]
            } else {
                chosen = number.first
            }
            out += place(chosen.map { Self.with($0, line: number.cell) }, over: number.region, lineHeight: lineHeight, ink: nil, width: image.width)
            let shown = chosen.map(\.text).joined()
            let readings = Self.otherReadings(of: chosen, besides: [first, digits].first { Self.isNumber($0) && !Self.sameNumber($0, shown) })
            if !readings.isEmpty { others.append((number.region, readings)) }
        }
        // Print running off the page's side (a table wider than the page it was printed on) was
        // cut there: what is left of it is read, never as sure.
        let edge = max(4, lineHeight / 2)
        for k in out.indices where out[k].line.x < edge || out[k].line.maxX > image.width - edge { out[k] = Self.capped(out[k]) }
        out.sort { $0.box.x < $1.box.x }
        // A number of a digit or two a little before a label's text on its line is the label's
        // list number (1.属于国家秘密), its full stop too small to read or read as a quotation
        // mark or comma: closed up to the label, so that reconstruct does not take it for a value.
        func isText(_ symbol: Tesseract.Symbol) -> Bool { symbol.text.unicodeScalars.first?.properties.isIdeographic == true }
        func level(_ a: Tesseract.Symbol, _ b: Tesseract.Symbol) -> Bool { abs(a.line.y * 2 + a.line.height - b.line.y * 2 - b.line.height) < lineHeight }
        for k in out.indices.dropLast() where out[k].text.count <= 2 && out[k].text.allSatisfy({ $0.isASCII && $0.isNumber })
            && (k == 0 || !out[k - 1].text.contains(where: \.isNumber) || !level(out[k - 1], out[k])) {
            var next = k + 1
            let point = !isText(out[next]) && Self.listPoints.contains(out[next].text) && next + 1 < out.count
            if point { next += 1 }
            // As far as a monospaced font sets "2. " before the text.
            guard isText(out[next]), level(out[k], out[next]), out[next].box.x - out[k].box.maxX < lineHeight * 5 / 2 else { continue }
            if point { out[k + 1].text = "." }
            for j in k..<next { out[j].box.width = max(1, out[j + 1].box.x - out[j].box.x) }
        }
        return (out, others)
    }

    /// `symbols` set over the words of ink in `box` (ink parted by a quarter of a line height:
    /// a table's headings over their columns), each in the word its reading places it in, the
    /// characters of a word sharing it out in their order as a font's advances do: no gap for a
    /// narrow digit or a character tesseract boxed short. Without `ink`, `box` is one word (a
    /// number: the white around a narrow 1 parts nothing).
    private func place(_ symbols: [Tesseract.Symbol], over box: PixelBox, lineHeight: Int, ink: [Bool]?, width: Int) -> [Tesseract.Symbol] {
        var words: [PixelBox] = []
        var x = box.x
        while let ink, x < box.maxX {
            guard (box.y..<box.maxY).contains(where: { ink[$0 * width + x] }) else { x += 1; continue }
            var end = x + 1, lastInk = x
            while end < box.maxX, end - lastInk <= lineHeight / 4 {
                if (box.y..<box.maxY).contains(where: { ink[$0 * width + end] }) { lastInk = end }
                end += 1
            }
            words.append(PixelBox(x: x, y: box.y, width: lastInk + 1 - x, height: box.height))
            x = lastInk + 1
        }
        if words.isEmpty { words = [box] }
        // Each symbol's word: where its middle falls, or the nearest; never before an earlier one's.
        var wordOf: [Int] = []
        for symbol in symbols {
            wordOf.append(max(wordOf.last ?? 0, Self.nearest(words, to: symbol.box.x + symbol.box.width / 2).index))
        }
        var placed = symbols
        for (k, word) in words.enumerated() {
            let members = placed.indices.filter { wordOf[$0] == k }
            let scalars = members.map { max(1, placed[$0].text.unicodeScalars.count) }
            let total = max(1, scalars.reduce(0, +))
            var done = 0
            for (i, count) in zip(members, scalars) {
                let x0 = word.x + word.width * done / total, x1 = word.x + word.width * (done + count) / total
                placed[i].box = PixelBox(x: x0, y: box.y, width: max(1, x1 - x0), height: box.height)
                done += count
            }
        }
        return placed
    }

    /// Symbols as glyphs in points, sized as a font's: a font's box is some 1.4 times as high as
    /// its characters' ink, and its size 1.13 times, which is what reconstruct measures gaps
    /// between lines and cells by. Each stands about the middle of its line.
    static func positionedGlyphs(_ symbols: [Tesseract.Symbol], lineHeight: Int, scale: Double) -> [Glyph] {
        let height = Double(lineHeight) * 1.4 * scale, size = Double(lineHeight) * 1.13 * scale
        var glyphs: [Glyph] = []
        for symbol in symbols {
            let scalars = symbol.text.unicodeScalars.filter { !$0.properties.isWhitespace }
            guard !scalars.isEmpty else { continue }
            let share = Double(symbol.box.width) / Double(scalars.count)
            let middle = (Double(symbol.line.y) + Double(symbol.line.height) / 2) * scale
            let confidence = UInt8(min(max(symbol.confidence.rounded(), 0), 100))
            for (k, scalar) in scalars.enumerated() {
                let box = Box(x: (Double(symbol.box.x) + share * Double(k)) * scale, y: middle - height / 2, width: share * scale, height: height)
                glyphs.append(Glyph(scalar, box: box, fontSize: size, confidence: confidence))
            }
        }
        return glyphs
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
            // The box it stands in, or the nearest: one far out in the white between them is
            // read out of nothing (chi_sim's stray quotation marks), and dropped.
            let (k, distance) = Self.nearest(boxes, to: symbol.box.x + symbol.box.width / 2)
            if distance <= band.height / 2 { read[k].append(symbol) }
        }
        return read
    }

    /// Whether a lone digit's ink in `box` is shaped as a 0: a single hole (paper enclosed by
    /// ink) over 3/5 of its height, where a 6's or a 9's is some half of it and an 8 has two; the
    /// hole of a dotted 0 holds its dot. Nil where the ink is no single glyph a line high.
    static func zeroShaped(_ image: GrayImage, in box: PixelBox) -> Bool? {
        guard box.width >= 4, box.height >= 8, box.width * 10 <= box.height * 9 else { return nil }
        // Ink by the box's own contrast: the page's threshold, set for strokes, fills the
        // narrow paper between a dot and its ring.
        var darkest: UInt8 = 255, lightest: UInt8 = 0
        for y in box.y..<box.maxY { for x in box.x..<box.maxX { darkest = min(darkest, image[x, y]); lightest = max(lightest, image[x, y]) } }
        guard lightest > darkest &+ 60 else { return nil }
        let threshold = Int(darkest) + (Int(lightest) - Int(darkest)) / 2
        // Paper reached from outside the box (a white frame of one pixel around it) is not a hole.
        let w = box.width + 2, h = box.height + 2
        var ink = [Bool](repeating: false, count: w * h)
        for y in 0..<box.height { for x in 0..<box.width { ink[(y + 1) * w + x + 1] = Int(image[box.x + x, box.y + y]) < threshold } }
        var label = [Int](repeating: 0, count: w * h)
        func fill(_ start: Int, _ mark: Int) -> (top: Int, bottom: Int, count: Int) {
            var stack = [start], top = h, bottom = -1, count = 0
            label[start] = mark
            while let p = stack.popLast() {
                count += 1; top = min(top, p / w); bottom = max(bottom, p / w)
                for q in [p - 1, p + 1, p - w, p + w] where q >= 0 && q < w * h && !ink[q] && label[q] == 0
                    && !(abs(q - p) == 1 && q / w != p / w) {
                    label[q] = mark; stack.append(q)
                }
            }
            return (top, bottom, count)
        }
        _ = fill(0, 1)
        var holes: [(top: Int, bottom: Int, count: Int)] = []
        for p in 0..<(w * h) where !ink[p] && label[p] == 0 {
            let hole = fill(p, holes.count + 2)
            // A pixel or two of paper inside a stroke is the scan's grain, not a hole.
            if hole.count >= 4 { holes.append(hole) }
        }
        guard holes.count == 1 else { return false }
        return (holes[0].bottom - holes[0].top + 1) * 5 > box.height * 3
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

    static let quotes: Set<String> = ["”", "“", "\"", "'", "’", "‘"]
    /// What chi_sim reads a list number's full stop as.
    static let listPoints: Set<String> = [".", "”", "“", "，", ",", "、", "'", "’", "。"]
}
