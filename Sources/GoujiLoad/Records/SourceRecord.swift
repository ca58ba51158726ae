import Foundation
import GoujiModel
import GRDB

/// A row of `sources`: an input file as it was last loaded, identified by its path.
struct SourceRecord: Codable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sources"

    /// Set by SQLite on insertion.
    var id: Int64?
    var path: String
    /// The base name, which the CSV contract calls `source`.
    var name: String
    var sha256: String
    var size: Int
    var kind: SourceFile.Kind
    var encoding: String?
    var readAt: Date
    /// The version of gouji's reading that made this source's rows.
    var reader: String
    /// How many of its pages were read by OCR: 0 for a file read from its own text.
    var ocrPages: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, path, name, sha256, size, kind, encoding, readAt = "read_at", reader, ocrPages = "ocr_pages"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let path = Column(CodingKeys.path)
        static let name = Column(CodingKeys.name)
        static let sha256 = Column(CodingKeys.sha256)
    }

    init(_ source: SourceFile, sha256: String, size: Int, readAt: Date, reader: String) {
        self.reader = reader
        path = source.path; name = source.name; self.sha256 = sha256; self.size = size
        kind = source.kind; encoding = source.encoding; self.readAt = readAt; ocrPages = source.ocrPages
    }
}

/// Bound column by column, as every record is: GRDB's Codable encoding goes through a container per record.
extension SourceRecord: BoundRow {
    /// With no id, which the database gives.
    static let columnNames = CodingKeys.allCases.filter { $0 != .id }.map(\.rawValue)

    func bind(to columns: inout some ColumnValues) {
        columns.bind(path)
        columns.bind(name)
        columns.bind(sha256)
        columns.bind(size)
        columns.bind(kind)
        columns.bind(encoding)
        columns.bind(readAt)
        columns.bind(reader)
        columns.bind(ocrPages)
    }
}
