import GoujiModel
import GRDB

extension Corpus {
    /// The corpus at a glance, from one consistent read: the reports `scope` takes, the printed cells of
    /// the first `evidence` flagged ones.
    public func overview(_ scope: CorpusOverview.Scope = CorpusOverview.Scope(), evidence: Int = 50) throws -> CorpusOverview {
        try access(path ?? ":memory:") {
            try writer.read { db in
                let sources = try SourceRecord.order(SourceRecord.Columns.name, SourceRecord.Columns.path).fetchAll(db)
                let reports = try Self.reports(db)
                var counts = Dictionary(uniqueKeysWithValues: ReportStatus.allCases.map { ($0, 0) })
                let findings = try Self.findings(db)
                var flagged: [CorpusOverview.ListedReport] = [], warned: [CorpusOverview.ListedReport] = []
                var unread: [CorpusOverview.Unread] = []
                var rates = FailureRates()
                for source in sources {
                    guard let id = source.id, let report = reports[id],
                          scope.takes(path: source.path, name: source.name, region: report.region, year: report.year),
                          scope.place.matches(report) else { continue }
                    counts[report.status, default: 0] += 1
                    var listed = CorpusOverview.ListedReport(
                        source: source.name, path: source.path, body: report.body, region: report.region,
                        year: report.year, status: report.status, reason: report.reason,
                        findings: findings[id] ?? [], doubts: report.doubts ?? [])
                    rates.count(report.status, region: report.region, year: report.year, findings: listed.findings)
                    switch report.status {
                    case .ok:
                        if !listed.findings.isEmpty { warned.append(listed) }
                    case .unbalanced, .needsReview:
                        if flagged.count < evidence { listed.evidence = try Self.evidence(id, db) }
                        flagged.append(listed)
                    case .failed, .unsupported:
                        unread.append(CorpusOverview.Unread(source: source.name, path: source.path,
                                                            status: report.status, reason: report.reason))
                    }
                }
                return CorpusOverview(counts: counts, flagged: flagged, warned: warned, unread: unread,
                                      regionYears: scope.source == nil ? try Self.regionYears(db, scope) : [], rates: rates)
            }
        }
    }

    /// A report's printed cells with their provenance.
    private static func evidence(_ sourceID: Int64, _ db: Database) throws -> [CellKey: CorpusOverview.EvidenceCell] {
        let values = try ValueRecord.filter(ValueRecord.Columns.sourceID == sourceID).fetchAll(db)
        return Dictionary(values.map { value in
            let box = value.boxX.flatMap { x in
                value.boxY.flatMap { y in value.boxW.flatMap { w in value.boxH.map { Box(x: x, y: y, width: w, height: $0) } } }
            }
            return (value.key, CorpusOverview.EvidenceCell(value: value.value, raw: value.raw, location: value.location,
                                                           page: value.page, box: box))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Every finding by source id, in validate's order.
    private static func findings(_ db: Database) throws -> [Int64: [CorpusOverview.FindingRow]] {
        let records = try FindingRecord.order(FindingRecord.Columns.sourceID, FindingRecord.Columns.ordinal).fetchAll(db)
        return Dictionary(grouping: records, by: \.sourceID).mapValues { findings in
            findings.map { finding in
                CorpusOverview.FindingRow(
                    rule: finding.rule, severity: finding.severity, table: finding.table, row: finding.row, column: finding.col,
                    cell: finding.table.map { place(table: $0, row: finding.row, column: finding.col) },
                    expected: finding.expected, found: finding.found, difference: finding.difference,
                    suspect: finding.suspect, message: finding.message, messageZh: finding.messageZh)
            }
        }
    }

    /// Where an equation sits: a cell (`t3[total, total]`), a whole row or column (`t3 column natural_person`).
    private static func place(table: TableID, row: String?, column: String?) -> String {
        switch (row, column) {
        case let (row?, column?): return CellKey(table, row, column).description
        case let (row?, nil): return "\(table.rawValue) row \(row)"
        case let (nil, column?): return "\(table.rawValue) column \(column)"
        case (nil, nil): return table.rawValue
        }
    }

    /// Reports that were read, per region and year, with the headline cells' sums from `totals_by_region_year`.
    private static func regionYears(_ db: Database, _ scope: CorpusOverview.Scope) throws -> [CorpusOverview.RegionYear] {
        let read = [ReportStatus.ok, .unbalanced, .needsReview].map(\.rawValue)
        let (narrowing, arguments) = scope.condition
        let place = scope.place.conditions(on: "reports")
        let groups = try Row.fetchAll(db, sql: """
            SELECT region, year, COUNT(*) AS reports, COUNT(CASE WHEN status <> 'ok' THEN 1 END) AS flagged
            FROM reports WHERE status IN (\(read.map { _ in "?" }.joined(separator: ", ")))\(narrowing)\(place.sql.map { " AND " + $0 }.joined())
            GROUP BY region, year ORDER BY region, year
            """, arguments: StatementArguments(read) + arguments + place.arguments)
        let headlines = CorpusOverview.headlines
        // The view sums every report of a region and year; a page of one place sums its own reports alike.
        let sums = scope.place.isEmpty
            ? try Row.fetchAll(db, sql: """
                SELECT region, year, "table", row, col, total FROM totals_by_region_year WHERE total IS NOT NULL\(narrowing)
                """, arguments: arguments)
            : try Row.fetchAll(db, sql: """
                SELECT region, year, "table", row, col, total FROM (
                    SELECT reports.region, reports.year, v."table", v.row, v.col, SUM(CAST(v.value AS NUMERIC)) AS total
                    FROM "values" v JOIN reports ON reports.source_id = v.source_id
                    WHERE \(place.sql.joined(separator: " AND "))
                    GROUP BY reports.region, reports.year, v."table", v.row, v.col)
                WHERE total IS NOT NULL\(narrowing)
                """, arguments: place.arguments + arguments)
        var totals: [RegionYearKey: [CellKey: Double]] = [:]
        for sum in sums {
            guard let table = TableID(rawValue: sum["table"]) else { continue }
            let cell = CellKey(table, sum["row"], sum["col"])
            guard headlines.contains(cell) else { continue }
            totals[RegionYearKey(region: sum["region"], year: sum["year"]), default: [:]][cell] = sum["total"]
        }
        return groups.map { group in
            let key = RegionYearKey(region: group["region"], year: group["year"])
            return CorpusOverview.RegionYear(region: key.region, year: key.year, reports: group["reports"],
                                             flagged: group["flagged"], totals: totals[key] ?? [:])
        }
    }

    private struct RegionYearKey: Hashable {
        var region: String?
        var year: Int?
    }
}
