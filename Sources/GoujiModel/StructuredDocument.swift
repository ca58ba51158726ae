/// What reconstruct hands to normalize: the document's narrative lines and its tables rebuilt
/// as grids, in reading order.
public struct StructuredDocument: Sendable {
    public var source: SourceFile
    public var items: [Item]
    /// The title of the document's properties, as extract found it.
    public var title: String?

    public init(source: SourceFile, items: [Item], title: String? = nil) {
        self.source = source; self.items = items; self.title = title
    }

    public enum Item: Sendable {
        case text(TextLine)
        case grid(Grid)
    }

    /// The narrative text alone, one line per element.
    public var lines: [TextLine] {
        items.compactMap { if case .text(let line) = $0 { return line } else { return nil } }
    }

    public var grids: [Grid] {
        items.compactMap { if case .grid(let grid) = $0 { return grid } else { return nil } }
    }
}

/// A table rebuilt as rows of cells. A cell spanning several columns or rows appears at each
/// position it covers; the copies say so (`isSpanCopy`), so headers read across their span and
/// a value is counted once.
public struct Grid: Sendable {
    public var rows: [[Cell]]

    public init(rows: [[Cell]]) { self.rows = rows }

    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

public struct Cell: Sendable, Hashable {
    public var text: String
    public var location: Location
    /// True where this position is covered by a span whose text stands in another position.
    public var isSpanCopy: Bool
    /// Why the cell's text could not be read with confidence, if it could not.
    public var doubt: String?
    /// True for a blank cell that stands where the row printed nothing, found by the place of
    /// the cells beside it (a space-aligned text row): a blank at the row's end is then a cell
    /// of the table, not the space after it.
    public var isPlaced: Bool = false
    /// OCR's confidence in the text, 0 to 100 (its least sure character); nil for text the file
    /// itself holds.
    public var confidence: Double?

    public init(_ text: String, at location: Location, isSpanCopy: Bool = false, doubt: String? = nil, confidence: Double? = nil) {
        self.text = text; self.location = location; self.isSpanCopy = isSpanCopy; self.doubt = doubt; self.confidence = confidence
    }
}
