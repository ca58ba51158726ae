import GoujiModel

/// Stage 3: the document's grids mapped onto the canonical model. Tables are found by their
/// headings and by the words in their rows, never by their place in the document, and a table
/// may run over several grids.
public struct Normalizer: Sendable {
    public init() {}

    public func normalize(_ document: StructuredDocument) throws(NormalizeError) -> Report {
        let path = document.source.path
        let lines = document.lines.map(\.text)
        let title = ReportTitle(lines: lines)
        if let year = title.namedYear, year < 2019, title.isAnnualReport || !hasTables(document) {
            throw NormalizeError(path: path, reason: .unsupported("a \(year) report, in the free-form format before 2019"))
        }

        let runs = tableRuns(document)
        var t2 = T2Reader(), t3 = T3Reader(), t4 = T4Reader()
        t2.read((runs[.t2] ?? []).map(\.rows))
        for run in runs[.t3] ?? [] { t3.read(run.rows) }
        for run in runs[.t4] ?? [] { t4.read(run.rows, captions: run.captions) }
        t4.finish()

        // 表三 is what makes a document a report; a table of 行政复议 figures alone does not.
        if t3.values.isEmpty && (t4.values.isEmpty || !title.isAnnualReport) {
            if title.isAnnualReport { throw NormalizeError(path: path, reason: .noTables) }
            if document.source.ocrPages > 0 { throw NormalizeError(path: path, reason: .noTablesInScan) }
            throw NormalizeError(path: path, reason: .unsupported("not a 政府信息公开工作年度报告 (no 表三 found)"))
        }

        var doubts = t3.doubts + t4.doubts
        let values = Self.onePerCell(t2.values + t3.values + t4.values, doubts: &doubts)
        let unread = Completeness.unread(values, t2Format: t2.format)
        let identity = ReportIdentity(title: title, lines: lines, documentTitle: document.title, path: path,
                                      headings: document.grids.flatMap { $0.rows.prefix(2).flatMap { $0.map(\.text) } })
        if identity.body == nil { doubts.append("the publishing body not found (in the title, the signature, the document's title or the file's name)") }
        if identity.year == nil { doubts.append("the year the report covers not found (in the title, the 统计期限 or the tables' headings)") }
        var formats: [TableID: TemplateFormat] = [:]
        let edition: TemplateFormat = (identity.year ?? title.namedYear ?? 2021) >= 2021 ? .f2021 : .f2019
        if !t2.values.isEmpty { formats[.t2] = t2.format }
        if !t3.values.isEmpty { formats[.t3] = edition }
        if !t4.values.isEmpty { formats[.t4] = edition }

        var report = Report(source: document.source, body: identity.body, region: identity.region, year: identity.year,
                            formats: formats, values: values, doubts: doubts)
        report.unread = unread
        report.bodyAsPrinted = identity.bodyAsPrinted
        report.place = identity.place
        report.placeNote = identity.placeNote
        report.published = identity.published
        report.statedFigures = NarrativeFigures.find(in: document.lines)
        return report
    }

    /// One value a cell: where two were read for one (two rows of a scan both read as one
    /// row), the first figure stands (a mark that is no figure gives way to one), in doubt,
    /// and the cell is named; which is the cell's cannot be told.
    static func onePerCell(_ values: [Value], doubts: inout [String]) -> [Value] {
        var seen: [CellKey: Int] = [:]
        var kept: [Value] = []
        for value in values {
            guard let k = seen[value.key] else {
                seen[value.key] = kept.count
                kept.append(value)
                continue
            }
            if kept[k].doubt == nil { doubts.append("\(value.key): two values read for this cell") }
            let replaced = kept[k].number == nil && value.number != nil
            let other = replaced ? kept[k].raw : value.raw
            if replaced { kept[k] = value }
            kept[k].doubt = kept[k].doubt ?? "another value was also read for this cell (\(other))"
        }
        return kept
    }

    private func hasTables(_ document: StructuredDocument) -> Bool {
        !document.grids.isEmpty
    }

    /// Consecutive rows of one grid that belong to one table, with the lines printed between
    /// the grid before and this one: a table printed in parts names each part there (行政复议,
    /// 复议后起诉), perhaps above a line of units.
    struct TableRun {
        var rows: [[Cell]] = []
        var captions: [String] = []
    }

    /// Each table's rows, as runs of consecutive rows of one grid, in document order.
    private func tableRuns(_ document: StructuredDocument) -> [TableID: [TableRun]] {
        var runs: [TableID: [TableRun]] = [:]
        var section: TableID?
        var captions: [String] = []
        for item in document.items {
            switch item {
            case .text(let line):
                if let heading = Sections.heading(line.text) { section = heading }
                if !line.text.allSatisfy(\.isWhitespace) { captions.append(line.text) }
            case .grid(let grid):
                var current: TableID?
                for row in grid.rows {
                    if let signal = Sections.signal(row) { section = signal }
                    guard let table = section else { continue }
                    if current != table {
                        runs[table, default: []].append(TableRun(captions: current == nil ? captions : []))
                        current = table
                    }
                    runs[table]![runs[table]!.count - 1].rows.append(row)
                }
                captions.removeAll()
            }
        }
        return runs
    }
}
