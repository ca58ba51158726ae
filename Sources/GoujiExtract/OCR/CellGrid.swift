import GoujiModel

/// The tables a scanned page's lines make, and their cells, in pixels: lines that cross or touch
/// form a table; the distinct positions of its lines cut it into slots, and neighbouring slots
/// with no line between them belong to one (merged) cell. (Reconstruct finds the same cells
/// again from the rulings a scan's page hands on; these are the ones OCR reads, one by one.)
enum CellGrid {
    struct Table: Sendable, Hashable {
        var box: PixelBox
        var cells: [PixelBox]

        /// The sides of its cells as lines, sides on one line that touch joined: the table's
        /// borders as its cells are parted, without what was drawn between no cells.
        var borders: [RulingFinder.Line] {
            var sides: [RulingFinder.Line] = []
            for cell in cells {
                sides.append(.init(horizontal: true, position: Double(cell.y), start: cell.x, end: cell.maxX, thickness: 1))
                sides.append(.init(horizontal: true, position: Double(cell.maxY), start: cell.x, end: cell.maxX, thickness: 1))
                sides.append(.init(horizontal: false, position: Double(cell.x), start: cell.y, end: cell.maxY, thickness: 1))
                sides.append(.init(horizontal: false, position: Double(cell.maxX), start: cell.y, end: cell.maxY, thickness: 1))
            }
            let byLine = Dictionary(grouping: sides) { [$0.horizontal ? 1 : 0, Int($0.position)] }
            return byLine.values.flatMap { sides in
                sides.sorted { $0.start < $1.start }.reduce(into: [RulingFinder.Line]()) { joined, side in
                    if let last = joined.last, side.start <= last.end {
                        joined[joined.count - 1].end = max(last.end, side.end)
                    } else {
                        joined.append(side)
                    }
                }
            }.sorted { ($0.horizontal ? 0 : 1, $0.position, $0.start) < ($1.horizontal ? 0 : 1, $1.position, $1.start) }
        }
    }

    /// The share of a side between two slots that lines must cover to part them.
    static let coverage = 0.6

    /// `tolerance`: how far apart (pixels) two line ends may be and still meet, or two lines
    /// and still be one.
    static func tables(from lines: [RulingFinder.Line], tolerance: Int) -> [Table] {
        let meeting = { (a: RulingFinder.Line, b: RulingFinder.Line) in meet(a, b, tolerance) }
        return RuledGrid.connected(RuledGrid.borders(lines, meet: meeting), meet: meeting)
            .compactMap { table(of: $0, tolerance: tolerance) }
            .sorted { ($0.box.y, $0.box.x) < ($1.box.y, $1.box.x) }
    }

    static func meet(_ a: RulingFinder.Line, _ b: RulingFinder.Line, _ tolerance: Int) -> Bool {
        guard a.horizontal != b.horizontal else { return false }
        let t = Double(tolerance)
        return Double(a.start) - t <= b.position && b.position <= Double(a.end) + t
            && Double(b.start) - t <= a.position && a.position <= Double(b.end) + t
    }

    private static func table(of lines: [RulingFinder.Line], tolerance: Int) -> Table? {
        let horizontal = lines.filter(\.horizontal), vertical = lines.filter { !$0.horizontal }
        guard !horizontal.isEmpty, vertical.count >= 2 else { return nil }
        // The outer frame, as reconstruct's Lattice takes it: rows reach as far as the horizontal
        // lines do (tables with open sides are common); above and below, the table reaches as
        // far as both its outer vertical lines do (a table cut by a page break has no line at
        // the cut).
        let left = min(horizontal.map(\.start).min()!, Int(vertical.map(\.position).min()!))
        let right = max(horizontal.map(\.end).max()!, Int(vertical.map(\.position).max()!))
        let outer = [vertical.min { $0.position < $1.position }!, vertical.max { $0.position < $1.position }!]
        let top = min(horizontal.map(\.position).min()!, Double(outer.map(\.start).max()!))
        let bottom = max(horizontal.map(\.position).max()!, Double(outer.map(\.end).min()!))
        let xs = RuledGrid.positions(vertical.map(\.position) + [Double(left), Double(right)], tolerance: Double(tolerance))
        let ys = RuledGrid.positions(horizontal.map(\.position) + [top, bottom], tolerance: Double(tolerance))
        guard xs.count >= 2, ys.count >= 2 else { return nil }
        func drawn(_ lines: [RulingFinder.Line], at position: Double, from a: Double, to b: Double) -> Bool {
            let covered = lines.filter { abs($0.position - position) <= Double(tolerance) }
                .reduce(0.0) { $0 + max(0, min(Double($1.end), b) - max(Double($1.start), a)) }
            return covered >= coverage * (b - a)
        }
        let spans = RuledGrid.cells(rows: ys.count - 1, columns: xs.count - 1,
                                    lineAfterColumn: { r, c in drawn(vertical, at: xs[c + 1], from: ys[r], to: ys[r + 1]) },
                                    lineBelowRow: { r, c in drawn(horizontal, at: ys[r + 1], from: xs[c], to: xs[c + 1]) })
        let cells = spans.map { span -> PixelBox in
            let x0 = Int(xs[span.columns.lowerBound].rounded()), x1 = Int(xs[span.columns.upperBound + 1].rounded())
            let y0 = Int(ys[span.rows.lowerBound].rounded()), y1 = Int(ys[span.rows.upperBound + 1].rounded())
            return PixelBox(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        }
        let box = PixelBox(x: Int(xs.first!), y: Int(ys.first!), width: Int(xs.last! - xs.first!), height: Int(ys.last! - ys.first!))
        return Table(box: box, cells: cells)
    }
}
