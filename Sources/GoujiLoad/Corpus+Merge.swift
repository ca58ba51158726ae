import Foundation
import GRDB

extension Corpus {
    /// Folds another corpus (a shard's) into this one: each of its sources replaces what this corpus
    /// holds for the same path, in one transaction per merged corpus. A shard made by an earlier gouji is
    /// brought to this schema first, as opening it would; a database that is no corpus is refused.
    public func merge(from other: String) throws {
        guard FileManager.default.fileExists(atPath: other) else { throw LoadError(other, .cannotOpen("no such corpus")) }
        if !Self.hasTodaysSchema(other) { _ = try Corpus(path: other) }
        try access(other) {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [other])
                defer { try? db.execute(sql: "DETACH DATABASE shard") }
                try db.inTransaction {
                    let sources = Self.list(SourceRecord.columnNames)
                    for row in try Row.fetchAll(db, sql: "SELECT id, path FROM shard.sources") {
                        let old: Int64 = row["id"]
                        try db.execute(sql: "DELETE FROM sources WHERE path = ?", arguments: [row["path"] as String])
                        try db.execute(sql: "INSERT INTO sources (\(sources)) SELECT \(sources) FROM shard.sources WHERE id = ?",
                                       arguments: [old])
                        let new = db.lastInsertedRowID
                        for type in sourceRowTypes {
                            let table = type.databaseTableName.quotedDatabaseIdentifier
                            let columns = Self.list(type.copiedColumnNames)
                            try db.execute(sql: """
                                INSERT INTO \(table) (source_id, \(columns))
                                SELECT ?, \(columns) FROM shard.\(table) WHERE source_id = ?
                                """, arguments: [new, old])
                        }
                    }
                    return .commit
                }
            }
        }
    }

    /// Whether the corpus at `path` has run every migration, read without writing to it: a shard that needs
    /// none may be read-only.
    private static func hasTodaysSchema(_ path: String) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        return (try? DatabaseQueue(path: path, configuration: configuration).read(Schema.migrator.hasCompletedMigrations)) ?? false
    }

    /// Column names as a list for SQL, quoted.
    static func list(_ names: [String]) -> String {
        names.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
    }
}
