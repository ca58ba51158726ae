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
                for source in try SourceRecord.order(SourceRecord.Columns.path).fetchAll(db) {
                    guard held[source.path] != source.sha256 else {
                        summary.unchanged += 1
                        continue
                    }
                    try transaction {
                        let id = try replace(source)
                        for type in sourceRowTypes { try copy(type, of: source.id, as: id, from: db) }
                    }
                    summary.pushed += 1
                }
                return summary
            }
        }
    }

    /// Copies the rows of one table that the local source `old` has, as the rows of the source `new`.
    private func copy<Row: SourceRow>(_: Row.Type, of old: Int64?, as new: Int64, from db: Database) throws {
        for var row in try Row.filter(Column("source_id") == old).fetchAll(db) {
            row.sourceID = new
            try insert(row)
        }
    }
}
