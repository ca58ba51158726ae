import Foundation
import GoujiModel
import GRDB

/// A SQLite corpus of read reports. Each source file is held whole or not at all: loading a file replaces
/// everything held for its path in one transaction, so a batch killed at any moment leaves a consistent corpus.
public final class Corpus: Sendable {
    /// The database file, or nil for a corpus in memory.
    public let path: String?
    let writer: any DatabaseWriter

    /// Opens the corpus at `path`, creating it and migrating its schema as needed; a new one in memory if nil.
    public init(path: String? = nil) throws {
        self.path = path
        let name = path ?? ":memory:"
        var configuration = Configuration()
        configuration.label = "gouji corpus"
        // A second gouji writing the same corpus waits for it rather than failing at once.
        configuration.busyMode = .timeout(30)
        // In WAL mode a commit then waits for no disk flush and the corpus still cannot be
        // corrupted; a power cut may lose the last reports, which a rerun reads again.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            if let path {
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            // A pool runs in WAL mode: readers see the last committed report while a batch writes.
            writer = try path.map { try DatabasePool(path: $0, configuration: configuration) }
                ?? DatabaseQueue(configuration: configuration)
            if let tables = try writer.read(Schema.foreignTables) { throw LoadError(name, .notACorpus(tables)) }
            if try writer.read(Schema.migrator.hasBeenSuperseded) { throw LoadError(name, .newerSchema) }
            try Schema.migrate(writer)
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(name, .cannotOpen(Self.describe(error)))
        }
    }

    /// Whether `path` is loaded from content with this hash, so that a rerun can skip it.
    public func isCurrent(path: String, sha256: String) throws -> Bool {
        try access(path) {
            try writer.read { db in
                try !SourceRecord
                    .filter(SourceRecord.Columns.path == path && SourceRecord.Columns.sha256 == sha256)
                    .isEmpty(db)
            }
        }
    }

    /// Replaces everything loaded for the outcome's path with the outcome, in one transaction.
    /// `sha256` and `size` describe the file's bytes (see `sha256(of:)`); `readingVersion` names the version of
    /// gouji's reading that made the outcome.
    public func load(_ outcome: Outcome, sha256: String, size: Int, readingVersion: String = "") throws {
        try access(outcome.source.path) {
            try writer.write { db in try store(outcome, sha256: sha256, size: size, readingVersion: readingVersion, db) }
        }
    }

    /// Loads files as `load(_:sha256:size:readingVersion:)` does, all in one transaction: a commit costs about
    /// as much as a report's rows, so a batch commits its reports a group at a time. A file whose
    /// outcome the corpus refuses is stored as failed instead, saying why, so that it still gets its
    /// answer. Returns the outcomes as stored.
    public func load(_ files: [FileOutcome], readingVersion: String = "") throws -> [Outcome] {
        try access(path ?? ":memory:") {
            try writer.write { db in
                try files.map { file in
                    do {
                        try store(file.outcome, sha256: file.sha256, size: file.size, readingVersion: readingVersion, db)
                        return file.outcome
                    } catch let error as LoadError where error.refusesTheReport {
                        // Storing anew replaces whatever the refused outcome left. Any other error ends
                        // the group's transaction, so that none of it is stored and a rerun reads it again.
                        let failed = Outcome(source: file.outcome.source, status: .failed, reason: "could not be stored: \(error.summary)")
                        try store(failed, sha256: file.sha256, size: file.size, readingVersion: readingVersion, db)
                        return failed
                    }
                }
            }
        }
    }

    /// Stores the outcome in place of everything held for its path.
    private func store(_ outcome: Outcome, sha256: String, size: Int, readingVersion: String, _ db: Database) throws {
        let path = outcome.source.path
        let values = outcome.report?.values ?? []
        try access(path) {
            // A statement of its own, cached: the query interface would compile one per report.
            try db.cachedStatement(sql: "DELETE FROM sources WHERE path = ?").execute(arguments: [path])  // cascades
            try RowInserter.insert(CollectionOfOne(SourceRecord(outcome.source, sha256: sha256, size: size, readAt: Date(), reader: readingVersion)), db)
            let id = db.lastInsertedRowID
            try RowInserter.insert(CollectionOfOne(ReportRecord(outcome, sourceID: id)), db)
            do {
                try RowInserter.insert(values.lazy.map { ValueRecord($0, sourceID: id) }, db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                // The primary key refuses a second value for a cell: say which cell, rather than SQLite's words.
                throw values.firstRepeatedKey.map { LoadError(path, .duplicateValue($0.description)) } ?? error
            }
            let findings = outcome.findings
            try RowInserter.insert(findings.indices.lazy.map { FindingRecord(findings[$0], ordinal: $0, sourceID: id) }, db)
        }
    }

    /// Every source the corpus holds, by path.
    public func loaded() throws -> [LoadedSource] {
        try access(path ?? ":memory:") {
            try writer.read { db in
                let reports = try Self.reports(db)
                // Every source has its report: both are written in one transaction.
                return try SourceRecord.order(SourceRecord.Columns.path).fetchAll(db).compactMap { source in
                    source.id.flatMap { reports[$0] }.map { report in
                        LoadedSource(path: source.path, sha256: source.sha256, size: source.size,
                                     status: report.status, readAt: source.readAt, readingVersion: source.reader)
                    }
                }
            }
        }
    }

    /// Every source's report, by source id.
    static func reports(_ db: Database) throws -> [Int64: ReportRecord] {
        Dictionary(uniqueKeysWithValues: try ReportRecord.fetchAll(db).map { ($0.sourceID, $0) })
    }

    /// Runs `body`, turning a database failure into a `LoadError` about `file`.
    func access<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LoadError {
            throw error
        } catch let error as DatabaseError where Self.refusals.contains(error.resultCode) {
            throw LoadError(file, .refused("\(path ?? "corpus in memory"): \(Self.describe(error))"))
        } catch {
            throw LoadError(file, .database("\(path ?? "corpus in memory"): \(Self.describe(error))"))
        }
    }

    /// The SQLite results that refuse the rows being written, not the database's own faults.
    private static let refusals: [ResultCode] = [.SQLITE_CONSTRAINT, .SQLITE_TOOBIG, .SQLITE_MISMATCH, .SQLITE_RANGE]

    private static func describe(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? String(describing: error)
    }
}

extension [Value] {
    /// The first cell given a value twice, which a corpus refuses.
    var firstRepeatedKey: CellKey? {
        var seen = Set<CellKey>()
        return first { !seen.insert($0.key).inserted }?.key
    }
}
