import GoujiModel

/// Finds table borders among the straight lines a page draws (poppler hands gouji every stroke
/// and fill through its output-device interface; see PopplerPages). A border is a stroked line,
/// or a filled rectangle no thicker than a line; dark enough to be seen, long enough not to be a
/// mark, and not an underline.
enum BorderFinder {
    /// A straight piece the page draws, in points from the top left: a stroke from (x0, y0) to
    /// (x1, y1), or a filled rectangle with those corners.
    struct Segment: Sendable {
        var x0, y0, x1, y1: Double
        var darkness: UInt8
        var filled: Bool
    }

    /// Thicker than this (points), a filled rectangle is an area, not a line.
    static let maxThickness = 2.0
    /// Shorter than this (points) is a mark, not a border.
    static let minLength = 6.0
    /// Paler than this, out of 255, does not show on white.
    static let minDarkness: UInt8 = 24

    static func rulings(in segments: [Segment], avoiding glyphs: [Glyph]) -> [Ruling] {
        let lines = segments.filter { $0.darkness >= minDarkness }.compactMap(ruling)
        // Joined first: a border drawn cell by cell has pieces no longer than the text above them.
        let long = joinEndToEnd(lines, gap: maxThickness + 1).filter { $0.end - $0.start >= minLength }
        // The horizontal lines come first, by position: each character is set against the few
        // lines at its foot, found by halving, rather than every line against every character.
        let horizontal = long.prefix { $0.axis == .horizontal }
        guard !horizontal.isEmpty else { return long }
        var above = [[Box]](repeating: [], count: horizontal.count)
        for box in glyphs.lazy.map(\.box) {
            let low = box.maxY - 0.35 * box.height, high = box.maxY + 0.3 * box.height
            var k = 0, end = horizontal.count
            while k < end {
                let middle = (k + end) / 2
                if horizontal[middle].position < low { k = middle + 1 } else { end = middle }
            }
            while k < horizontal.count, horizontal[k].position <= high {
                if box.maxX > horizontal[k].start && box.x < horizontal[k].end { above[k].append(box) }
                k += 1
            }
        }
        return long.indices.filter { $0 >= horizontal.count || !underlines(long[$0], above[$0]) }.map { long[$0] }
    }

    private static func ruling(_ s: Segment) -> Ruling? {
        let width = abs(s.x1 - s.x0), height = abs(s.y1 - s.y0)
        let thickness = s.filled ? maxThickness : 0.5
        if height <= thickness, width > height { return Ruling(.horizontal, at: (s.y0 + s.y1) / 2, from: s.x0, to: s.x1) }
        if width <= thickness, height > width { return Ruling(.vertical, at: (s.x0 + s.x1) / 2, from: s.y0, to: s.y1) }
        return nil
    }

    /// A line close under a row of characters and reaching no further than they do underlines
    /// them (poppler does not say which characters are underlined for every producer); a
    /// border runs on past the text of its cell. `under` are the boxes of the characters the
    /// line stands close under and within, in the order drawn.
    private static func underlines(_ ruling: Ruling, _ under: [Box]) -> Bool {
        guard let first = under.first else { return false }
        let extent = under.dropFirst().reduce(first) { $0.union($1) }
        let covered = under.reduce(0.0) { $0 + max(0, min($1.maxX, ruling.end) - max($1.x, ruling.start)) }
        return ruling.start >= extent.x - 2 && ruling.end <= extent.maxX + 2 && covered >= 0.8 * (ruling.end - ruling.start)
    }

    /// Collinear pieces a short gap apart are one line: a border drawn cell by cell, or twice
    /// where two cells meet.
    static func joinEndToEnd(_ lines: [Ruling], gap: Double) -> [Ruling] {
        var joined: [Ruling] = []
        for line in lines.sorted(by: { ($0.axis == .horizontal ? 0 : 1, $0.position, $0.start) < ($1.axis == .horizontal ? 0 : 1, $1.position, $1.start) }) {
            if let k = joined.lastIndex(where: {
                $0.axis == line.axis && abs($0.position - line.position) <= 1 && line.start <= $0.end + gap && $0.start <= line.end + gap
            }) {
                joined[k].start = min(joined[k].start, line.start)
                joined[k].end = max(joined[k].end, line.end)
            } else {
                joined.append(line)
            }
        }
        return joined
    }
}
