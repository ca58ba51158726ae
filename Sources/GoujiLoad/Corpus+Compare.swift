import GoujiModel
import GRDB

/// Which reports to set side by side, and which of one table's cells.
public struct ComparisonQuery: Sendable, Hashable {
    /// Only reports of this year.
    public var year: Int?
    /// Only reports whose body's name contains this text (`平潭` finds 平潭综合实验区管理委员会).
    public var body: String?
    /// Only reports whose region's name contains this text.
    public var region: String?
    public var table: TableID
    /// Only these row keys (`new`, `total`), or every row; likewise columns (`total`, t4's `review.total`).
    public var rows: Set<String>?
    public var columns: Set<String>?
    /// Only reports whose body sits there.
    public var place: PlaceFilter

    public init(year: Int? = nil, body: String? = nil, region: String? = nil, table: TableID = .t3,
                rows: Set<String>? = nil, columns: Set<String>? = nil, place: PlaceFilter = PlaceFilter()) {
        self.year = year; self.body = body; self.region = region; self.table = table
        self.rows = rows; self.columns = columns; self.place = place
    }
}

extension Corpus {
    /// The reports that print the query's table and match it, ordered by year, region, body and source, with
    /// every asked cell that one of them prints, in the table's printed order.
    public func compare(_ query: ComparisonQuery) throws -> Comparison {
        try access(path ?? ":memory:") {
            try writer.read { db in
                let reports = try Self.comparedReports(query, db)
                let ids = reports.map(\.id)
                let values = try ValueRecord
                    .filter(ids.contains(ValueRecord.Columns.sourceID) && ValueRecord.Columns.table == query.table.rawValue)
                    .fetchAll(db)
                    .filter { (query.rows?.contains($0.row) ?? true) && (query.columns?.contains($0.col) ?? true) }
                let column = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
                var byCell: [CellKey: [Comparison.Entry?]] = [:]
                for value in values {
                    guard let index = column[value.sourceID] else { continue }
                    byCell[value.key, default: Array(repeating: nil, count: ids.count)][index] =
                        Comparison.Entry(value: value.value, doubtful: value.doubt != nil)
                }
                let cells = CanonicalOrder.sorted(Array(byCell.keys), by: { $0 })
                return Comparison(table: query.table, reports: reports.map(\.report), cells: cells,
                                  entries: cells.map { byCell[$0]! })
            }
        }
    }

    private static func comparedReports(_ query: ComparisonQuery, _ db: Database) throws
        -> [(id: Int64, report: Comparison.Report)] {
        var conditions = [#"EXISTS (SELECT 1 FROM "values" v WHERE v.source_id = s.id AND v."table" = ?)"#]
        var arguments: StatementArguments = [query.table.rawValue]
        if let year = query.year {
            conditions.append("r.year = ?"); arguments += [year]
        }
        if let body = query.body {
            conditions.append("instr(r.body, ?) > 0"); arguments += [body]
        }
        if let region = query.region {
            conditions.append("instr(r.region, ?) > 0"); arguments += [region]
        }
        let place = query.place.conditions(on: "r")
        conditions += place.sql; arguments += place.arguments
        // Grouped by place: a province's reports together, its cities' and counties' in code order.
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, s.name, s.path, r.body, r.region, r.year, r.status
            FROM sources s JOIN reports r ON r.source_id = s.id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY r.year, r.region_code, r.region, r.body, s.name, s.path
            """, arguments: arguments)
        return try rows.map { row in
            let status: String = row["status"]
            guard let known = ReportStatus(rawValue: status) else {
                throw LoadError(row["path"], .database("unknown status '\(status)'"))
            }
            return (row["id"], Comparison.Report(source: row["name"], path: row["path"], body: row["body"],
                                                 region: row["region"], year: row["year"], status: known))
        }
    }
}
