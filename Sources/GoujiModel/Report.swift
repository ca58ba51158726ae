import Foundation

/// A cell's identity in the canonical model.
public struct CellKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var table: TableID
    public var row: String
    public var column: String

    public init(_ table: TableID, _ row: String, _ column: String) {
        self.table = table; self.row = row; self.column = column
    }

    public static func < (a: CellKey, b: CellKey) -> Bool {
        (a.table, a.row, a.column) < (b.table, b.row, b.column)
    }

    public var description: String { "\(table.rawValue)[\(row), \(column)]" }
}

/// One printed cell, mapped onto the model.
public struct Value: Sendable, Hashable {
    public var key: CellKey
    /// The number printed, or nil for a cell printed blank, '/', '-', '—' or '无' (not a zero).
    public var number: Decimal?
    /// The cell's text as printed.
    public var raw: String
    public var location: Location
    /// Why this value could not be read with confidence, if it could not.
    public var doubt: String?
    /// OCR's confidence in the printed text, 0 to 100 (its least sure character); nil for a
    /// value read from the file's own text.
    public var confidence: Double?

    public init(_ key: CellKey, number: Decimal?, raw: String, at location: Location, doubt: String? = nil, confidence: Double? = nil) {
        self.key = key; self.number = number; self.raw = raw; self.location = location; self.doubt = doubt
        self.confidence = confidence
    }

    /// Read by OCR with less than `Value.sureConfidence`.
    public var isUnsure: Bool { confidence.map { $0 < Value.sureConfidence } ?? false }

    /// From this OCR confidence up, a character is taken as read right; below it, a value
    /// that breaks a rule is the likelier misreading.
    public static let sureConfidence = 80.0
}

/// A report read onto the canonical model: what normalize hands to validate.
public struct Report: Sendable, Equatable {
    public var source: SourceFile
    /// The publishing body's name, folded to half width with its spaces taken out: what reports are matched by.
    public var body: String?
    /// The body's name as the report prints it.
    public var bodyAsPrinted: String?
    public var region: String?
    /// Where the body sits in the administrative divisions, when its names settle it.
    public var place: Place?
    /// Why the body could not be placed, when it could not.
    public var placeNote: String?
    /// The year the report covers (not the year it was published in).
    public var year: Int?
    /// The date the report was signed or published, as `2025-01-23`, when it prints one.
    public var published: String?
    /// The template edition each table was printed in; hybrids mix them.
    public var formats: [TableID: TemplateFormat]
    public var values: [Value]
    /// Things that could not be read with confidence, said for the user.
    public var doubts: [String]
    /// What the tables' editions print and was not read: a report is whole only when it is empty.
    public var unread: [UnreadPart] = []
    /// Figures the narrative states, to hold against the tables.
    public var statedFigures: [StatedFigure] = []

    public init(source: SourceFile, body: String? = nil, region: String? = nil, year: Int? = nil,
                formats: [TableID: TemplateFormat] = [:], values: [Value] = [], doubts: [String] = []) {
        self.source = source; self.body = body; self.region = region; self.year = year
        self.formats = formats; self.values = values; self.doubts = doubts
    }

    /// The report's format: the 表三 edition, which decides the 2019/2021 split.
    public var format: TemplateFormat? { formats[.t3] ?? formats[.t4] ?? formats[.t2] }

    public subscript(key: CellKey) -> Value? { values.first { $0.key == key } }
}
