import GoujiModel

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
    }

    /// A finding as the corpus holds it, numbers as exact decimal text.
    public struct FindingRow: Sendable, Hashable {
        public var rule: String
        public var severity: Finding.Severity
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

    /// Every status with its count, zeros included, in `ReportStatus` order.
    public var counts: [ReportStatus: Int]
    /// Flagged reports by source name.
    public var flagged: [ListedReport]
    /// Reports that balance but carry findings, such as a carry-over that disagrees with last year's report.
    public var warned: [ListedReport]
    public var unread: [Unread]
    /// By region, then year; a report without a region or year is counted under nil.
    public var regionYears: [RegionYear]

    public var total: Int { counts.values.reduce(0, +) }
}
