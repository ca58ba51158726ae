import GoujiModel

/// A bordered table filled with the characters inside its cells.
enum RuledTable {
    static func place(_ frame: TableFrame, glyphs: [Glyph], page: Int) -> PlacedTable {
        // Each cell's characters, in the order drawn, make one run of an array that holds the
        // cells' runs one after another: most cells hold a few characters or none, and an array
        // for each cost more than placing them.
        let bands = Bands(frame.cells)
        let cellOf = bands.cells(of: glyphs)
        var starts = [Int](repeating: 0, count: frame.cells.count + 1)
        for case let k? in cellOf { starts[k + 1] += 1 }
        for k in frame.cells.indices { starts[k + 1] += starts[k] }
        var placed = Array(glyphs.prefix(starts.last!))  // as many characters as fall in cells, each overwritten
        var next = starts
        for (glyph, k) in zip(glyphs, cellOf) {
            guard let k else { continue }
            placed[next[k]] = glyph
            next[k] += 1
        }
        let lines = frame.cells.indices.map { GlyphLines.lines(of: placed[starts[$0]..<starts[$0 + 1]]) }
        // What a column shows it can hold on one line: the widest line in any of its cells.
        // Only a cell of digits on several lines asks, and most tables have none.
        lazy var capacity: [ColumnKey: Double] = {
            var capacity: [ColumnKey: Double] = [:]
            for (box, cellLines) in zip(frame.cells, lines) {
                capacity[ColumnKey(box), default: 0] = max(capacity[ColumnKey(box)] ?? 0, cellLines.map(\.box.width).max() ?? 0)
            }
            return capacity
        }()
        let cells = zip(frame.cells, lines).map { box, cellLines in
            PlacedTable.Cell(frame: box, text: CellText.text(of: cellLines),
                             location: .page(page, CellText.box(of: cellLines) ?? box),
                             doubt: CellText.stackedNumberDoubt(cellLines, capacity: capacity[ColumnKey(box)] ?? 0),
                             confidence: Glyph.confidence(of: cellLines.lazy.flatMap(\.glyphs)))
        }
        return PlacedTable(cells: cells, page: page, box: frame.box)
    }

    /// The cells by the row bands their tops mark, to find the one a character stands in
    /// without trying every cell of the table. Each band lists, in the frame's order, the cells
    /// reaching below its top: a cell holding a point below a top holds it in the band of the
    /// last top above the point, so the first of those that holds it is the first of all the
    /// cells that does. A point on a top may lie on the bottom of cells above as well: all the
    /// cells are tried for it.
    private struct Bands {
        let cells: [Box]
        let tops: [Double]
        /// Each band's cells make one run of `members`, from `starts[band]` to `starts[band + 1]`:
        /// an array for each band, grown cell by cell, cost more than finding the cells.
        let starts: [Int]
        let members: [Int]

        init(_ cells: [Box]) {
            self.cells = cells
            var tops: [Double] = []
            for top in cells.map(\.y).sorted() where tops.last != top { tops.append(top) }
            self.tops = tops
            // The bands each cell reaches into, from the one its top marks.
            let bands = cells.map { cell in
                let first = Self.count(of: tops, atOrAbove: cell.y) - 1
                var end = first
                while end < tops.count, tops[end] < cell.maxY { end += 1 }
                return first..<end
            }
            var starts = [Int](repeating: 0, count: tops.count + 1)
            for range in bands { for band in range { starts[band + 1] += 1 } }
            for band in tops.indices { starts[band + 1] += starts[band] }
            var members = [Int](repeating: 0, count: starts.last!)
            var next = starts
            for (k, range) in bands.enumerated() {
                for band in range {
                    members[next[band]] = k
                    next[band] += 1
                }
            }
            self.starts = starts
            self.members = members
        }

        /// The cell each character's centre stands in. Characters come in the order drawn, mostly
        /// along a line: the band of the one before is tried before the tops are halved.
        func cells(of glyphs: [Glyph]) -> [Int?] {
            var band = -1
            return glyphs.map { glyph in
                let x = glyph.box.midX, y = glyph.box.midY
                if !(band >= 0 && tops[band] <= y && (band + 1 == tops.count || y < tops[band + 1])) {
                    band = Self.count(of: tops, atOrAbove: y) - 1
                }
                guard band >= 0 else { return nil }
                if y == tops[band] { return cells.firstIndex { $0.contains(x, y) } }
                return members[starts[band]..<starts[band + 1]].first { cells[$0].contains(x, y) }
            }
        }

        private static func count(of tops: [Double], atOrAbove y: Double) -> Int {
            var low = 0, high = tops.count
            while low < high {
                let middle = (low + high) / 2
                if tops[middle] <= y { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    private struct ColumnKey: Hashable {
        var left: Int, right: Int
        init(_ box: Box) { left = Int(box.x.rounded()); right = Int(box.maxX.rounded()) }
    }
}
