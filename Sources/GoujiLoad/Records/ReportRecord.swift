import GoujiModel
import GRDB

/// A row of `reports`: what became of one source, and what its report says of itself.
struct ReportRecord: Codable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "reports"

    var sourceID: Int64
    var status: ReportStatus
    var reason: String
    var body: String?
    var region: String?
    var year: Int?
    /// The report's format (its 表三 edition), and each table's own, which hybrids mix.
    var format: TemplateFormat?
    var formatT2: TemplateFormat?
    var formatT3: TemplateFormat?
    var formatT4: TemplateFormat?
    /// What could not be read with confidence, as a JSON array of sentences.
    var doubts: [String]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sourceID = "source_id", status, reason, body, region, year, format
        case formatT2 = "format_t2", formatT3 = "format_t3", formatT4 = "format_t4", doubts
    }

    enum Columns {
        static let sourceID = Column(CodingKeys.sourceID)
    }

    init(_ outcome: Outcome, sourceID: Int64) {
        self.sourceID = sourceID
        status = outcome.status
        reason = outcome.reason
        let report = outcome.report
        body = report?.body; region = report?.region; year = report?.year
        format = report?.format
        formatT2 = report?.formats[.t2]
        formatT3 = report?.formats[.t3]
        formatT4 = report?.formats[.t4]
        doubts = report?.doubts
    }

    /// Inserts the record through a prepared statement bound column by column, as `SourceRecord` is.
    func insertRow(_ db: Database) throws {
        // The JSON GRDB would write for the column.
        let doubts = try doubts.map { String(decoding: try Self.databaseJSONEncoder(for: CodingKeys.doubts.rawValue).encode($0), as: UTF8.self) }
        try RowInserter(db, into: Self.databaseTableName, columns: CodingKeys.allCases.map(\.rawValue))
            .insert(CollectionOfOne(self)) { record, columns in
                // In the order of `CodingKeys`.
                columns.bind(record.sourceID)
                columns.bind(record.status.rawValue)
                columns.bind(record.reason)
                columns.bind(record.body)
                columns.bind(record.region)
                columns.bind(record.year)
                for format in [record.format, record.formatT2, record.formatT3, record.formatT4] {
                    columns.bind(format?.rawValue)
                }
                columns.bind(doubts)
            }
    }
}
