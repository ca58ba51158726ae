import GoujiModel
import GRDB

/// What a corpus holds at a glance, for the audit page: how many reports came out how, the flagged ones with
/// their failing equations, the files that could not be read, and headline totals per region and year.
public struct CorpusOverview: Sendable, Hashable {
    /// A report with every finding and doubt that says why it is listed.
    public struct ListedReport: Sendable, Hashable {
        public var source: String
        public var path: String
        public var body: String?
        public var region: String?
        public var year: Int?
        public var status: ReportStatus
        public var reason: String
        public var findings: [FindingRow]
        public var doubts: [String]
        /// The report's printed cells with where each was read, to show beside its failing equations;
        /// nil where the page leaves them out (past its first flagged reports).
        public var evidence: [CellKey: EvidenceCell]?
    }

    /// A printed cell as the corpus holds it, with its provenance.
    public struct EvidenceCell: Sendable, Hashable {
        /// The number normalised, nil for a cell printed blank.
        public var value: String?
        public var raw: String
        /// Where it was read: a line, a page and box, or a table cell, in words.
        public var location: String
        public var page: Int?
        public var box: Box?
    }

    /// A finding as the corpus holds it, numbers as exact decimal text.
    public struct FindingRow: Sendable, Hashable {
        public var rule: String
        public var severity: Finding.Severity
        /// The table, and the row or column the equation runs along, as validate names them.
        public var table: TableID?
        public var row: String?
        public var column: String?
        /// Where the equation sits: a cell (`t3[total, total]`), or a row or column (`t3 column natural_person`).
        public var cell: String?
        public var expected: String?
        public var found: String?
        public var difference: String?
        public var suspect: String?
        public var message: String
        public var messageZh: String
    }

    /// A file that gave no report.
    public struct Unread: Sendable, Hashable {
        public var source: String
        public var path: String
        public var status: ReportStatus
        public var reason: String
    }

    /// The reports of one region and year, and the sums of their headline cells.
    public struct RegionYear: Sendable, Hashable {
        public var region: String?
        public var year: Int?
        public var reports: Int
        public var flagged: Int
        /// Per headline cell, the sum over the reports that print a number there; absent if none does.
        public var totals: [CellKey: Double]
    }

    /// The cells summed per region and year, in the order the page shows them.
    public static let headlines = [
        CellKey(.t3, "new", "total"), CellKey(.t3, "carried_over", "total"), CellKey(.t3, "granted", "total"),
        CellKey(.t3, "carried_forward", "total"), CellKey(.t4, "all", "review.total"),
        CellKey(.t4, "all", "suit_direct.total"), CellKey(.t4, "all", "suit_after_review.total"),
    ]

    /// The reports an overview takes: those of a region, a year, or one source file (its path or name).
    public struct Scope: Sendable, Hashable {
        public var region: String?
        public var year: Int?
        public var source: String?
        /// Only reports whose body sits there (province, city, level, division code).
        public var place: PlaceFilter

        public init(region: String? = nil, year: Int? = nil, source: String? = nil, place: PlaceFilter = PlaceFilter()) {
            self.region = region; self.year = year; self.source = source; self.place = place
        }

        func takes(path: String, name: String, region: String?, year: Int?) -> Bool {
            (self.region == nil || self.region == region) && (self.year == nil || self.year == year)
                && (source == nil || source == path || source == name)
        }

        /// The same narrowing in SQL, over a relation with `region` and `year` columns.
        var condition: (sql: String, arguments: StatementArguments) {
            var sql = "", arguments = StatementArguments()
            if let region { sql += " AND region = ?"; arguments += [region] }
            if let year { sql += " AND year = ?"; arguments += [year] }
            return (sql, arguments)
        }
    }

    /// Every status with its count, zeros included, in `ReportStatus` order.
    public var counts: [ReportStatus: Int]
    /// Flagged reports by source name.
    public var flagged: [ListedReport]
    /// Reports that balance but carry findings, such as a carry-over that disagrees with last year's report.
    public var warned: [ListedReport]
    public var unread: [Unread]
    /// By region, then year; a report without a region or year is counted under nil.
    public var regionYears: [RegionYear]
    /// How often the reports read fail their rules.
    public var rates: FailureRates

    public var total: Int { counts.values.reduce(0, +) }
}
