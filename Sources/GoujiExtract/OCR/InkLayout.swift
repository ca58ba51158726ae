import Foundation

/// A scanned page's lines of ink, each cut into pieces where a wide gap parts them, found from
/// the ink alone (no OCR): what tells a table laid out by position, its columns parted by white
/// space instead of borders, from a page of prose, and the pieces OCR then reads one by one.
struct InkLayout: Sendable {
    /// A line of ink: the rows between two white ones. A table row whose label wraps over two
    /// lines beside its numbers is one such line, its label a piece of two lines.
    struct Line: Sendable, Hashable {
        var box: PixelBox
        /// Runs of ink parted by gaps of at least `pieceGap` line heights, left to right.
        var pieces: [PixelBox]
    }

    var lines: [Line]
    /// The page's usual line height in pixels (its median line's).
    var lineHeight: Int

    /// A gap this many line heights wide parts two pieces of a line, words and numbers: wider
    /// than the white inside a character (八, 川), narrower than the space between columns.
    static let pieceGap = 0.5
    /// A gap this many line heights wide parts two columns of a table: prose, justified, has none.
    static let columnGap = 1.4
    /// Lines taller than this (inches) are pictures, seals or lines run together, not text.
    static let tallest = 0.6
    /// Lines lower than this (inches) are specks and rules, not text.
    static let lowest = 0.05

    init(ink: [Bool], width: Int, height: Int, dpi: Double) {
        var counts = [Int](repeating: 0, count: height)
        for y in 0..<height {
            var count = 0
            for x in 0..<width where ink[y * width + x] { count += 1 }
            counts[y] = count
        }
        // A row holds text where it has more ink than a speck or two; a single row without it
        // inside a line is the white between a character's strokes.
        var bands: [Range<Int>] = []
        var y = 0
        while y < height {
            guard counts[y] >= 2 else { y += 1; continue }
            var end = y
            while end < height, counts[end] >= 2 || (end + 1 < height && counts[end + 1] >= 2) { end += 1 }
            if Double(end - y) >= dpi * Self.lowest, Double(end - y) <= dpi * Self.tallest { bands.append(y..<end) }
            y = end + 1
        }
        let heights = bands.map(\.count).sorted()
        let lineHeight = heights.isEmpty ? Int(dpi / 7) : heights[heights.count / 2]
        let gap = max(2, Int(Double(lineHeight) * Self.pieceGap))
        self.lineHeight = lineHeight
        lines = bands.compactMap { band in
            let pieces = Self.pieces(ink, width: width, rows: band, gap: gap, least: max(2, lineHeight / 5))
            guard let first = pieces.first, let last = pieces.last else { return nil }
            return Line(box: PixelBox(x: first.x, y: band.lowerBound, width: last.maxX - first.x, height: band.count), pieces: pieces)
        }
    }

    /// The runs of ink across `rows`, joined where less than `gap` apart; a run narrower and
    /// lower than `least` standing alone (a speck of the scan's noise) is left out.
    static func pieces(_ ink: [Bool], width: Int, rows: Range<Int>, gap: Int, least: Int) -> [PixelBox] {
        var top = [Int](repeating: Int.max, count: width), bottom = [Int](repeating: -1, count: width)
        for y in rows {
            let row = y * width
            for x in 0..<width where ink[row + x] {
                top[x] = min(top[x], y); bottom[x] = max(bottom[x], y)
            }
        }
        var runs: [PixelBox] = []
        var x = 0
        while x < width {
            guard bottom[x] >= 0 else { x += 1; continue }
            var end = x, y0 = top[x], y1 = bottom[x]
            while end < width, bottom[end] >= 0 { y0 = min(y0, top[end]); y1 = max(y1, bottom[end]); end += 1 }
            runs.append(PixelBox(x: x, y: y0, width: end - x, height: y1 - y0 + 1))
            x = end
        }
        // A small run close to another is part of the print (a decimal point, a comma); alone
        // in a gap, it is a speck.
        runs = runs.indices.filter { k in
            runs[k].width >= least || runs[k].height >= least
                || k > 0 && runs[k].x - runs[k - 1].maxX < gap || k + 1 < runs.count && runs[k + 1].x - runs[k].maxX < gap
        }.map { runs[$0] }
        return runs.reduce(into: [PixelBox]()) { pieces, run in
            guard let last = pieces.last, run.x - last.maxX < gap else { pieces.append(run); return }
            let y0 = min(last.y, run.y), y1 = max(last.maxY, run.maxY)
            pieces[pieces.count - 1] = PixelBox(x: last.x, y: y0, width: run.maxX - last.x, height: y1 - y0)
        }
    }

    /// A row of text: the pieces of ink standing level, each one line high, left to right, and
    /// the rows they span together.
    struct Row: Sendable, Hashable {
        var cells: [PixelBox]
        var band: PixelBox
    }

    /// The page's text as rows of cells: each piece cut into its lines of text (a label
    /// wrapped over two lines beside one row of numbers is two cells), and cells standing level
    /// gathered into one row, top to bottom.
    func rows(_ ink: [Bool], width: Int) -> [Row] {
        var cells: [PixelBox] = []
        for line in lines {
            for piece in line.pieces {
                for band in Self.lineBands(ink, width: width, in: piece, lineHeight: lineHeight) {
                    cells.append(PixelBox(x: piece.x, y: band.lowerBound, width: piece.width, height: band.count))
                }
            }
        }
        var rows: [Row] = []
        for cell in cells.sorted(by: { ($0.y * 2 + $0.height, $0.x) < ($1.y * 2 + $1.height, $1.x) }) {
            let mid = cell.y + cell.height / 2
            if let k = rows.lastIndex(where: { $0.band.y <= mid && mid < $0.band.maxY && cell.y <= $0.band.y + $0.band.height / 2 && $0.band.y + $0.band.height / 2 < cell.maxY }) {
                let band = rows[k].band
                let y0 = min(band.y, cell.y), y1 = max(band.maxY, cell.maxY), x0 = min(band.x, cell.x), x1 = max(band.maxX, cell.maxX)
                rows[k].band = PixelBox(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
                rows[k].cells.append(cell)
            } else {
                rows.append(Row(cells: [cell], band: cell))
            }
        }
        return rows.map { Row(cells: $0.cells.sorted { $0.x < $1.x }, band: $0.band) }.sorted { ($0.band.y, $0.band.x) < ($1.band.y, $1.band.x) }
    }

    /// The rows of `box` that hold lines of text: runs of rows with ink, a run joined to the one
    /// before while the two together are no taller than a line of the page (the strokes of 三,
    /// parted by white, are one character, not three dashes).
    static func lineBands(_ ink: [Bool], width: Int, in box: PixelBox, lineHeight: Int) -> [Range<Int>] {
        ScanReader.inkRuns(ink, width: width, in: box).reduce(into: [Range<Int>]()) { merged, band in
            if let last = merged.last, band.upperBound - last.lowerBound <= lineHeight * 23 / 20 {
                merged[merged.count - 1] = last.lowerBound..<band.upperBound
            } else {
                merged.append(band)
            }
        }
    }

    /// A line's pieces parted by gaps of at least `columnGap` line heights.
    func columns(of line: Line) -> [PixelBox] {
        let gap = Double(lineHeight) * Self.columnGap
        return line.pieces.reduce(into: [PixelBox]()) { columns, piece in
            guard let last = columns.last, Double(piece.x - last.maxX) < gap else { columns.append(piece); return }
            let y0 = min(last.y, piece.y), y1 = max(last.maxY, piece.maxY)
            columns[columns.count - 1] = PixelBox(x: last.x, y: y0, width: piece.maxX - last.x, height: y1 - y0)
        }
    }

    /// Whether the page holds a table laid out by position: at least `least` lines of three or
    /// more pieces parted by wide gaps, whose narrow pieces (values, short headings) stand in
    /// at least two columns shared by three such lines. Prose, headings, a signature beside a
    /// date, a page number do not.
    func holdsTable(least: Int = 2) -> Bool {
        let rows = lines.enumerated().compactMap { k, line -> (Int, [PixelBox])? in
            let columns = columns(of: line)
            return columns.count >= 3 ? (k, columns) : nil
        }
        guard rows.count >= least else { return false }
        // Rows of a label and figures alone, set apart by tabs that missed their stops: a table
        // whose figures stand in no shared columns.
        if rows.filter({ $0.1.dropFirst().allSatisfy { $0.width <= 3 * lineHeight } }).count >= least { return true }
        // The pieces after each row's first (its label), no wider than a long number.
        let narrow = rows.flatMap { k, columns in columns.dropFirst().filter { $0.width <= 5 * lineHeight }.map { (line: k, mid: $0.x + $0.width / 2) } }
            .sorted { $0.mid < $1.mid }
        var shared = 0
        var start = 0
        while start < narrow.count {
            var end = start + 1
            while end < narrow.count, narrow[end].mid - narrow[end - 1].mid <= lineHeight { end += 1 }
            if Set(narrow[start..<end].map(\.line)).count >= least { shared += 1 }
            start = end
        }
        return shared >= 2
    }
}
