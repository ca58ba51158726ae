import Foundation
import GoujiModel
import Synchronization

/// The corpus in a PostgreSQL database, with `Corpus`'s schema and guarantees, so that several machines can
/// feed one corpus: loading a file replaces everything held for its path in one transaction.
///
/// Unchecked Sendable: its one mutable part, the libpq connection, is only used inside `access`, under `lock`.
public final class PostgresCorpus: @unchecked Sendable {
    /// The server, as given: a `postgresql://` URL or libpq's `key=value` words.
    public let url: String
    let connection: PostgresConnection
    /// libpq connections serve one caller at a time.
    private let lock = Mutex(())

    /// Connects and migrates the schema as needed; machines starting at once migrate one after another.
    public init(url: String) throws {
        self.url = url
        do {
            connection = try PostgresConnection(url: url)
        } catch {
            throw LoadError(url, .cannotOpen(error.description))
        }
        try access(url) { try migrate() }
    }

    /// Whether `path` is loaded from content with this hash, so that a rerun can skip it.
    public func isCurrent(path: String, sha256: String) throws -> Bool {
        try access(path) {
            try !connection.execute("SELECT 1 FROM sources WHERE path = $1 AND sha256 = $2", [path, sha256]).isEmpty
        }
    }

    /// Replaces everything loaded for the outcome's path with the outcome, in one transaction.
    public func load(_ outcome: Outcome, sha256: String, size: Int) throws {
        let path = outcome.source.path
        let values = outcome.report?.values ?? []
        if let repeated = values.firstRepeatedKey { throw LoadError(path, .duplicateValue(repeated.description)) }
        try access(path) {
            try transaction { try write(outcome, values: values, sha256: sha256, size: size) }
        }
    }

    private func write(_ outcome: Outcome, values: [Value], sha256: String, size: Int) throws {
        let path = outcome.source.path
        try connection.execute("DELETE FROM sources WHERE path = $1", [path])  // cascades
        let source = SourceRecord(outcome.source, sha256: sha256, size: size, readAt: Date(), reader: "")
        let inserted = try connection.execute("""
            INSERT INTO sources (path, name, sha256, size, kind, encoding, read_at, ocr_pages)
            VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7), $8) RETURNING id
            """, [source.path, source.name, source.sha256, String(source.size), source.kind.rawValue,
                  source.encoding, String(source.readAt.timeIntervalSince1970), String(source.ocrPages)])
        let first: String? = inserted.first?.first ?? nil
        guard let id = first, let sourceID = Int64(id) else {
            throw PostgresError("no id for the new source")
        }
        let report = ReportRecord(outcome, sourceID: sourceID)
        let doubts: String? = try report.doubts.map(Self.json)
        try connection.execute("""
            INSERT INTO reports (source_id, status, reason, body, region, year, format,
                                 format_t2, format_t3, format_t4, doubts, body_printed, published,
                                 region_code, province, city, county, township, level, place_note)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
            """, [id, report.status.rawValue, report.reason, report.body, report.region,
                  Self.text(report.year), report.format?.rawValue, report.formatT2?.rawValue,
                  report.formatT3?.rawValue, report.formatT4?.rawValue, doubts, report.bodyPrinted, report.published,
                  report.regionCode, report.province, report.city, report.county, report.township, report.level,
                  report.placeNote])
        for value in values.map({ ValueRecord($0, sourceID: sourceID) }) {
            let fields: [String?] = [id, value.table.rawValue, value.row, value.col, value.value, value.raw,
                                     Self.text(value.page), value.location, Self.text(value.boxX), Self.text(value.boxY),
                                     Self.text(value.boxW), Self.text(value.boxH), value.doubt, Self.text(value.ocrConfidence)]
            try connection.execute("""
                INSERT INTO "values" (source_id, "table", row, col, value, raw, page, location,
                                      box_x, box_y, box_w, box_h, doubt, ocr_confidence)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                """, fields)
        }
        for (ordinal, finding) in outcome.findings.enumerated() {
            let record = FindingRecord(finding, ordinal: ordinal, sourceID: sourceID)
            try connection.execute("""
                INSERT INTO findings (source_id, ordinal, rule, severity, "table", row, col, expected, found,
                                      difference, suspect, message, message_zh)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                """, [id, String(ordinal), record.rule, record.severity.rawValue, record.table?.rawValue,
                      record.row, record.col, record.expected, record.found, record.difference,
                      record.suspect, record.message, record.messageZh])
        }
    }

    /// Every source the corpus holds, by path.
    public func loaded() throws -> [LoadedSource] {
        try access(url) {
            try connection.execute("""
                SELECT s.path, s.sha256, s.size, r.status, extract(epoch FROM s.read_at)
                FROM sources s JOIN reports r ON r.source_id = s.id ORDER BY s.path
                """).map { row in
                guard let path = row[0], let sha256 = row[1], let size = row[2].flatMap({ Int($0) }),
                      let status = row[3].flatMap(ReportStatus.init(rawValue:)),
                      let epoch = row[4].flatMap({ Double($0) }) else {
                    throw PostgresError("a source row that does not read: \(row)")
                }
                return LoadedSource(path: path, sha256: sha256, size: size, status: status,
                                    readAt: Date(timeIntervalSince1970: epoch))
            }
        }
    }

    /// Rows of any query, each field as text or nil for NULL: for reading the views.
    public func rows(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        try access(url) { try connection.execute(sql, parameters) }
    }

    // MARK: - Migrations and transactions

    /// The migrations not yet run, each in its own transaction, under a lock the server holds for the database.
    private func migrate() throws {
        try connection.execute("SELECT pg_advisory_lock(\(Self.migrationLock))")
        defer { _ = try? connection.execute("SELECT pg_advisory_unlock(\(Self.migrationLock))") }
        try connection.execute("CREATE TABLE IF NOT EXISTS gouji_migrations (name TEXT PRIMARY KEY)")
        let done = Set(try connection.execute("SELECT name FROM gouji_migrations").compactMap { $0.first ?? nil })
        let known = Set(PostgresSchema.migrations.map(\.name))
        guard done.isSubset(of: known) else { throw LoadError(url, .newerSchema) }
        for migration in PostgresSchema.migrations where !done.contains(migration.name) {
            try transaction {
                for statement in migration.sql { try connection.execute(statement) }
                try connection.execute("INSERT INTO gouji_migrations (name) VALUES ($1)", [migration.name])
            }
        }
    }

    /// An arbitrary key that every gouji takes before migrating.
    private static let migrationLock = 0x676F756A69

    func transaction(_ body: () throws -> Void) throws {
        try connection.execute("BEGIN")
        do {
            try body()
            try connection.execute("COMMIT")
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` alone on the connection, turning a server failure into a `LoadError` about `file`.
    func access<T: Sendable>(_ file: String, _ body: () throws -> T) throws -> T {
        let result: Result<T, Error> = lock.withLock { _ in Result { try body() } }
        do {
            return try result.get()
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(file, .database("\(url): \(error)"))
        }
    }

    private static func text<Number: LosslessStringConvertible>(_ number: Number?) -> String? {
        number.map { String($0) }
    }

    private static func json(_ strings: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
    }
}
