import GRDB

extension PostgresCorpus {
    /// What a push did: sources copied, and sources the server already held with the same content.
    public struct PushSummary: Sendable, Equatable {
        public var pushed = 0
        public var unchanged = 0
    }

    /// Copies every source of `corpus` that this one does not hold with the same content, each with its report,
    /// values and findings in one transaction that replaces what was held for its path. Several machines can
    /// each read their share into a local corpus and push it here.
    public func push(from corpus: Corpus) throws -> PushSummary {
        try access(corpus.path ?? ":memory:") {
            try corpus.writer.read { db in
                var summary = PushSummary()
                let held = Dictionary(try connection.execute("SELECT path, sha256 FROM sources").map {
                    ($0[0] ?? "", $0[1] ?? "")
                }) { first, _ in first }
                // GRDB writes dates in UTC without saying so; PostgreSQL is told.
                let sources = try Row.fetchAll(db, sql: """
                    SELECT id, path, name, sha256, size, kind, encoding, read_at || '+00', ocr_pages FROM sources ORDER BY path
                    """)
                for source in sources {
                    let fields = Self.texts(source)
                    guard held[fields[1] ?? ""] != fields[3] else {
                        summary.unchanged += 1
                        continue
                    }
                    try transaction { try copy(fields, from: db) }
                    summary.pushed += 1
                }
                return summary
            }
        }
    }

    /// Replaces the source whose fields are `source` (its SQLite id first) and everything it has.
    private func copy(_ source: [String?], from db: Database) throws {
        try connection.execute("DELETE FROM sources WHERE path = $1", [source[1]])  // cascades
        let inserted = try connection.execute("""
            INSERT INTO sources (path, name, sha256, size, kind, encoding, read_at, ocr_pages)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
            """, Array(source.dropFirst()))
        let id: String? = inserted.first?.first ?? nil
        for (table, columns) in Corpus.mergedColumns {
            let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            let places = (1...columns.count + 1).map { "$\($0)" }.joined(separator: ", ")
            let rows = try Row.fetchAll(db, sql: "SELECT \(list) FROM \"\(table)\" WHERE source_id = ?",
                                        arguments: [source[0].flatMap { Int64($0) }])
            for row in rows {
                try connection.execute("INSERT INTO \"\(table)\" (source_id, \(list)) VALUES (\(places))",
                                       [id] + Self.texts(row))
            }
        }
    }

    /// A SQLite row's fields as text, which PostgreSQL casts to each column's type.
    private static func texts(_ row: Row) -> [String?] {
        row.databaseValues.map { value in
            switch value.storage {
            case .null, .blob: return nil
            case .int64(let number): return String(number)
            case .double(let number): return String(number)
            case .string(let text): return text
            }
        }
    }
}
