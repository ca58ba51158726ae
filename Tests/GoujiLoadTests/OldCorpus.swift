import GRDB
@testable import GoujiLoad

/// A corpus as an earlier gouji left it: migrated up to `migration` only, holding the rows `sql` inserts,
/// and closed, so that what opens it next finds the file as that gouji wrote it.
func makeOldCorpus(at path: String, upTo migration: String, holding sql: String) throws {
    let old = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(old, upTo: migration)
    try old.write { db in try db.execute(sql: sql) }
    try old.close()
}
