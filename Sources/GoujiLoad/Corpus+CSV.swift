import Foundation
import GoujiModel
import GRDB

extension Corpus {
    /// The files `exportCSV(to:bom:)` writes in its folder.
    public static let csvFileNames = ["values.csv", "findings.csv", "reports.csv"]

    /// Writes the contract's values.csv, findings.csv and reports.csv into `directory` (created if missing)
    /// from one consistent read of the corpus, each after a UTF-8 byte order mark if `bom`.
    /// Rows go by source name, cells in the tables' printed order, findings in validate's order.
    public func exportCSV(to directory: String, bom: Bool = false) throws {
        try Self.createDirectory(directory)
        let folder = URL(fileURLWithPath: directory)
        try access(directory) {
            try writer.read { db in
                let sources = try Self.sources(db)
                let (values, findings, reports) = (Self.csvFileNames[0], Self.csvFileNames[1], Self.csvFileNames[2])
                try Self.writeValues(sources, db, to: folder.appendingPathComponent(values).path, bom: bom)
                try Self.writeFindings(sources, db, to: folder.appendingPathComponent(findings).path, bom: bom)
                try Self.writeReports(sources, db, to: folder.appendingPathComponent(reports).path, bom: bom)
            }
        }
    }

    /// Writes `file` with one row per report that has values and one column per cell any report has
    /// (`t3.new.total`, in the tables' printed order) after the report's source, status, body, region,
    /// year and format; an empty field where the report prints no number.
    public func exportWideCSV(to file: String, bom: Bool = false) throws {
        try Self.createDirectory(URL(fileURLWithPath: file).deletingLastPathComponent().path)
        try access(file) {
            try writer.read { db in
                let keys = CanonicalOrder.sorted(
                    try Row.fetchAll(db, sql: #"SELECT DISTINCT "table", row, col FROM "values""#).compactMap { row in
                        TableID(rawValue: row["table"]).map { CellKey($0, row["row"], row["col"]) }
                    }, by: { $0 })
                let header = ["source", "status", "body", "region", "year", "format"]
                    + keys.map { "\($0.table.rawValue).\($0.row).\($0.column)" }
                let csv = try CSVFile(path: file, header: header, bom: bom)
                let reports = try Self.reports(db)
                for source in try Self.sources(db) {
                    let values = try ValueRecord.filter(ValueRecord.Columns.sourceID == source.id).fetchAll(db)
                    guard !values.isEmpty, let report = source.id.flatMap({ reports[$0] }) else { continue }
                    let byKey = Dictionary(uniqueKeysWithValues: values.map { ($0.key, $0.value) })
                    try csv.write([source.name, report.status.rawValue, report.body, report.region,
                                   report.year.map(String.init), report.format?.rawValue]
                                  + keys.map { byKey[$0] ?? nil })
                }
                try csv.finish()
            }
        }
    }

    // MARK: - The three contract files

    private static func writeValues(_ sources: [SourceRecord], _ db: Database, to path: String, bom: Bool) throws {
        let csv = try CSVFile(path: path, header: ["source", "table", "row", "col", "value",
                                                   "raw", "page", "location", "doubt", "ocr_confidence"], bom: bom)
        for source in sources {
            for value in try values(of: source, db) {
                try csv.write([source.name, value.table.rawValue, value.row, value.col, value.value,
                               value.raw, value.page.map(String.init), value.location, value.doubt,
                               value.ocrConfidence.map { String(Int($0.rounded())) }])
            }
        }
        try csv.finish()
    }

    private static func writeFindings(_ sources: [SourceRecord], _ db: Database, to path: String, bom: Bool) throws {
        let csv = try CSVFile(path: path, header: ["source", "rule", "severity", "table", "row", "col", "expected",
                                                   "found", "difference", "suspect", "message", "message_zh"], bom: bom)
        for source in sources {
            let findings = try FindingRecord.filter(FindingRecord.Columns.sourceID == source.id)
                .order(FindingRecord.Columns.ordinal).fetchAll(db)
            for finding in findings {
                try csv.write([source.name, finding.rule, finding.severity.rawValue, finding.table?.rawValue,
                               finding.row, finding.col, finding.expected, finding.found, finding.difference,
                               finding.suspect, finding.message, finding.messageZh])
            }
        }
        try csv.finish()
    }

    private static func writeReports(_ sources: [SourceRecord], _ db: Database, to path: String, bom: Bool) throws {
        let csv = try CSVFile(path: path, header: ["source", "status", "reason", "body", "region", "year",
                                                   "format", "sha256", "path", "region_code", "province", "city",
                                                   "county", "township", "level", "body_printed", "published",
                                                   "place_note", "ocr_pages"], bom: bom)
        let reports = try reports(db)
        for source in sources {
            guard let report = source.id.flatMap({ reports[$0] }) else { continue }
            try csv.write([source.name, report.status.rawValue, report.reason, report.body, report.region,
                           report.year.map(String.init), report.format?.rawValue, source.sha256, PathBytes.shown(source.path),
                           report.regionCode, report.province, report.city, report.county, report.township,
                           report.level, report.bodyPrinted, report.published, report.placeNote,
                           String(source.ocrPages)])
        }
        try csv.finish()
    }

    // MARK: - Reading

    /// Every source by base name, then path: the order every export lists them in.
    private static func sources(_ db: Database) throws -> [SourceRecord] {
        try SourceRecord.order(SourceRecord.Columns.name, SourceRecord.Columns.path).fetchAll(db)
    }

    /// A source's values in the tables' printed order.
    private static func values(of source: SourceRecord, _ db: Database) throws -> [ValueRecord] {
        CanonicalOrder.sorted(try ValueRecord.filter(ValueRecord.Columns.sourceID == source.id).fetchAll(db), by: \.key)
    }

    private static func createDirectory(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw LoadError(directory, .cannotWrite(error.localizedDescription))
        }
    }
}
