import GoujiModel

/// The columns of a table without borders, from where its values stand: values whose extents
/// overlap across the rows share a column.
enum ColumnBoundaries {
    struct Column: Sendable {
        var lower: Double, upper: Double

        /// Whether a piece of text stands in this column: most of the narrower of the two
        /// overlaps the other.
        func overlaps(_ box: Box) -> Bool {
            let overlap = min(upper, box.maxX) - max(lower, box.x)
            return overlap > 0.3 * min(upper - lower, box.width)
        }
    }

    static func columns(of values: [GlyphLine]) -> [Column] {
        var columns: [Column] = []
        for value in values.sorted(by: { $0.box.x < $1.box.x }) {
            if let last = columns.last, value.box.x <= last.upper {
                columns[columns.count - 1].upper = max(last.upper, value.box.maxX)
            } else {
                columns.append(Column(lower: value.box.x, upper: value.box.maxX))
            }
        }
        return columns
    }
}
