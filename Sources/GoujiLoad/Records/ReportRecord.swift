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
    /// The body's name as printed (`body` is it normalized), and the date the report was signed or published.
    var bodyPrinted: String?
    var published: String?
    /// The body's place in the divisions: its GB/T 2260 code, the names above it, its level; or why it has none.
    var regionCode: String?
    var province: String?
    var city: String?
    var county: String?
    var township: String?
    var level: String?
    var placeNote: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sourceID = "source_id", status, reason, body, region, year, format
        case formatT2 = "format_t2", formatT3 = "format_t3", formatT4 = "format_t4", doubts
        case bodyPrinted = "body_printed", published, regionCode = "region_code", province, city, county, township, level
        case placeNote = "place_note"
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
        bodyPrinted = report?.bodyAsPrinted; published = report?.published
        let place = report?.place
        regionCode = place?.code; province = place?.province; city = place?.city; county = place?.county
        township = place?.township; level = place?.level.rawValue
        placeNote = report?.placeNote
    }
}

extension ReportRecord: SourceRow {
    static let columnNames = CodingKeys.allCases.map(\.rawValue)

    func bind(to columns: inout some ColumnValues) throws {
        columns.bind(sourceID)
        columns.bind(status)
        columns.bind(reason)
        columns.bind(body)
        columns.bind(region)
        columns.bind(year)
        for format in [format, formatT2, formatT3, formatT4] {
            columns.bind(format)
        }
        // The JSON GRDB writes for the column.
        columns.bind(try doubts.map { String(decoding: try Self.databaseJSONEncoder(for: CodingKeys.doubts.rawValue).encode($0), as: UTF8.self) })
        for text in [bodyPrinted, published, regionCode, province, city, county, township, level, placeNote] {
            columns.bind(text)
        }
    }
}
