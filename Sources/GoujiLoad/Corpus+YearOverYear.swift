import Foundation
import GoujiModel
import GRDB

extension Corpus {
    /// Every read report with a body and a year, without its numbers: what groups reports by
    /// body, small enough to hold for any corpus.
    public func reportIdentities() throws -> [ReportFigures] {
        try access(path ?? ":memory:") {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT s.path, r.body, r.region, r.year, r.format_t2, r.region_code, r.province, r.city, r.county,
                           r.township, r.level
                    FROM sources s JOIN reports r ON r.source_id = s.id
                    WHERE r.year IS NOT NULL AND r.body IS NOT NULL
                    """).map { row in
                    var figures = ReportFigures(path: row["path"], body: row["body"], region: row["region"], year: row["year"],
                                                t2Format: (row["format_t2"] as String?).flatMap(TemplateFormat.init(rawValue:)),
                                                numbers: [:])
                    if let code: String = row["region_code"], let level = (row["level"] as String?).flatMap(Place.Level.init(rawValue:)) {
                        figures.place = Place(code: code, province: row["province"], city: row["city"], county: row["county"],
                                              township: row["township"], level: level)
                    }
                    return figures
                }
            }
        }
    }

    /// These reports with their numbers in `rows` (a table and a row each) filled in: a few
    /// reports' few rows at a time, so that checks across years stay in bounded memory.
    public func withNumbers(_ reports: [ReportFigures], rows: [(table: TableID, row: String)]) throws -> [ReportFigures] {
        guard !reports.isEmpty, !rows.isEmpty else { return reports }
        return try access(path ?? ":memory:") {
            try writer.read { db in
                let paths = reports.map(\.path)
                // The rows as a table of their own: SQLite then seeks each report's few rows by the
                // values' key, instead of reading all its values to test each against every row.
                let wanted = Array(repeating: "(?, ?)", count: rows.count).joined(separator: ", ")
                var arguments = StatementArguments(rows.flatMap { [$0.table.rawValue, $0.row] })
                arguments += StatementArguments(paths)
                var numbers: [String: [CellKey: Decimal]] = [:]
                let cursor = try Row.fetchCursor(db, sql: """
                    SELECT s.path, v."table", v.row, v.col, v.value
                    FROM sources s, (VALUES \(wanted)) wanted
                    JOIN "values" v ON v.source_id = s.id AND v."table" = wanted.column1 AND v.row = wanted.column2
                    WHERE s.path IN (\(databaseQuestionMarks(count: paths.count))) AND v.value IS NOT NULL
                    """, arguments: arguments)
                while let row = try cursor.next() {
                    guard let table = TableID(rawValue: row[1]), let value = DecimalText.number(row[4]) else { continue }
                    numbers[row[0], default: [:]][CellKey(table, row[2], row[3])] = value
                }
                return reports.map { report in
                    var filled = report
                    filled.numbers = numbers[report.path] ?? [:]
                    return filled
                }
            }
        }
    }

    /// Replaces the findings of checks across the corpus (rules `corpus.*`) with these, in one
    /// transaction: they are redone after every batch, since any new report may change them.
    public func replaceCorpusFindings(_ findings: [(path: String, finding: Finding)]) throws {
        try access(path ?? ":memory:") {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM findings WHERE rule LIKE 'corpus.%'")
                let ids = Dictionary(try Row.fetchAll(db, sql: "SELECT id, path FROM sources").map { ($0["path"] as String, $0["id"] as Int64) }) { a, _ in a }
                var next: [Int64: Int] = [:]
                for (path, finding) in findings {
                    guard let id = ids[path] else { continue }
                    if next[id] == nil {
                        next[id] = (try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(ordinal), -1) + 1 FROM findings WHERE source_id = ?", arguments: [id])) ?? 0
                    }
                    try FindingRecord(finding, ordinal: next[id]!, sourceID: id).insert(db)
                    next[id]! += 1
                }
            }
        }
    }
}
