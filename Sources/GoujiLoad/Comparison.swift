import GoujiModel

/// Reports side by side: one table's cells for each report, in the tables' printed order.
/// `entries[c][r]` is cell `cells[c]` of report `reports[r]`; every row of `entries` has one entry per report.
public struct Comparison: Sendable, Hashable {
    /// A compared report, as it says of itself.
    public struct Report: Sendable, Hashable {
        public var source: String
        public var path: String
        public var body: String?
        public var region: String?
        public var year: Int?
        public var status: ReportStatus

        public init(source: String, path: String, body: String?, region: String?, year: Int?, status: ReportStatus) {
            self.source = source; self.path = path; self.body = body; self.region = region; self.year = year
            self.status = status
        }
    }

    /// A printed cell: its number (nil when the cell prints none, such as `/`) and whether it was read in doubt.
    public struct Entry: Sendable, Hashable {
        public var value: String?
        public var doubtful: Bool

        public init(value: String?, doubtful: Bool = false) {
            self.value = value; self.doubtful = doubtful
        }
    }

    /// How the grid is laid out: one column per report (side by side), or one row per report.
    public enum Layout: String, Sendable, CaseIterable {
        case reportsAsColumns = "columns", reportsAsRows = "rows"
    }

    public var table: TableID
    public var reports: [Report]
    public var cells: [CellKey]
    /// nil where the report has no such cell.
    public var entries: [[Entry?]]

    public init(table: TableID, reports: [Report], cells: [CellKey], entries: [[Entry?]]) {
        self.table = table; self.reports = reports; self.cells = cells; self.entries = entries
    }

    /// The fields that describe a report, in the grid's order.
    public static let reportFields = ["source", "body", "region", "year", "status"]

    /// The comparison as a grid of text, its first row (or column) naming what the others hold: the report
    /// fields, then one line per cell (`new.total`; t4's single row left out). `entry` spells each cell.
    public func grid(_ layout: Layout, entry: (Entry?) -> String) -> [[String]] {
        let fields = reports.map { report in
            [report.source, report.body ?? "", report.region ?? "", report.year.map(String.init) ?? "",
             report.status.rawValue]
        }
        let byCell = zip(cells, entries).map { cell, entries in [name(of: cell)] + entries.map(entry) }
        let byField = Self.reportFields.indices.map { index in [Self.reportFields[index]] + fields.map { $0[index] } }
        let grid = byField + byCell
        switch layout {
        case .reportsAsColumns: return grid
        case .reportsAsRows: return grid[0].indices.map { column in grid.map { $0[column] } }
        }
    }

    private func name(of cell: CellKey) -> String {
        cell.table == .t4 ? cell.column : "\(cell.row).\(cell.column)"
    }
}
