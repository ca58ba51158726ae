/// What extract hands to reconstruct: a document's content in reading order, copied out of
/// whatever library read it.
public struct ExtractedDocument: Sendable {
    public var source: SourceFile
    public var blocks: [Block]
    /// The title the document gives itself in its properties (a page's `<title>`, a DOCX's core
    /// properties), which a report without a printed title may hold its body's name in.
    public var title: String?
    /// What the library that read the file reported of damage in it (poppler's errors), where it reported
    /// any: tables not found in a damaged file may have been lost to the damage, not missing from the report.
    public var damage: String?

    public init(source: SourceFile, blocks: [Block], title: String? = nil, damage: String? = nil) {
        self.source = source; self.blocks = blocks; self.title = title; self.damage = damage
    }

    /// What else OCR read where it was unsure of a number, by page number.
    public var otherReadings: [Int: [OtherReading]] {
        var readings: [Int: [OtherReading]] = [:]
        for case .page(let page) in blocks where !page.otherReadings.isEmpty { readings[page.number, default: []] += page.otherReadings }
        return readings
    }
}

public enum Block: Sendable {
    /// A line or paragraph of text, tabs kept.
    case text(TextLine)
    /// A table whose cells the document itself delimits (DOCX, HTML).
    case table(SourceTable)
    /// One page of a PDF: characters where they stand.
    case page(Page)
}

public struct TextLine: Sendable, Hashable {
    public var text: String
    public var location: Location

    public init(_ text: String, at location: Location) {
        self.text = text; self.location = location
    }
}

/// A table as its document delimits it; rows may be ragged, spans are not yet expanded.
public struct SourceTable: Sendable {
    /// 1-based position among the document's tables.
    public var index: Int
    public var rows: [[SourceCell]]

    public init(index: Int, rows: [[SourceCell]]) {
        self.index = index; self.rows = rows
    }
}

public struct SourceCell: Sendable, Hashable {
    public var text: String
    public var rowSpan: Int
    public var columnSpan: Int
    /// True for a cell that continues a vertical merge from the row above (w:vMerge continue).
    public var continuesAbove: Bool
    public var location: Location

    public init(_ text: String, rowSpan: Int = 1, columnSpan: Int = 1, continuesAbove: Bool = false, at location: Location) {
        self.text = text; self.rowSpan = rowSpan; self.columnSpan = columnSpan
        self.continuesAbove = continuesAbove; self.location = location
    }
}

/// A PDF page: every character with its box, in the order the PDF draws them.
public struct Page: Sendable {
    /// 1-based.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [Glyph]
    /// The straight lines drawn on the page (table borders), where they were looked for.
    public var rulings: [Ruling]
    /// On a page read by OCR, what else its unsure numbers may be: kept aside, so that a
    /// failing equation can name the reading that would balance it.
    public var otherReadings: [OtherReading]

    public init(number: Int, width: Double, height: Double, glyphs: [Glyph], rulings: [Ruling] = [],
                otherReadings: [OtherReading] = []) {
        self.number = number; self.width = width; self.height = height; self.glyphs = glyphs
        self.rulings = rulings; self.otherReadings = otherReadings
    }
}

/// What OCR also read where it read an unsure number: the reading of the engine whose reading
/// was not kept, and the readings with one digit replaced by tesseract's next choice for it.
public struct OtherReading: Sendable, Hashable {
    /// The number's characters as read (the box a cell read from them is located at).
    public var box: Box
    public var texts: [String]

    public init(box: Box, texts: [String]) {
        self.box = box; self.texts = texts
    }
}

/// A horizontal or vertical line drawn on a page, in points from the page's top-left corner.
public struct Ruling: Sendable, Hashable {
    public enum Axis: Sendable, Hashable { case horizontal, vertical }

    public var axis: Axis
    /// The line's y (horizontal) or x (vertical).
    public var position: Double
    /// Where it starts and ends along its axis: x for a horizontal line, y for a vertical one.
    public var start: Double, end: Double

    public init(_ axis: Axis, at position: Double, from start: Double, to end: Double) {
        self.axis = axis; self.position = position; self.start = min(start, end); self.end = max(start, end)
    }
}

/// One character drawn on a page. A PDF maps each glyph it draws to one code point, so a scalar
/// holds it exactly; and unlike a `Character`, a scalar is a plain value, which pages of glyphs
/// are sorted, copied and compared the faster for.
public struct Glyph: Sendable, Hashable {
    public var character: Unicode.Scalar
    /// How sure OCR was of the character, 0 to 100; nil for a character the file itself holds.
    /// (Kept beside the scalar, where it fills what would be padding: a glyph stays 48 bytes.)
    public var confidence: UInt8?
    public var box: Box
    public var fontSize: Double

    public init(_ character: Unicode.Scalar, box: Box, fontSize: Double, confidence: UInt8? = nil) {
        self.character = character; self.box = box; self.fontSize = fontSize; self.confidence = confidence
    }
}
