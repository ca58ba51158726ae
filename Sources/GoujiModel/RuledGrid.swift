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
        var slots = Partition(rows * columns)
        for r in 0..<rows {
            for c in 0..<columns {
                if c + 1 < columns, !lineAfterColumn(r, c) { slots.join(r * columns + c, r * columns + c + 1) }
                if r + 1 < rows, !lineBelowRow(r, c) { slots.join(r * columns + c, (r + 1) * columns + c) }
            }
        }
        return slots.groups().map { slots in
            let rows = slots.map { $0 / columns }, columns = slots.map { $0 % columns }
            return Span(rows: rows.min()!...rows.max()!, columns: columns.min()!...columns.max()!)
        }
    }

    /// The lines that meet at least two lines across them, until every one kept does: a table's
    /// border does; strokes of characters taken for lines, and underlines, mostly do not.
    public static func borders<Line>(_ lines: [Line], meet: (Line, Line) -> Bool) -> [Line] {
        var lines = lines
        while true {
            let kept = lines.filter { line in
                var met = 0
                for other in lines where meet(line, other) {
                    met += 1
                    if met == 2 { return true }
                }
                return false
            }
            if kept.count == lines.count { return kept }
            lines = kept
        }
    }

    /// The lines that meet, directly or through others, as groups: one a table. Groups come in
    /// the order of their first lines (not a dictionary's, which changes from run to run).
    public static func connected<Line>(_ lines: [Line], meet: (Line, Line) -> Bool) -> [[Line]] {
        var partition = Partition(lines.count)
        for i in lines.indices {
            for j in (i + 1)..<lines.count where meet(lines[i], lines[j]) { partition.join(i, j) }
        }
        return partition.groups().map { $0.map { lines[$0] } }
    }

    /// Indices joined into groups (union-find).
    private struct Partition {
        private var parent: [Int]

        init(_ count: Int) { parent = Array(0..<count) }

        mutating func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }

        mutating func join(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }

        /// Each group's indices in order, the groups in the order of their first indices.
        mutating func groups() -> [[Int]] {
            var groupOfRoot = [Int](repeating: -1, count: parent.count)
            var groups: [[Int]] = []
            for i in parent.indices {
                let r = root(i)
                if groupOfRoot[r] < 0 {
                    groupOfRoot[r] = groups.count
                    groups.append([])
                }
                groups[groupOfRoot[r]].append(i)
            }
            return groups
        }
    }
}
