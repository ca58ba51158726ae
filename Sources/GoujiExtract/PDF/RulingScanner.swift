import GoujiModel

/// A rendered page as darkness per pixel (0 white … 255 black), `scale` pixels to the point.
struct DarknessMap: Sendable {
    var width: Int
    var height: Int
    var scale: Double
    var pixels: [UInt8]

    /// The map turned over its diagonal, columns becoming rows: vertical lines are then scanned
    /// along memory like horizontal ones (down a column, every pixel is a cache miss). Copied
    /// tile by tile so that reads and writes both stay within the cache.
    func transposed() -> DarknessMap {
        var turned = [UInt8](repeating: 0, count: pixels.count)
        let tile = 64
        pixels.withUnsafeBufferPointer { from in
            turned.withUnsafeMutableBufferPointer { to in
                for top in stride(from: 0, to: height, by: tile) {
                    for left in stride(from: 0, to: width, by: tile) {
                        for y in top..<min(top + tile, height) {
                            for x in left..<min(left + tile, width) { to[x * height + y] = from[y * width + x] }
                        }
                    }
                }
            }
        }
        return DarknessMap(width: height, height: width, scale: scale, pixels: turned)
    }
}

/// Finds table borders on a rendered page. poppler-glib has no path API, so the page is drawn
/// on white and scanned for long, thin, dark runs: a pixel is on a horizontal line when it is
/// clearly darker than the pixels a little above and below it (so a border on a shaded cell is
/// still seen, and the shading is not), and a run long enough, not lying over text, is a line.
enum RulingScanner {
    /// Pixels per point: enough to place a hairline within about half a point.
    static let scale = 2.0
    /// Thicker than this (points) is a filled area, not a line.
    static let maxThickness = 2.0
    /// Shorter than this (points) is part of a character or a mark.
    static let minLength = 6.0
    /// How much darker than its surroundings, out of 255, a line's pixel is.
    static let contrast = 20
    static let minDarkness = 24

    static func rulings(in map: DarknessMap, avoiding glyphs: [Glyph]) -> [Ruling] {
        guard map.width > 0, map.height > 0 else { return [] }
        let boxes = glyphs.map(\.box)
        let horizontal = lines(in: map, axis: .horizontal).filter { !underlines($0, boxes) }
        let vertical = lines(in: map.transposed(), axis: .vertical)
        let kept = (horizontal + vertical).filter { !liesOverText($0, boxes) }
        return kept.flatMap { outsideText($0, glyphs.filter(isAsTallAsDrawn).map(\.box)) }
    }

    /// Whether a character's box is about as tall as the character: a CJK one is about square,
    /// a digit or letter about twice as tall as wide; but some producers' fonts claim twice
    /// their size, and poppler then gives boxes reaching into the rows above and below.
    private static func isAsTallAsDrawn(_ glyph: Glyph) -> Bool {
        glyph.box.height <= (glyph.character.isWide ? 1.6 : 3.2) * glyph.box.width
    }

    /// The pieces of a vertical line outside the middle of characters: a border never runs
    /// through a character, but a stroke of one standing against a border lengthens it into
    /// the cell. (Only vertical lines: characters' widths are their own, but their heights
    /// are the font's, which may span several lines where poppler ran them into one word.)
    private static func outsideText(_ ruling: Ruling, _ boxes: [Box]) -> [Ruling] {
        guard ruling.axis == .vertical else { return [ruling] }
        var pieces = [ruling]
        for box in boxes where box.x + 0.15 * box.width < ruling.position && ruling.position < box.maxX - 0.15 * box.width {
            pieces = pieces.flatMap { piece -> [Ruling] in
                guard box.y < piece.end, piece.start < box.maxY else { return [piece] }
                var parts: [Ruling] = []
                if box.y > piece.start { parts.append(Ruling(.vertical, at: piece.position, from: piece.start, to: box.y)) }
                if box.maxY < piece.end { parts.append(Ruling(.vertical, at: piece.position, from: box.maxY, to: piece.end)) }
                return parts
            }
        }
        return pieces.filter { $0.end - $0.start >= minLength }
    }

    /// A line close under a row of characters and reaching no further than they do underlines
    /// them (poppler does not say which characters are underlined for every producer); a
    /// border runs on past the text of its cell.
    private static func underlines(_ ruling: Ruling, _ boxes: [Box]) -> Bool {
        let under = boxes.filter {
            ruling.position >= $0.maxY - 0.35 * $0.height && ruling.position <= $0.maxY + 0.3 * $0.height
                && $0.maxX > ruling.start && $0.x < ruling.end
        }
        guard let first = under.first else { return false }
        let extent = under.dropFirst().reduce(first) { $0.union($1) }
        let covered = under.reduce(0.0) { $0 + max(0, min($1.maxX, ruling.end) - max($1.x, ruling.start)) }
        return ruling.start >= extent.x - 2 && ruling.end <= extent.maxX + 2 && covered >= 0.8 * (ruling.end - ruling.start)
    }

    // MARK: - Runs of line pixels

    private struct Run { var line: Int; var from: Int; var to: Int }

    /// Lines along the map's rows (`axis` says which way the page's lines run: a vertical line is
    /// scanned on the transposed map): runs of line pixels along each pixel row, joined across
    /// neighbouring rows into one line each, then joined end to end where only a crossing broke them.
    private static func lines(in map: DarknessMap, axis: Ruling.Axis) -> [Ruling] {
        let lineCount = map.height, length = map.width, lineStride = map.width
        let reach = Int(maxThickness * map.scale) + 1
        let maxGap = reach
        let minRun = Int(minLength * map.scale)
        let surround = max(1, Int((1.5 * map.scale).rounded()))

        var runs: [Run] = []
        map.pixels.withUnsafeBufferPointer { p in
            guard lineCount > 2 * reach else { return }
            for line in reach..<(lineCount - reach) {
                var start = -1, lastHit = -1
                for t in 0..<length {
                    let i = line * lineStride + t
                    let d = Int(p[i])
                    guard d >= minDarkness else { continue }
                    // Thin: the dark pixels across it end within a line's thickness ...
                    var up = 1, down = 1
                    while up < reach, line - up >= 0, Int(p[i - up * lineStride]) >= minDarkness { up += 1 }
                    while down < reach, line + down < lineCount, Int(p[i + down * lineStride]) >= minDarkness { down += 1 }
                    let across = up + down - 1
                    // ... or, where it borders shading or touches text, each side is lighter
                    // somewhere within a few pixels.
                    var above = false, below = false
                    if across >= reach {
                        for k in reach...(reach + surround) where line - k >= 0 && line + k < lineCount {
                            above = above || Int(p[i - k * lineStride]) + contrast <= d
                            below = below || Int(p[i + k * lineStride]) + contrast <= d
                        }
                    }
                    let hit = across < reach || (above && below)
                    if hit {
                        if start < 0 || t - lastHit > maxGap + 1 {
                            if start >= 0, lastHit - start + 1 >= minRun { runs.append(Run(line: line, from: start, to: lastHit)) }
                            start = t
                        }
                        lastHit = t
                    }
                }
                if start >= 0, lastHit - start + 1 >= minRun { runs.append(Run(line: line, from: start, to: lastHit)) }
            }
        }
        return joinEndToEnd(stack(runs, scale: map.scale, axis: axis), gap: maxThickness + 1)
    }

    /// Runs on neighbouring pixel rows that overlap are one line seen at several rows.
    private static func stack(_ runs: [Run], scale: Double, axis: Ruling.Axis) -> [Ruling] {
        struct Band { var firstLine: Int; var lastLine: Int; var from: Int; var to: Int; var weighted: Int; var count: Int }
        var open: [Band] = [], closed: [Band] = []
        for run in runs {
            closed += open.filter { $0.lastLine < run.line - 1 }
            open.removeAll { $0.lastLine < run.line - 1 }
            if let k = open.firstIndex(where: { $0.lastLine == run.line - 1 && $0.from <= run.to && run.from <= $0.to }) {
                open[k].lastLine = run.line
                open[k].from = min(open[k].from, run.from); open[k].to = max(open[k].to, run.to)
                open[k].weighted += run.line; open[k].count += 1
            } else if let k = open.firstIndex(where: { $0.lastLine == run.line && $0.from <= run.to && run.from <= $0.to }) {
                open[k].from = min(open[k].from, run.from); open[k].to = max(open[k].to, run.to)
            } else {
                open.append(Band(firstLine: run.line, lastLine: run.line, from: run.from, to: run.to, weighted: run.line, count: 1))
            }
        }
        return (closed + open).map { band in
            let position = (Double(band.weighted) / Double(band.count) + 0.5) / scale
            return Ruling(axis, at: position, from: Double(band.from) / scale, to: Double(band.to + 1) / scale)
        }
    }

    /// Collinear pieces a short gap apart are one line.
    static func joinEndToEnd(_ lines: [Ruling], gap: Double) -> [Ruling] {
        var joined: [Ruling] = []
        for line in lines.sorted(by: { ($0.position, $0.start) < ($1.position, $1.start) }) {
            if let k = joined.lastIndex(where: {
                abs($0.position - line.position) <= 1 && line.start <= $0.end + gap && $0.start <= line.end + gap
            }) {
                joined[k].start = min(joined[k].start, line.start)
                joined[k].end = max(joined[k].end, line.end)
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    /// Strokes of characters (一, 丨, the sides of 口) are dark thin runs too. A run that one
    /// character's box holds is one of them; so is a run lying inside characters nearly all
    /// along (——, ……). For the second, only the middle half of a character's height counts
    /// across a horizontal run, and the bar is high: boxes hold the font's whole ascent and
    /// descent (some producers' fonts claim twice their size), and a border running close
    /// above or below a row of text passes through them.
    private static func liesOverText(_ ruling: Ruling, _ boxes: [Box]) -> Bool {
        let slack = 1.0
        var covered = 0.0
        for box in boxes {
            let (across, along) = ruling.axis == .horizontal ? ((box.y, box.maxY), (box.x, box.maxX)) : ((box.x, box.maxX), (box.y, box.maxY))
            guard across.0 <= ruling.position, ruling.position <= across.1 else { continue }
            if along.0 - slack <= ruling.start, ruling.end <= along.1 + slack { return true }
            if ruling.axis == .horizontal, abs(ruling.position - box.midY) > box.height / 4 { continue }
            covered += max(0, min(along.1, ruling.end) - max(along.0, ruling.start))
        }
        return covered >= 0.9 * (ruling.end - ruling.start)
    }
}
