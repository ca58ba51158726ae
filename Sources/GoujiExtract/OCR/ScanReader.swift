import Foundation
import GoujiModel

/// Reads a scanned page (an image without text) into the characters and rulings a PDF's text
/// layer would have given: the skew undone, the table borders found as long lines of ink, each
/// cell read on its own (numbers again with digits alone allowed), and the lines of text
/// outside the tables read line by line. Every character carries tesseract's confidence.
struct ScanReader {
    /// Cells whose text is only these, read a second time with `digits` alone allowed.
    static let numberCharacters = Set("0123456789.,，+-")
    static let digits = "0123456789.,+-"
    /// Marks a border leaves at the edge of a cell's cut-out, as chi_sim reads them.
    static let borderMarks: Set<String> = ["|", "丨", "】", "【", "[", "]", "」", "「", "I", "l", "!", "'", "’", "‘"]
    /// A sign before a number (表二's 本年增/减 prints +5 and -6), as chi_sim may read it.
    static let signs: [String: String] = ["+": "+", "十": "+", "＋": "+", "-": "-", "一": "-", "—": "-", "－": "-"]
    /// A lone stroke in a cell is a dash printed for "no value"; chi_sim reads it as 一.
    static let dashes: Set<String> = ["一", "-", "—", "－", "―", "_", "~", "ー"]
    /// A dash told by its shape alone is taken as sure as this.
    static let dashConfidence = 90.0
    /// When the two readings of a number disagree, or its digits stand on several lines of a
    /// cell that had room for them on one, its characters are worth no more than this.
    static let disagreement = 30.0

    let tesseract: Tesseract
    /// A second engine for numbers, with a model of its own (eng): where two models agree on a
    /// number's digits, it was read right far more often than either says on its own. It keeps
    /// each digit's alternatives, for the readings a failing equation may name.
    let digitReader: Tesseract

    init(tesseract: Tesseract, digitReader: Tesseract) {
        self.tesseract = tesseract
        self.digitReader = digitReader
    }

    /// This thread's reader, its engines loaded once and kept for every later scan: loading
    /// chi_sim and eng costs a few tenths of a second, a page's cells not much more. (An engine
    /// reads one image at a time, so threads do not share them.)
    static func forThisThread() throws(Tesseract.InitError) -> ScanReader {
        let key = "gouji.ScanReader"
        if let kept = Thread.current.threadDictionary[key] as? Engines { return ScanReader(tesseract: kept.text, digitReader: kept.digits) }
        let engines = Engines(text: try Tesseract(language: "chi_sim"), digits: try Tesseract(language: "eng", choices: true))
        Thread.current.threadDictionary[key] = engines
        return ScanReader(tesseract: engines.text, digitReader: engines.digits)
    }

    private final class Engines {
        let text: Tesseract, digits: Tesseract
        init(text: Tesseract, digits: Tesseract) { self.text = text; self.digits = digits }
    }

    /// The page's characters and rulings in points (`width` × `height`, as poppler gives the
    /// page), and the page's skew, in degrees. A page without a table is not read but for its
    /// title, looked for in its first `opening` lines of text, and its last `closing` lines: where
    /// a report says whose report it is and of which year, and signs and dates it; and, where
    /// the page before held a table (`continuing`), its opening lines of figures set apart as
    /// columns are: the end of a row that ran out of room there.
    func read(_ scan: GrayImage, page number: Int, width: Double, height: Double,
              opening: Int = 0, closing: Int = 0, continuing: Bool = false) -> (page: Page, tables: Int, skew: Double) {
        let tolerance = max(2, Int(scan.dpi / 36))  // 2 points
        let skew = RulingFinder.skew(of: scan.binarized(threshold: scan.inkThreshold), width: scan.width, height: scan.height)
        var image = abs(skew) < 0.05 ? scan : scan.rotated(by: -skew)
        let (lines, tables) = Self.tables(in: image, thresholds: [scan.inkThreshold, scan.faintThreshold], tolerance: tolerance)
        let ink = image.binarized(threshold: image.inkThreshold)
        let grey = image
        // tesseract is handed cut-outs of ink and paper: its own threshold, taken on a small
        // cut-out of a grey scan, splits the strokes of some digits.
        image.pixels = ink.map { $0 ? 0 : 255 }
        let scale = 72 / image.dpi
        // The rulings handed on are the borders of the cells read here, so that reconstruct
        // parts the cells as OCR read them: a faint border found in pieces parts them here, and
        // must not leave two numbers in one cell there.
        let rulings = tables.flatMap(\.borders).map { line in
            Ruling(line.horizontal ? .horizontal : .vertical, at: line.position * scale,
                   from: Double(line.start) * scale, to: Double(line.end) * scale)
        }
        guard !tables.isEmpty else {
            // A table laid out by position alone: the page read whole.
            if let read = readBorderless(grey, ink: ink, scale: scale) {
                return (Page(number: number, width: width, height: height, glyphs: read.glyphs, rulings: [],
                             otherReadings: read.otherReadings), 1, skew)
            }
            let lines = textLines(ink, width: image.width, height: image.height, outside: [], dpi: image.dpi)
            // Read as a table's cells are: a lone 1, read in a line, is read as 工.
            let carried = continuing ? Self.leadingColumns(lines, ink: ink, of: image) : []
            var glyphs = carried.joined().flatMap { column in
                self.glyphs(readCell(column.outset(by: 2, within: image.width, image.height), image: image, ink: ink).symbols, scale: scale)
            }
            // A printed web page opens with its site's menus: the title is read for until it ends
            // (报告), or a line after the one it starts on (a title set over two lines).
            var started = false
            for line in lines.prefix(opening) {
                let read = readLines([line], of: image, ink: ink, scale: scale)
                glyphs += read
                let text = String(String.UnicodeScalarView(read.map(\.character)))
                if started || text.contains("报告") { break }
                started = text.contains("政府信息公开")
            }
            glyphs += readLines(Array(lines.dropFirst(opening + carried.count).suffix(closing)), of: image, ink: ink, scale: scale)
            return (Page(number: number, width: width, height: height, glyphs: glyphs), 0, skew)
        }
        var glyphs: [Glyph] = [], otherReadings: [OtherReading] = []
        let thickness = lines.map(\.thickness).sorted().dropFirst(lines.count / 2).first ?? 2
        for table in tables {
            for cell in table.cells {
                let read = readCell(cell.inset(by: thickness / 2 + tolerance), image: image, ink: ink)
                let cellGlyphs = self.glyphs(read.symbols, scale: scale)
                glyphs += cellGlyphs
                let others = Self.otherReadings(of: read.symbols, besides: read.other)
                if !others.isEmpty, let first = cellGlyphs.first {
                    otherReadings.append(OtherReading(box: cellGlyphs.dropFirst().reduce(first.box) { $0.union($1.box) }, texts: others))
                }
            }
        }
        glyphs += readLines(textLines(ink, width: image.width, height: image.height, outside: tables.map(\.box), dpi: image.dpi),
                            of: image, ink: ink, scale: scale)
        return (Page(number: number, width: width, height: height, glyphs: glyphs, rulings: rulings, otherReadings: otherReadings),
                tables.count, skew)
    }

    /// The columns of the first of `lines` that hold pieces parted as a table's columns are,
    /// line by line.
    private static func leadingColumns(_ lines: [PixelBox], ink: [Bool], of image: GrayImage) -> [[PixelBox]] {
        let layout = InkLayout(ink: ink, width: image.width, height: image.height, dpi: image.dpi)
        var columns: [[PixelBox]] = []
        for line in lines {
            let middle = line.y + line.height / 2
            guard let inked = layout.lines.first(where: { $0.box.y <= middle && middle < $0.box.maxY }) else { break }
            let pieces = layout.columns(of: inked)
            guard pieces.count >= 2 else { break }
            columns.append(pieces)
        }
        return columns
    }

    /// The characters of `lines` of text (outside the tables), read line by line.
    private func readLines(_ lines: [PixelBox], of image: GrayImage, ink: [Bool], scale: Double) -> [Glyph] {
        lines.flatMap { line in
            var symbols = read(line, of: image, by: tesseract, allowed: nil)
            // A line of digits and strokes alone is a page number between dashes ("— 3 —"),
            // whose dashes chi_sim reads as 一.
            if symbols.contains(where: { $0.text.allSatisfy(\.isNumber) }),
               symbols.allSatisfy({ $0.text.allSatisfy(\.isNumber) || Self.dashes.contains($0.text) }) {
                for k in symbols.indices where Self.dashes.contains(symbols[k].text) { symbols[k].text = "—" }
            }
            return glyphs(rereadingNumbers(symbols, in: line, image: image, ink: ink), scale: scale)
        }
    }

    /// `line` of `image` read on its own: its characters in pixels of the page, each as tall as
    /// the line's ink.
    private func read(_ line: PixelBox, of image: GrayImage, by engine: Tesseract, allowed: String?) -> [Tesseract.Symbol] {
        let margin = Int(image.dpi / 15)
        return engine.read(image.cut([line], gap: 0, margin: margin), as: .line, allowed: allowed).map { symbol in
            var symbol = symbol
            symbol.box.x += line.x - margin; symbol.box.y += line.y - margin
            symbol.line = line
            return symbol
        }
    }

    /// A line's symbols with each number chi_sim was unsure of read again as a cell's number is
    /// (a title's year, a figure the narrative states): chi_sim reads 0 as 6 in small print.
    private func rereadingNumbers(_ symbols: [Tesseract.Symbol], in line: PixelBox, image: GrayImage, ink: [Bool]) -> [Tesseract.Symbol] {
        func isDigit(_ symbol: Tesseract.Symbol) -> Bool { symbol.text.count == 1 && "0123456789".contains(symbol.text) }
        var result: [Tesseract.Symbol] = []
        var k = 0
        while k < symbols.count {
            guard isDigit(symbols[k]) else { result.append(symbols[k]); k += 1; continue }
            let end = symbols[k...].firstIndex { !isDigit($0) } ?? symbols.endIndex
            let run = symbols[k..<end]
            k = end
            guard run.contains(where: { $0.confidence < Self.sureDigits }) else { result += run; continue }
            // The number's ink reaches as far as its strokes do (tesseract's boxes may cut a
            // digit's edge), to the gap before the next character where there is one near.
            func inked(_ x: Int) -> Bool { (line.y..<line.maxY).contains { ink[$0 * image.width + x] } }
            func edge(from x: Int, step: Int) -> Int {
                var x = x
                for _ in 0..<line.height / 3 {
                    guard (line.x..<line.maxX).contains(x + step), inked(step < 0 ? x - 1 : x) else { return x }
                    x += step
                }
                return step < 0 ? run.map(\.box.x).min()! : run.map(\.box.maxX).max()!
            }
            let x0 = edge(from: run.map(\.box.x).min()!, step: -1), x1 = edge(from: run.map(\.box.maxX).max()!, step: 1)
            let read = readCell(PixelBox(x: x0 - 1, y: line.y, width: x1 - x0 + 2, height: line.height), image: image, ink: ink).symbols
            // Digits in running text are rarely missed or doubled, but a cut-out that grazed a
            // neighbour may read one more or fewer: such a reading is not taken.
            guard read.count == run.count, read.allSatisfy(isDigit) else { result += run; continue }
            result += read.map { Self.with($0, line: line) }
        }
        return result
    }

    /// The borders of `image` (upright) and the tables they make, looked for in the marks darker
    /// than each of `thresholds` (print, then faint marks): those that make more cells stand. A
    /// hairline, scanned at a low resolution, blurred and compressed, is far paler than print,
    /// and where only its darker stretches pass for ink they make a stray table or two of a few
    /// cells, or a table's frame without the lines inside.
    static func tables(in image: GrayImage, thresholds: [UInt8], tolerance: Int) -> (lines: [RulingFinder.Line], tables: [CellGrid.Table]) {
        var best: (lines: [RulingFinder.Line], tables: [CellGrid.Table]) = ([], [])
        for threshold in Set(thresholds).sorted() {
            let lines = RulingFinder.lines(in: image.binarized(threshold: threshold), width: image.width, height: image.height, dpi: image.dpi)
            let tables = Self.tables(from: lines, tolerance: tolerance, dpi: image.dpi)
            if tables.reduce(0, { $0 + $1.cells.count }) > best.tables.reduce(0, { $0 + $1.cells.count }) { best = (lines, tables) }
        }
        return best
    }

    /// The tables `lines` make. Smaller than this (a fifth of an inch high, half an inch wide),
    /// crossing strokes of a heading's characters make the lattice; a table cut by a page break
    /// may be a row high.
    static func tables(from lines: [RulingFinder.Line], tolerance: Int, dpi: Double) -> [CellGrid.Table] {
        CellGrid.tables(from: lines, tolerance: tolerance).filter {
            Double(min($0.box.width, $0.box.height)) >= dpi / 5 && Double(max($0.box.width, $0.box.height)) >= dpi / 2
                && $0.cells.count >= 2
        }
    }

    /// The characters of one cell (`inner`: the cell inside its borders) of `image`, line by
    /// line, in pixels of the page: none where it holds no ink but specks. `other`: the
    /// reading not kept, where two engines read a number differently.
    private func readCell(_ inner: PixelBox, image: GrayImage, ink: [Bool]) -> (symbols: [Tesseract.Symbol], other: String?) {
        guard let box = inkBox(ink, width: image.width, in: inner) else { return ([], nil) }
        let lines = Self.withoutUnderlines(Self.lineBands(ink, width: image.width, in: box).compactMap { band in
            inkBox(ink, width: image.width, in: PixelBox(x: box.x, y: band.lowerBound, width: box.width, height: band.count), least: 1, trimmingBorders: false)
        }, dpi: image.dpi)
        guard let first = lines.first else { return ([], nil) }
        // A lone short stroke, level and thin, is a dash printed for "no value": too small for
        // tesseract to read with any certainty, and nothing else in a table looks like it.
        if lines.count == 1, Self.isDash(box, dpi: image.dpi) {
            return ([Tesseract.Symbol(text: "—", box: box, line: box, confidence: Self.dashConfidence)], nil)
        }
        let margin = Int(image.dpi / 15)
        // Lines of one character each: digits stacked in a narrow cell, a heading set upright.
        let upright = lines.count > 1 && lines.allSatisfy { $0.width <= $0.height * 3 / 2 }
        // How many marks the ink makes: counted only where two readings differ in length.
        func inkMarks() -> Int { upright ? lines.count : Self.marks(ink, width: image.width, in: box) }
        func read(by tesseract: Tesseract, allowed: String?) -> [Tesseract.Symbol] {
            // Characters set upright are read as the one line they are meant as: tesseract reads
            // a lone character poorly, and a block of them as one garbled line. The characters
            // then stand on the first line, side by side, as they read.
            if upright {
                let strip = image.cut(lines, gap: first.height / 3, margin: margin)
                let symbols = tesseract.read(strip, as: .line, allowed: allowed)
                let height = lines.map(\.height).max()!
                let width = max(1, box.width / max(1, symbols.count))
                let line = PixelBox(x: box.x, y: first.y, width: box.width, height: height)
                return symbols.enumerated().map { k, symbol in
                    Tesseract.Symbol(text: symbol.text, box: PixelBox(x: box.x + k * width, y: first.y, width: width, height: height),
                                     line: line, confidence: symbol.confidence)
                }
            }
            return lines.flatMap { self.read($0, of: image, by: tesseract, allowed: allowed) }
        }
        var symbols = read(by: tesseract, allowed: nil)
        if symbols.count > 1, let sign = Self.signs[symbols[0].text], Self.isNumber(symbols.dropFirst().map(\.text).joined()) {
            symbols[0].text = sign
        }
        // A stroke at either end of a number is what is left of a border the cell's cut-out
        // grazed (1】, |25): the digits between are the reading, to be checked by the digit reader.
        var grazed = false
        while symbols.count > 1, Self.borderMarks.contains(symbols.last!.text), Self.isNumber(symbols.dropLast().map(\.text).joined()) {
            symbols.removeLast(); grazed = true
        }
        while symbols.count > 1, Self.borderMarks.contains(symbols[0].text), Self.isNumber(symbols.dropFirst().map(\.text).joined()) {
            symbols.removeFirst(); grazed = true
        }
        // Digits with a letter, character or sign as narrow as a digit among them ("工21", "J70",
        // "革O", "?3530": a 1, 0 or 5 that chi_sim took for another) are a number misread: the
        // digit reader's reading stands where it finds a digit for every character, or for every
        // mark the ink makes, but not as sure.
        if Self.mayBeMisreadNumber(symbols) {
            let number = read(by: digitReader, allowed: Self.digits)
            if number.count == symbols.count || number.count == inkMarks(), Self.isNumber(number.map(\.text).joined()),
               number.allSatisfy({ $0.confidence >= Self.unsureDigits }) {
                return (number.map { Self.capped($0) }, nil)
            }
        }
        let text = symbols.map(\.text).joined()
        if Self.dashes.contains(text) {
            return (symbols.map { Tesseract.Symbol(text: "—", box: $0.box, line: $0.line, confidence: $0.confidence) }, nil)
        }
        // Digits the chi_sim model gave up on or took for a character (1 as 工, 0 as nothing, a
        // lone digit with little else to go by) are looked at by the digit reader; what it finds
        // there stands, but not as sure.
        guard Self.firstReadingStands(symbols) else {
            let number = read(by: digitReader, allowed: Self.digits)
            if Self.isNumber(number.map(\.text).joined()), number.allSatisfy({ $0.confidence >= Self.unsureDigits }) {
                return (number.map { Self.capped($0) }, nil)
            }
            // Ink that reads as nothing is not a blank cell: it stands as a mark that is no
            // number, and the cell as not read.
            return (symbols.isEmpty ? [Tesseract.Symbol(text: "?", box: box, line: box, confidence: 0)] : symbols, nil)
        }
        guard Self.isNumber(text) else { return (symbols, nil) }
        // Digits on several lines of a cell that had room for them on one are likelier two
        // cells whose border was not found than one number wrapped.
        let stacked = zip(lines, lines.dropFirst()).contains { $0.width + $1.width + first.height / 2 <= inner.width }
        // A number chi_sim is sure of, digit by digit, stands as read: the second reading costs
        // as much as the first and, where the first was this sure, has never been the right one
        // of two that differed (a misreading still breaks an equation, which names the cell).
        if !stacked, !grazed, symbols.allSatisfy({ $0.confidence >= Self.sureDigits }) { return (symbols, nil) }
        // A number: read again by the digit reader with digits alone allowed; a second reading
        // that differs says neither is sure. Then a third, the first model's with digits alone
        // allowed, decides which of the two stands; where it sides with neither, the first.
        let number = read(by: digitReader, allowed: Self.digits)
        let digits = number.map(\.text).joined()
        let agree = Self.sameNumber(digits, text)
        var takeDigits = agree
        if !agree, !number.isEmpty {
            // Where the two readings have not as many characters, the one with as many as the
            // ink has marks stands (chi_sim reads some serif 5s as 35 or 95, sure of them).
            if number.count != symbols.count, case let marks = inkMarks(), marks == number.count || marks == symbols.count {
                takeDigits = marks == number.count
            } else {
                let third = read(by: tesseract, allowed: Self.digits).map(\.text).joined()
                takeDigits = Self.sameNumber(third, digits) && !Self.sameNumber(third, text)
            }
        }
        let chosen = takeDigits ? number : symbols
        return (chosen.map { !agree || stacked ? Self.capped($0) : $0 }, agree ? nil : takeDigits ? text : digits)
    }

    /// What else an unsure number may be: the other engine's reading, and the reading with one
    /// unsure digit replaced by tesseract's next choice of digit for it.
    static func otherReadings(of symbols: [Tesseract.Symbol], besides other: String?) -> [String] {
        let texts = symbols.map(\.text)
        let text = texts.joined()
        guard isNumber(text) else { return [] }
        var readings: [String] = []
        if let other, isNumber(other), !sameNumber(other, text) { readings.append(other) }
        for (k, symbol) in symbols.enumerated() where symbol.confidence < sureDigits {
            guard let digit = symbol.alternatives.first(where: { $0.count == 1 && "0123456789".contains($0) }) else { continue }
            var replaced = texts
            replaced[k] = digit
            let reading = replaced.joined()
            if !readings.contains(reading) { readings.append(reading) }
        }
        return readings
    }

    /// A cell's lines of ink, top to bottom, without the thin level strokes under a line of text:
    /// its underlines (a report underlined throughout underlines its figures too), which read as
    /// a dash of their own (0一).
    static func withoutUnderlines(_ lines: [PixelBox], dpi: Double) -> [PixelBox] {
        func isStroke(_ line: PixelBox) -> Bool { Double(line.height) <= dpi / 25 && line.height * 4 <= line.width }
        guard let text = lines.firstIndex(where: { !isStroke($0) }) else { return lines }
        return Array(lines[...text]) + lines[(text + 1)...].filter { !isStroke($0) }
    }

    /// How many marks the ink in `box` makes, as white columns part them: a printed number's
    /// digits and points stand apart, a digit's own strokes touch. A run of ink a pixel wide is
    /// a speck, not a mark.
    static func marks(_ ink: [Bool], width: Int, in box: PixelBox) -> Int {
        var marks = 0, run = 0
        for x in box.x..<box.maxX {
            if (box.y..<box.maxY).contains(where: { ink[$0 * width + x] }) { run += 1; continue }
            if run >= 2 { marks += 1 }
            run = 0
        }
        return marks + (run >= 2 ? 1 : 0)
    }

    /// Whether ink in `box` is shaped as a dash: level, thin and short.
    static func isDash(_ box: PixelBox, dpi: Double) -> Bool {
        box.height * 2 <= box.width && Double(box.height) <= dpi / 25 && Double(box.width) <= dpi / 4
    }

    /// A reading of digits and number marks alone, with a digit among them.
    static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { numberCharacters.contains($0) } && text.contains(where: \.isNumber)
    }

    /// Whether a reading may be digits some (or all) of which chi_sim took for letters or
    /// characters: a few symbols, each a digit or number mark or else one letter, ideograph or
    /// sign no wider than a digit is (a unit such as 件 is as wide as it is tall, and stays as
    /// read).
    static func mayBeMisreadNumber(_ symbols: [Tesseract.Symbol]) -> Bool {
        let odd = symbols.filter { !isNumberMark($0.text) }
        return (2...8).contains(symbols.count) && !odd.isEmpty
            && odd.allSatisfy { $0.text.count == 1 && ($0.text.first!.isLetter || isMisreadMark($0.text)) && $0.box.width * 10 <= $0.line.height * 7 }
    }

    static func isNumberMark(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { numberCharacters.contains($0) }
    }

    /// Two readings of one number: the same but for thousands separators, which change no value.
    static func sameNumber(_ a: String, _ b: String) -> Bool {
        a.filter { $0 != "," && $0 != "，" } == b.filter { $0 != "," && $0 != "，" }
    }

    /// Whether the first model's reading can be taken as it is, or held against the digit
    /// reader's: anything but nothing, a lone character it was unsure of, and a lone Latin
    /// letter or sign (D, B, O, $: no figure a table prints, but a digit taken for one), however
    /// sure.
    static func firstReadingStands(_ symbols: [Tesseract.Symbol]) -> Bool {
        guard let only = symbols.first else { return false }
        return symbols.count > 1 || isNumber(only.text)
            || only.confidence >= unsureCharacter && !isMisreadMark(only.text)
    }

    /// A Latin letter, or a sign a table prints nowhere ($, ?, &, a bracket or bar a 1 is read
    /// as), which a digit is taken for.
    private static func isMisreadMark(_ text: String) -> Bool {
        text.count == 1 && text.allSatisfy { $0.isASCII && $0.isLetter || "$?&#@!][|".contains($0) }
    }

    /// From this confidence in each of its digits up, chi_sim's reading of a number is not read again.
    static let sureDigits = 99.0
    /// A lone character the first model was less sure of than this may be a digit it misread.
    static let unsureCharacter = 95.0
    /// The digit reader's own confidence, below which its reading of such a cell is not taken.
    static let unsureDigits = 80.0

    static func capped(_ symbol: Tesseract.Symbol) -> Tesseract.Symbol {
        var symbol = symbol
        symbol.confidence = min(symbol.confidence, disagreement)
        return symbol
    }

    /// The runs of rows of `box` with ink in them.
    static func inkRuns(_ ink: [Bool], width: Int, in box: PixelBox) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = -1
        for y in box.y...box.maxY {
            let dark = y < box.maxY && (box.x..<box.maxX).contains { ink[y * width + $0] }
            if dark, start < 0 { start = y }
            if !dark, start >= 0 { runs.append(start..<y); start = -1 }
        }
        return runs
    }

    /// The rows of `box` that hold lines of text: runs of rows with ink, a run too short to be
    /// a line of its own (a stroke of 三, a full stop) joined to its neighbour while the two
    /// together are no taller than the tallest line.
    static func lineBands(_ ink: [Bool], width: Int, in box: PixelBox) -> [Range<Int>] {
        let bands = inkRuns(ink, width: width, in: box)
        guard let tallest = bands.map(\.count).max() else { return [] }
        var merged: [Range<Int>] = []
        for band in bands {
            if let last = merged.last, band.upperBound - last.lowerBound <= tallest * 23 / 20 || band.count < 3 {
                merged[merged.count - 1] = last.lowerBound..<band.upperBound
            } else {
                merged.append(band)
            }
        }
        return merged
    }

    /// The box around the ink in `area`, or nil where there are no more than a few specks.
    /// Rows and columns at its edges that are mostly ink are a border's remains, not text.
    private func inkBox(_ ink: [Bool], width: Int, in area: PixelBox, least: Int = 12, trimmingBorders: Bool = true) -> PixelBox? {
        var area = area
        func inkInRow(_ y: Int) -> Int { (area.x..<area.maxX).reduce(0) { $0 + (ink[y * width + $1] ? 1 : 0) } }
        func inkInColumn(_ x: Int) -> Int { (area.y..<area.maxY).reduce(0) { $0 + (ink[$1 * width + x] ? 1 : 0) } }
        for _ in 0..<(trimmingBorders ? 8 : 0) {
            var trimmed = false
            if area.height > 2, inkInRow(area.y) * 2 > area.width { area.y += 1; area.height -= 1; trimmed = true }
            if area.height > 2, inkInRow(area.maxY - 1) * 2 > area.width { area.height -= 1; trimmed = true }
            if area.width > 2, inkInColumn(area.x) * 2 > area.height { area.x += 1; area.width -= 1; trimmed = true }
            if area.width > 2, inkInColumn(area.maxX - 1) * 2 > area.height { area.width -= 1; trimmed = true }
            if !trimmed { break }
        }
        guard area.width > 2, area.height > 2, let extent = Self.inkExtent(ink, width: width, in: area) else { return nil }
        // A speck of noise or dust is a few pixels; the thinnest mark printed ("1", "-") is
        // tens of them.
        guard extent.count >= least, least < 12 || extent.box.width >= 3 || extent.box.height >= 7 else { return nil }
        return extent.box
    }

    /// The box around the ink in `area`, and how many pixels of ink it holds; nil where there is none.
    static func inkExtent(_ ink: [Bool], width: Int, in area: PixelBox) -> (box: PixelBox, count: Int)? {
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1, count = 0
        for y in area.y..<area.maxY {
            let row = y * width
            for x in area.x..<area.maxX where ink[row + x] {
                count += 1
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        return maxX < 0 ? nil : (PixelBox(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1), count)
    }

    /// `symbol` standing on `line`.
    static func with(_ symbol: Tesseract.Symbol, line: PixelBox) -> Tesseract.Symbol {
        var symbol = symbol
        symbol.line = line
        return symbol
    }

    /// Of `boxes`, the one nearest `x` along the line (0 from one holding it), and how far it is.
    static func nearest(_ boxes: [PixelBox], to x: Int) -> (index: Int, distance: Int) {
        func distance(_ k: Int) -> Int { max(0, boxes[k].x - x, x - boxes[k].maxX) }
        let k = boxes.indices.min { distance($0) < distance($1) }!
        return (k, distance(k))
    }

    /// The lines of text outside the tables: bands of rows holding ink, each as wide as its ink.
    private func textLines(_ ink: [Bool], width: Int, height: Int, outside tables: [PixelBox], dpi: Double) -> [PixelBox] {
        func inTable(_ x: Int, _ y: Int) -> Bool {
            tables.contains { $0.x - 4 <= x && x <= $0.maxX + 4 && $0.y - 4 <= y && y <= $0.maxY + 4 }
        }
        var counts = [Int](repeating: 0, count: height)
        var left = [Int](repeating: Int.max, count: height), right = [Int](repeating: -1, count: height)
        for y in 0..<height {
            for x in 0..<width where ink[y * width + x] && !inTable(x, y) {
                counts[y] += 1
                left[y] = min(left[y], x); right[y] = max(right[y], x)
            }
        }
        let minHeight = Int(dpi * 0.05), maxHeight = Int(dpi * 0.6)
        // A row between two lines set close holds a few specks of a scan's grain, or the
        // serifs of a few characters: no line of its own, and no bridge joining the two.
        let least = max(2, Int(dpi / 30))
        var runs: [Range<Int>] = []
        var y = 0
        while y < height {
            guard counts[y] >= least else { y += 1; continue }
            var end = y
            while end < height, counts[end] >= least || (end + 1 < height && counts[end + 1] >= least) { end += 1 }
            runs.append(y..<end)
            y = end + 1
        }
        // Lines set close, turned a little, touch: a run whose ink thins almost to nothing
        // between two full rows is two lines. (Within one line of characters, every row but the
        // edges holds ink.)
        func split(_ run: Range<Int>) -> [Range<Int>] {
            guard run.count >= 2 * minHeight, let peak = run.map({ counts[$0] }).max(),
                  let valley = (run.lowerBound + minHeight..<run.upperBound - minHeight).min(by: { counts[$0] < counts[$1] }),
                  counts[valley] * 8 <= peak else { return [run] }
            return split(run.lowerBound..<valley) + split(valley + 1..<run.upperBound)
        }
        return runs.flatMap(split).compactMap { run in
            let x0 = run.map { left[$0] }.min()!, x1 = run.map { right[$0] }.max()!
            guard run.count >= minHeight, run.count <= maxHeight, x1 > x0 else { return nil }
            return PixelBox(x: max(0, x0 - 4), y: max(0, run.lowerBound - 4), width: min(width, x1 + 5) - max(0, x0 - 4),
                            height: min(height, run.upperBound + 4) - max(0, run.lowerBound - 4))
        }
    }

    /// Symbols as glyphs in points: each as tall as its line, so that a line's characters
    /// stand level as a font's do; a symbol of several characters shares its box out.
    private func glyphs(_ symbols: [Tesseract.Symbol], scale: Double) -> [Glyph] {
        var glyphs: [Glyph] = []
        for (k, var symbol) in symbols.enumerated() {
            // Characters of one line closer than half its height stand together, as a font sets
            // them: a number's full stop and comma are narrow marks with gaps either side.
            if k + 1 < symbols.count, symbols[k + 1].line == symbol.line {
                let gap = symbols[k + 1].box.x - symbol.box.maxX
                if gap > 0, gap * 2 < symbol.line.height { symbol.box.width += gap }
            }
            let scalars = symbol.text.unicodeScalars.filter { !$0.properties.isWhitespace }
            guard !scalars.isEmpty else { continue }
            let share = Double(symbol.box.width) / Double(scalars.count)
            let height = Double(symbol.line.height) * scale
            let confidence = UInt8(min(max(symbol.confidence.rounded(), 0), 100))
            for (k, scalar) in scalars.enumerated() {
                let box = Box(x: (Double(symbol.box.x) + share * Double(k)) * scale, y: Double(symbol.line.y) * scale,
                              width: share * scale, height: height)
                glyphs.append(Glyph(scalar, box: box, fontSize: height, confidence: confidence))
            }
        }
        return glyphs
    }
}
