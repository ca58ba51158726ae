import Foundation
import GRDB

extension Corpus {
    /// Folds another corpus (a shard's) into this one: each of its sources replaces what this corpus
    /// holds for the same path, in one transaction per merged corpus.
    public func merge(from other: String) throws {
        guard FileManager.default.fileExists(atPath: other) else { throw LoadError(other, .cannotOpen("no such corpus")) }
        try access(other) {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [other])
                defer { try? db.execute(sql: "DETACH DATABASE shard") }
                try db.inTransaction {
                    for row in try Row.fetchAll(db, sql: "SELECT id, path FROM shard.sources") {
                        let old: Int64 = row["id"]
                        try db.execute(sql: "DELETE FROM sources WHERE path = ?", arguments: [row["path"] as String])
                        try db.execute(sql: """
                            INSERT INTO sources (path, name, sha256, size, kind, encoding, read_at, reader, ocr_pages)
                            SELECT path, name, sha256, size, kind, encoding, read_at, reader, ocr_pages FROM shard.sources WHERE id = ?
                            """, arguments: [old])
                        let new = db.lastInsertedRowID
                        for (table, columns) in Self.mergedColumns {
                            let list = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
                            try db.execute(sql: """
                                INSERT INTO \(table.quotedDatabaseIdentifier) (source_id, \(list))
                                SELECT ?, \(list) FROM shard.\(table.quotedDatabaseIdentifier) WHERE source_id = ?
                                """, arguments: [new, old])
                        }
                    }
                    return .commit
                }
            }
        }
    }

    /// The columns of each per-source table, but its source id: what a merge or a push copies.
    static let mergedColumns: [(String, [String])] = [
        ("reports", ["status", "reason", "body", "region", "year", "format", "format_t2", "format_t3", "format_t4", "doubts",
                     "body_printed", "published", "region_code", "province", "city", "county", "township", "level",
                     "place_note"]),
        ("values", ["table", "row", "col", "value", "raw", "page", "location", "box_x", "box_y", "box_w", "box_h", "doubt",
                    "ocr_confidence"]),
        ("findings", ["ordinal", "rule", "severity", "table", "row", "col", "expected", "found", "difference", "suspect", "message", "message_zh"]),
    ]
}
