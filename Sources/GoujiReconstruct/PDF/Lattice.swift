import GoujiModel

/// A bordered table's geometry: the cells its rulings enclose.
struct TableFrame: Sendable {
    var box: Box
    /// Each cell's box; a cell spanning columns or rows is one box.
    var cells: [Box]
}

/// Finds bordered tables in a page's rulings. Lines that cross or touch form a table; the
/// distinct x of its vertical lines and y of its horizontal lines cut it into slots, and
/// neighbouring slots with no line between them belong to one (spanning) cell.
enum Lattice {
    /// How far apart (points) two line ends may be and still meet, or two lines and still be one.
    static let tolerance = 2.0
    /// How long a break in a line may be: text set against a border hides a little of it.
    static let breakLength = 5.0
    /// The share of a side between two slots that lines must cover to part them.
    static let coverage = 0.8
    /// The least width and height of a table.
    static let minSide = 16.0

    static func tables(from rulings: [Ruling]) -> [TableFrame] {
        let borders = RuledGrid.borders(merged(rulings), meet: meet)
        return RuledGrid.connected(borders, meet: meet).compactMap(frame)
    }

    // MARK: - Cleaning the lines

    /// Parallel lines lying on each other (a thick or double border seen twice), or one after
    /// the other with a short break, become one.
    private static func merged(_ rulings: [Ruling]) -> [Ruling] {
        var result: [Ruling] = []
        for axis in [Ruling.Axis.horizontal, .vertical] {
            var lines: [Ruling] = []
            for line in rulings.filter({ $0.axis == axis }).sorted(by: { ($0.position, $0.start) < ($1.position, $1.start) }) {
                if let k = lines.lastIndex(where: {
                    abs($0.position - line.position) <= tolerance && line.start <= $0.end + breakLength && $0.start <= line.end + breakLength
                }) {
                    lines[k].start = min(lines[k].start, line.start)
                    lines[k].end = max(lines[k].end, line.end)
                } else {
                    lines.append(line)
                }
            }
            result += lines
        }
        return result
    }

    static func meet(_ a: Ruling, _ b: Ruling) -> Bool {
        guard a.axis != b.axis else { return false }
        return a.start - tolerance <= b.position && b.position <= a.end + tolerance
            && b.start - tolerance <= a.position && a.position <= b.end + tolerance
    }

    // MARK: - Cells

    private static func frame(of lines: [Ruling]) -> TableFrame? {
        let horizontal = lines.filter { $0.axis == .horizontal }, vertical = lines.filter { $0.axis == .vertical }
        guard !horizontal.isEmpty, !vertical.isEmpty else { return nil }
        // The outer frame. Tables with open sides are common, so the rows reach as far as the
        // horizontal lines do. Above and below, the table reaches as far as both its outer
        // vertical lines do (a table cut by a page break may have no line at the cut), but no
        // further than its horizontal lines where only one vertical runs on: that one has
        // picked up strokes of a heading set against the table.
        let left = min(horizontal.map(\.start).min()!, vertical.map(\.position).min()!)
        let right = max(horizontal.map(\.end).max()!, vertical.map(\.position).max()!)
        let outer = [vertical.min { $0.position < $1.position }!, vertical.max { $0.position < $1.position }!]
        let top = min(horizontal.map(\.position).min()!, outer.map(\.start).max()!)
        let bottom = max(horizontal.map(\.position).max()!, outer.map(\.end).min()!)
        let xs = positions(vertical.map(\.position) + [left, right])
        let ys = positions(horizontal.map(\.position) + [top, bottom])
        guard xs.count >= 2, ys.count >= 2 else { return nil }

        // A boundary is drawn between two slots when lines cover most of their common side: a
        // stroke of a character touching a border lengthens it a little way into the next slot.
        // The lines along each boundary are picked out once, not for every slot beside it.
        func drawn(_ lines: [Ruling], from a: Double, to b: Double) -> Bool {
            let covered = lines.reduce(0.0) { $0 + max(0, min($1.end, b) - max($1.start, a)) }
            return covered >= coverage * (b - a)
        }
        let verticalAt = xs.map { x in vertical.filter { abs($0.position - x) <= tolerance } }
        let horizontalAt = ys.map { y in horizontal.filter { abs($0.position - y) <= tolerance } }

        let spans = RuledGrid.cells(rows: ys.count - 1, columns: xs.count - 1,
                                    lineAfterColumn: { r, c in drawn(verticalAt[c + 1], from: ys[r], to: ys[r + 1]) },
                                    lineBelowRow: { r, c in drawn(horizontalAt[r + 1], from: xs[c], to: xs[c + 1]) })
        let cells = spans.map { span -> Box in
            let x0 = xs[span.columns.lowerBound], x1 = xs[span.columns.upperBound + 1]
            let y0 = ys[span.rows.lowerBound], y1 = ys[span.rows.upperBound + 1]
            return Box(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        }
        // Smaller than this, crossing strokes of characters (井, 田) make the lattice.
        guard cells.count >= 2, xs.last! - xs.first! >= minSide, ys.last! - ys.first! >= minSide else { return nil }
        let order = cells.indices.sorted { (cells[$0].y, cells[$0].x, $0) < (cells[$1].y, cells[$1].x, $1) }
        return TableFrame(box: Box(x: xs.first!, y: ys.first!, width: xs.last! - xs.first!, height: ys.last! - ys.first!),
                          cells: order.map { cells[$0] })
    }

    /// Distinct positions: values closer than the tolerance are one, at their mean.
    static func positions(_ values: consuming [Double]) -> [Double] {
        RuledGrid.positions(values, tolerance: tolerance)
    }
}
