/// The grid of a ruled table, whether its lines were drawn as vectors in a PDF or found in a
/// scanned page's pixels: the distinct positions of its lines cut it into slots, and slots side by
/// side with no line drawn between them belong to one (merged) cell.
public enum RuledGrid {
    /// A cell: its first and last row and column of slots.
    public struct Span: Sendable, Hashable {
        public var rows: ClosedRange<Int>
        public var columns: ClosedRange<Int>

        public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
            self.rows = rows
            self.columns = columns
        }
    }

    /// Distinct positions: values closer than the tolerance are one, at their mean.
    /// Each group is a run of the sorted values, read in place rather than gathered. The values
    /// are taken, not borrowed: callers gather them for this alone, and they are sorted where they lie.
    public static func positions(_ values: consuming [Double], tolerance: Double) -> [Double] {
        var sorted = values
        sorted.sort()
        guard !sorted.isEmpty else { return [] }
        var means: [Double] = []
        var start = 0
        for end in 1...sorted.count where end == sorted.count || sorted[end] - sorted[end - 1] > tolerance {
            means.append(sorted[start..<end].reduce(0, +) / Double(end - start))
            start = end
        }
        return means
    }

    /// The cells of `rows` × `columns` slots. `lineAfterColumn(r, c)` says whether a line is drawn
    /// in row r between columns c and c + 1; `lineBelowRow(r, c)` whether one is drawn in column c
    /// between rows r and r + 1. Cells are numbered as their first slots come in row order, so
    /// cells sharing a top-left corner keep one order from run to run.
    public static func cells(rows: Int, columns: Int,
                             lineAfterColumn: (_ row: Int, _ column: Int) -> Bool,
                             lineBelowRow: (_ row: Int, _ column: Int) -> Bool) -> [Span] {
        var parent = Array(0..<(rows * columns))
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for r in 0..<rows {
            for c in 0..<columns {
                if c + 1 < columns, !lineAfterColumn(r, c) { parent[root(r * columns + c)] = root(r * columns + c + 1) }
                if r + 1 < rows, !lineBelowRow(r, c) { parent[root(r * columns + c)] = root((r + 1) * columns + c) }
            }
        }
        var cellOfRoot = [Int](repeating: -1, count: rows * columns)
        var spans: [Span] = []
        for slot in 0..<(rows * columns) {
            let r = slot / columns, c = slot % columns, k = root(slot)
            if cellOfRoot[k] < 0 {
                cellOfRoot[k] = spans.count
                spans.append(Span(rows: r...r, columns: c...c))
            } else {
                let i = cellOfRoot[k]
                spans[i].rows = min(spans[i].rows.lowerBound, r)...max(spans[i].rows.upperBound, r)
                spans[i].columns = min(spans[i].columns.lowerBound, c)...max(spans[i].columns.upperBound, c)
            }
        }
        return spans
    }
}
