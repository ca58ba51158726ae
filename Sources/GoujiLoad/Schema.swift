import Foundation
import GoujiModel
import GRDB

/// The corpus schema as named migrations. Migrations are only ever appended, never edited once released:
/// corpora in the field have run them, and a change is a new migration after the last.
///
/// Tables `sources`, `reports` (one per source), `values` and `findings`, the last two keyed by `source_id`;
/// views `t3_wide` and `totals_by_region_year`. `values` and the column `table` are SQL keywords: write them
/// quoted, `SELECT "table", row, col, value FROM "values"`.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 tables", migrate: createTables)
        migrator.registerMigration("v1 indexes", migrate: createIndexes)
        // The views list the model's keys when the migration runs; a change of the model's t3 keys needs a new
        // migration that recreates them.
        migrator.registerMigration("v1 views", migrate: createViews)
        // Which version of gouji's reading made a source's rows, so that a newer one rereads it.
        migrator.registerMigration("v2 sources.reader") { db in
            try db.alter(table: "sources") { t in t.add(column: "reader", .text).notNull().defaults(to: "") }
        }
        migrator.registerMigration("v3 values clustered by report", migrate: clusterValues)
        migrator.registerMigration("v4 reports.place", migrate: addPlace)
        // Scans read by OCR: how many of a source's pages were, and each value's confidence (0 to 100).
        migrator.registerMigration("v5 OCR confidence") { db in
            try db.alter(table: "sources") { t in t.add(column: "ocr_pages", .integer).notNull().defaults(to: 0) }
            try db.alter(table: "values") { t in t.add(column: "ocr_confidence", .double) }
        }
        return migrator
    }

    /// Brings a corpus's schema up to date, also when another gouji does the same at the same moment (two
    /// runs started at once on a new corpus). Each migration runs in its own `BEGIN IMMEDIATE` transaction,
    /// so the second process waits for the first's; but the migrator decided what to run before it waited,
    /// so it then finds the table already there and fails. It starts over from the migrations the other has
    /// since applied: it only starts over after the other made progress, so at most once per migration,
    /// and a failure with no progress elsewhere is a real one.
    static func migrate(_ writer: some DatabaseWriter) throws {
        let migrator = migrator
        while true {
            let before = try writer.read(migrator.appliedIdentifiers)
            do {
                return try migrator.migrate(writer)
            } catch {
                guard try !writer.read(migrator.appliedIdentifiers).isSubset(of: before) else { throw error }
            }
        }
    }

    /// The tables of a database that is neither empty nor a gouji corpus (another application's, given as
    /// the corpus by mistake), which gouji must not add its tables to; nil for an empty database or a corpus.
    static func foreignTables(_ db: Database) throws -> [String]? {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            ORDER BY name
            """)
        guard !tables.isEmpty else { return nil }
        // A corpus is known by its first migration; a corpus made by two runs at once may hold its
        // migrations table alone for a moment.
        if tables == ["grdb_migrations"] { return nil }
        let applied = try migrator.appliedIdentifiers(db)
        return applied.contains("v1 tables") ? nil : tables
    }

    private static func createTables(_ db: Database) throws {
        try db.create(table: "sources") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("path", .text).notNull().unique()
            t.column("name", .text).notNull()
            t.column("sha256", .text).notNull()
            t.column("size", .integer).notNull()
            t.column("kind", .text).notNull()
            t.column("encoding", .text)
            t.column("read_at", .datetime).notNull()
        }
        try db.create(table: "reports") { t in
            t.primaryKey("source_id", .integer).references("sources", onDelete: .cascade)
            t.column("status", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("body", .text)
            t.column("region", .text)
            t.column("year", .integer)
            t.column("format", .text)
            t.column("format_t2", .text)
            t.column("format_t3", .text)
            t.column("format_t4", .text)
            t.column("doubts", .jsonText)
        }
        try createValues(db)
        try db.create(table: "findings") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("source_id", .integer).notNull().references("sources", onDelete: .cascade)
            t.column("ordinal", .integer).notNull()
            t.column("rule", .text).notNull()
            t.column("severity", .text).notNull()
            t.column("table", .text)
            t.column("row", .text)
            t.column("col", .text)
            t.column("expected", .text)
            t.column("found", .text)
            t.column("difference", .text)
            t.column("suspect", .text)
            t.column("message", .text).notNull()
            t.column("message_zh", .text).notNull()
            t.uniqueKey(["source_id", "ordinal"])
        }
    }

    /// Loading a report wrote a page of `values_cell` for each of its two hundred cells, four times the
    /// cost of the rows themselves; and a rowid table kept its key in an index of its own. The values
    /// are now stored in key order, without a rowid, and `values_cell` is gone: the corpus's own
    /// queries read a report's values by `source_id`, and sums across reports scan the table anyway.
    private static func clusterValues(_ db: Database) throws {
        try db.execute(sql: "DROP VIEW t3_wide; DROP VIEW totals_by_region_year")
        try db.rename(table: "values", to: "values_v2")
        try createValues(db, options: .withoutRowID)
        try db.execute(sql: #"INSERT INTO "values" SELECT * FROM values_v2"#)
        try db.drop(table: "values_v2")
        try createViews(db)
    }

    /// Who, where and when: the body as printed, the publication date, and the body's place in the
    /// divisions (GB/T 2260 code, the names above it, its level, or why it has none).
    private static func addPlace(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE reports ADD COLUMN body_printed TEXT;
            ALTER TABLE reports ADD COLUMN published TEXT;
            ALTER TABLE reports ADD COLUMN region_code TEXT;
            ALTER TABLE reports ADD COLUMN province TEXT;
            ALTER TABLE reports ADD COLUMN city TEXT;
            ALTER TABLE reports ADD COLUMN county TEXT;
            ALTER TABLE reports ADD COLUMN township TEXT;
            ALTER TABLE reports ADD COLUMN level TEXT;
            ALTER TABLE reports ADD COLUMN place_note TEXT;
            CREATE INDEX reports_region_code_year ON reports (region_code, year);
            """)
    }

    private static func createValues(_ db: Database, options: TableOptions = []) throws {
        try db.create(table: "values", options: options) { t in
            t.column("source_id", .integer).notNull().references("sources", onDelete: .cascade)
            t.column("table", .text).notNull()
            t.column("row", .text).notNull()
            t.column("col", .text).notNull()
            t.column("value", .text)
            t.column("raw", .text).notNull()
            t.column("page", .integer)
            t.column("location", .text).notNull()
            t.column("box_x", .double)
            t.column("box_y", .double)
            t.column("box_w", .double)
            t.column("box_h", .double)
            t.column("doubt", .text)
            t.primaryKey(["source_id", "table", "row", "col"])
        }
    }

    private static func createIndexes(_ db: Database) throws {
        try db.create(index: "sources_name", on: "sources", columns: ["name"])
        try db.create(index: "reports_region_year", on: "reports", columns: ["region", "year"])
        try db.create(index: "reports_year", on: "reports", columns: ["year"])
        try db.create(index: "reports_body", on: "reports", columns: ["body"])
        try db.create(index: "reports_status", on: "reports", columns: ["status"])
        try db.create(index: "values_cell", on: "values", columns: ["table", "row", "col"])
        try db.create(index: "findings_rule", on: "findings", columns: ["rule"])
    }

    private static func createViews(_ db: Database) throws {
        try db.execute(sql: t3WideSQL)
        try db.execute(sql: totalsSQL)
    }

    /// `t3_wide`: one row per report that prints a 表三, one numeric column per cell, named `row.col`
    /// (e.g. `"new.total"`), NULL where the report prints no number. PostgreSQL defines it alike, so it
    /// groups by every grouped table's key, as PostgreSQL asks.
    static var t3WideSQL: String {
        let cells = CanonicalOrder.rows(.t3).flatMap { row in
            CanonicalOrder.columns(.t3).map { col in
                "MAX(CASE WHEN v.row = \(literal(row)) AND v.col = \(literal(col)) THEN CAST(v.value AS NUMERIC) END)"
                    + " AS \("\(row).\(col)".quotedDatabaseIdentifier)"
            }
        }
        return """
            CREATE VIEW t3_wide AS
            SELECT s.id AS source_id, s.name AS source, s.path, r.body, r.region, r.year, r.format, r.status,
            \(cells.joined(separator: ",\n"))
            FROM sources s
            JOIN reports r ON r.source_id = s.id
            JOIN "values" v ON v.source_id = s.id AND v."table" = 't3'
            GROUP BY s.id, r.source_id
            """
    }

    /// A SQL string literal, which both SQLite and PostgreSQL read alike.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `totals_by_region_year`: per region, year and cell, how many reports print a number there (`reports`),
    /// how many of those are not `ok` (`flagged`), and the numbers' sum (`total`; decimals rounded to 6 places).
    private static let totalsSQL = """
        CREATE VIEW totals_by_region_year AS
        SELECT region, year, "table", row, col, reports, flagged,
               CASE typeof(total) WHEN 'real' THEN round(total, 6) ELSE total END AS total
        FROM (\(totalsByRegionYear))
        """

    /// The sums behind `totals_by_region_year`, in SQL that SQLite and PostgreSQL both read.
    static let totalsByRegionYear = """
        SELECT r.region, r.year, v."table", v.row, v.col,
               COUNT(v.value) AS reports,
               COUNT(CASE WHEN v.value IS NOT NULL AND r.status <> 'ok' THEN 1 END) AS flagged,
               SUM(CAST(v.value AS NUMERIC)) AS total
        FROM "values" v
        JOIN reports r ON r.source_id = v.source_id
        GROUP BY r.region, r.year, v."table", v.row, v.col
        """
}
