import Foundation
import GoujiModel
import GRDB

extension Corpus {
    /// Every read report's identity and numbers, for checks across years.
    public func figures() throws -> [ReportFigures] {
        try access(path ?? ":memory:") {
            try writer.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT s.id, s.path, r.body, r.region, r.year, r.format_t2 FROM sources s JOIN reports r ON r.source_id = s.id
                    WHERE r.year IS NOT NULL AND r.body IS NOT NULL
                    """)
                var numbers: [Int64: [CellKey: Decimal]] = [:]
                for row in try Row.fetchAll(db, sql: #"SELECT source_id, "table", row, col, value FROM "values" WHERE value IS NOT NULL"#) {
                    guard let table = TableID(rawValue: row["table"]), let value = Decimal(string: row["value"] as String) else { continue }
                    numbers[row["source_id"], default: [:]][CellKey(table, row["row"], row["col"])] = value
                }
                return rows.map { row in
                    ReportFigures(path: row["path"], body: row["body"], region: row["region"], year: row["year"],
                                  t2Format: (row["format_t2"] as String?).flatMap(TemplateFormat.init(rawValue:)),
                                  numbers: numbers[row["id"]] ?? [:])
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
