import Foundation
import GRDB
import Testing
@testable import GoujiLoad
import GoujiModel
import GoujiTestSupport

/// What a kill -9 leaves: the corpus files on disk as they are at some moment inside a load.
@Suite struct CrashTests {
    @Test func theFilesLeftMidLoadHoldTheLastCommittedReport() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("corpus.sqlite"), copy = directory.path("killed.sqlite")
        let corpus = try Corpus(path: path)
        try corpus.load(Fixtures.outcome(findings: [Fixtures.flowFinding]), sha256: "aa", size: 10)

        try corpus.writer.write { db in
            // A one-page cache makes SQLite spill the load's uncommitted pages into the WAL file as it goes.
            try db.execute(sql: "PRAGMA cache_size = 1")
            db.add(function: DatabaseFunction("snapshot", argumentCount: 0, pure: false) { _ in
                for suffix in ["", "-wal"] {
                    try? FileManager.default.removeItem(atPath: copy + suffix)
                    try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
                }
                return nil
            })
            // Mid-load: the old rows deleted, the new source and some of its values written.
            try db.execute(sql: """
                CREATE TEMP TRIGGER snapshot_mid_load AFTER INSERT ON main."values"
                WHEN NEW.row = 'carried_over' BEGIN SELECT snapshot(); END
                """)
        }
        let walBefore = try size(path + "-wal")
        try corpus.load(Fixtures.outcome(newTotal: 13), sha256: "bb", size: 11)
        #expect(try size(copy + "-wal") > walBefore, "the load's uncommitted pages should be in the WAL taken")

        let killed = try Corpus(path: copy)
        #expect(try killed.loaded().map(\.sha256) == ["aa"])
        let (total, values, findings) = try killed.writer.read { db in
            (try String.fetchOne(db, sql: #"SELECT value FROM "values" WHERE row = 'new' AND col = 'total'"#),
             try Int.fetchOne(db, sql: #"SELECT COUNT(*) FROM "values""#),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM findings"))
        }
        #expect(total == "12" && values == 6 && findings == 1)
        #expect(try corpus.isCurrent(path: "/docs/天坛-2024.txt", sha256: "bb"))
    }

    private func size(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    }
}
