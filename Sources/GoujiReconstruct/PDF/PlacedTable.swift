import GoujiModel

/// A table as cells placed in a plane: each cell's frame (the rectangle it covers, in the
/// table's own coordinates, which a table continued over pages stacks downwards), its text,
/// and where that text stands in the document.
struct PlacedTable: Sendable {
    struct Cell: Sendable {
        var frame: Box
        var text: String
        var location: Location
        var doubt: String?
        /// OCR's confidence in the cell's text (0 to 100, its least sure character); nil for
        /// text the file itself holds.
        var confidence: Double? = nil
    }

    var cells: [Cell]
    /// The page the table starts on, and its box there: where it falls in reading order.
    var page: Int
    var box: Box
    /// Its first row is a heading: on a new page, the table begins there rather than going on.
    var opensWithHeading = false
    /// Its last row ran out of room at the page's edge: values opening the next page end it.
    var runsOn = false

    var frame: Box { cells.dropFirst().reduce(cells[0].frame) { $0.union($1.frame) } }
}
