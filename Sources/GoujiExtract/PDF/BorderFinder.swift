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
        let boxes = glyphs.map(\.box)
        // Joined first: a border drawn cell by cell has pieces no longer than the text above them.
        return joinEndToEnd(lines, gap: maxThickness + 1).filter { $0.end - $0.start >= minLength && !underlines($0, boxes) }
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
    /// border runs on past the text of its cell.
    private static func underlines(_ ruling: Ruling, _ boxes: [Box]) -> Bool {
        guard ruling.axis == .horizontal else { return false }
        let under = boxes.filter {
            ruling.position >= $0.maxY - 0.35 * $0.height && ruling.position <= $0.maxY + 0.3 * $0.height
                && $0.maxX > ruling.start && $0.x < ruling.end
        }
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
