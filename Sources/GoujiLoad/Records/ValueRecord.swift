import GoujiModel
import GRDB

/// A row of `values`: one printed cell of a report, keyed by source and cell, with where it was read.
struct ValueRecord: Codable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "values"

    var sourceID: Int64
    var table: TableID
    var row: String
    var col: String
    /// The number normalised (`12`, `18651.06`, `-15`), or NULL for a cell printed without one.
    var value: String?
    var raw: String
    var page: Int?
    var location: String
    var boxX: Double?
    var boxY: Double?
    var boxW: Double?
    var boxH: Double?
    var doubt: String?
    /// OCR's confidence in the printed text, 0 to 100; NULL for a value the file's own text held.
    var ocrConfidence: Double?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sourceID = "source_id", table, row, col, value, raw, page, location
        case boxX = "box_x", boxY = "box_y", boxW = "box_w", boxH = "box_h", doubt
        case ocrConfidence = "ocr_confidence"
    }

    enum Columns {
        static let sourceID = Column(CodingKeys.sourceID)
        static let table = Column(CodingKeys.table)
    }

    init(_ value: Value, sourceID: Int64) {
        self.sourceID = sourceID
        table = value.key.table; row = value.key.row; col = value.key.column
        self.value = DecimalText.string(value.number)
        raw = value.raw
        location = value.location.description
        if case .page(let number, let box) = value.location {
            page = number
            boxX = box.x; boxY = box.y; boxW = box.width; boxH = box.height
        }
        doubt = value.doubt
        ocrConfidence = value.confidence
    }

    var key: CellKey { CellKey(table, row, col) }
}

extension ValueRecord: SourceRow {
    static let columnNames = CodingKeys.allCases.map(\.rawValue)

    func bind(to columns: inout some ColumnValues) {
        columns.bind(sourceID)
        columns.bind(table)
        columns.bind(row)
        columns.bind(col)
        columns.bind(value)
        columns.bind(raw)
        columns.bind(page)
        columns.bind(location)
        columns.bind(boxX)
        columns.bind(boxY)
        columns.bind(boxW)
        columns.bind(boxH)
        columns.bind(doubt)
        columns.bind(ocrConfidence)
    }
}
