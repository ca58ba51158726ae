import Foundation
import GoujiModel

/// Reads 表三 (收到和处理政府信息公开申请情况) from the rows found for it, over as many grids as it
/// spans: rows by their labels, columns by the header above them.
struct T3Reader {
    private(set) var values: [Value] = []
    private(set) var doubts: [String] = []
    /// Each header column's cell index and key, left to right.
    private var header: [(index: Int, key: String)]?
    private var seenRows: Set<String> = []
    /// The last row whose label was read, and the rows of figures since whose labels were not.
    private var lastKey: String?
    private var unlabeled: (after: String?, rows: [RowView]) = (nil, [])

    static let rowMatcher = LabelMatcher(candidates: CanonicalModel.t3RowsAnyFormat.map { spec in
        .init(key: spec.key, cores: ([spec.label] + spec.variants + (spec.key == "partial" ? ["部分公开"] : [])).map(LabelText.core))
    })
    /// The applicant columns' keys, in the model's order.
    private static let columnKeys = CanonicalModel.t3Columns.map(\.key)
    /// Column labels, matched exactly: `其他` is a column only as a whole label.
    static let columnLabels: [String: String] = [
        "自然人": "natural_person", "商业企业": "commercial", "科研机构": "research", "社会公益组织": "social_org",
        "法律服务机构": "legal_service", "其他": "other_org", "总计": "total", "小计": "subtotal", "合计": "subtotal",
    ]

    /// Reads one run of consecutive rows of one grid.
    mutating func read(_ rows: [[Cell]]) {
        // Header rows kept as their cells' cores, made once for telling them and read again for
        // their columns.
        var headerRows: [[String]] = []
        var headerRead = false
        // The row just read when it gave no figure: a label whose figures may stand on the next line.
        var figureless: (key: String, values: Range<Int>)?
        for (index, cells) in rows.enumerated() {
            let row = RowView(cells)
            if !row.hasNumber {
                let cores = cells.map(Self.headerCore)
                if Self.isHeader(cores) {
                    headerRows.append(cores); figureless = nil
                    headerRead = headerRead || cells.contains { $0.confidence != nil }
                    continue
                }
            }
            if !headerRows.isEmpty { setHeader(headerRows, read: headerRead); headerRows = []; headerRead = false }
            guard let key = rowKey(row) else {
                if row.hasNumber, let above = figureless, Self.mayContinue(above.key, with: row.labels) {
                    readFigures(of: row, under: above, next: rows.dropFirst(index + 1).first.map(RowView.init))
                } else if row.hasNumber, row.cells.contains(where: { $0.confidence != nil }) {
                    // Printed, a label that names no row is no template row (a subtotal, a row
                    // of the body's own); read by OCR, it may be one whose label was misread.
                    if unlabeled.rows.isEmpty { unlabeled.after = lastKey }
                    unlabeled.rows.append(row)
                }
                figureless = nil
                continue
            }
            placeUnlabeled(before: key)
            lastKey = key
            if let above = figureless, above.key == key, row.hasNumber {
                // Both lines of a wrapped label read as the row: the figures stand on the second.
                values.removeSubrange(above.values)
                seenRows.remove(key)
            }
            let start = values.count
            readValues(of: row, key: key)
            let read = values[start...]
            let blank = read.isEmpty ? !seenRows.contains(key) : read.allSatisfy { $0.number == nil && $0.raw.isEmpty }
            figureless = blank ? (key, start..<values.count) : nil
        }
    }

    /// Rows of figures whose labels were not read (OCR made nothing of them), between two rows
    /// whose labels were, are the rows the template prints between those two, where as many
    /// of them are missing as stand unread: its rows come in one order. Their figures are in
    /// doubt, their labels unread.
    private mutating func placeUnlabeled(before next: String) {
        defer { unlabeled = (nil, []) }
        guard !unlabeled.rows.isEmpty else { return }
        for format in [TemplateFormat.f2021, .f2019] {
            let keys = CanonicalModel.table(.t3, format).rows.map(\.key)
            guard let end = keys.firstIndex(of: next) else { continue }
            let start = unlabeled.after.flatMap { keys.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            guard start <= end else { continue }
            let missing = keys[start..<end].filter { !seenRows.contains($0) }
            guard missing.count == unlabeled.rows.count else { continue }
            for (row, key) in zip(unlabeled.rows, missing) {
                let first = values.count
                readValues(of: row, key: key)
                for k in first..<values.count {
                    values[k].doubt = values[k].doubt ?? "its row's label was not read: taken for row \(key) by its place"
                }
            }
            return
        }
    }

    /// Figures on a row of their own, under a label that gave none (a label wrapped onto the next
    /// line, its figures beside the wrapped part). They are the label's if no other row can claim
    /// them: when the row after the label is missing too and nothing else stands for it, its
    /// label may have been lost, and the figures are left unread, in doubt, not given to either.
    private mutating func readFigures(of row: RowView, under above: (key: String, values: Range<Int>), next: RowView?) {
        let order = CanonicalModel.table(.t3, .f2021).rows.map(\.key) + ["other"]
        let successor = above.key == "other" ? "total" : order.firstIndex(of: above.key).flatMap { order.dropFirst($0 + 1).first }
        let nextKey = next.flatMap(rowKey)
        if let successor, !seenRows.contains(successor), nextKey != successor {
            doubts.append("表三: the figures on the line after row \(above.key) may be its own or those of row \(successor), whose label is not printed")
            for k in above.values { values[k].doubt = "its figures may stand on the next line, or be row \(successor)'s" }
            return
        }
        values.removeSubrange(above.values)
        seenRows.remove(above.key)
        readValues(of: row, key: above.key)
    }

    /// Whether a row's labels may be the wrapped end of a row's label: none, or words of that
    /// label. A subtotal (小计) or a group's own figures (（三）不予公开) are not.
    private static func mayContinue(_ key: String, with labels: [String]) -> Bool {
        guard let spec = CanonicalModel.t3RowsAnyFormat.first(where: { $0.key == key }) else { return false }
        let official = ([spec.label] + spec.variants).map(LabelText.core)
        return labels.map(LabelText.core).allSatisfy { core in core.isEmpty || official.contains { $0.includes(core) } }
    }

    /// A header cell's core; the generic headers some exports print (数据1 … 数据6) stand for
    /// the applicant columns in the template's order, and a label OCR read with a character
    /// or two wrong (社会组织) for the one it is far nearer than any other.
    private static func headerCore(_ cell: Cell) -> String {
        let folded = LabelText.halfWidth(cell.text).filter { !$0.isWhitespace }
        if folded.hasPrefix("数据"), let number = Int(folded.dropFirst(2)), (1...6).contains(number) {
            return CanonicalModel.t3Columns[number - 1].label
        }
        let core = LabelText.core(cell.text)
        if cell.confidence != nil, columnLabels[core] == nil, let label = columnMatcher.match(read: core) { return label }
        return core
    }

    private static let columnMatcher = LabelMatcher(candidates: columnLabels.keys.map { .init(key: $0, cores: [LabelText.core($0)]) })

    /// A header row names the applicant columns; a data row may name one of them too (`其他`).
    private static func isHeader(_ cores: [String]) -> Bool {
        if cores.contains(where: { ["自然人", "申请人情况", "法人或其他组织"].contains($0) || $0.includes("勾稽关系") }) { return true }
        return cores.filter { columnLabels[$0] != nil }.count >= 2
    }

    /// Takes the header's column positions, unless they contradict each other, as a text dump
    /// whose rows lost their alignment makes them do: then values are read right-aligned.
    /// Read by OCR, a header may name every column but one (a label misread past matching, 白然人
    /// or 总全自): a heading standing where that column's place is names it.
    private mutating func setHeader(_ rows: [[String]], read: Bool) {
        var map: [Int: String] = [:]
        var consistent = true
        for row in rows {
            for (index, core) in row.enumerated() {
                guard let key = Self.columnLabels[core] else { continue }
                if let earlier = map[index], earlier != key { consistent = false }
                if map.values.contains(key) && map[index] != key && key != "subtotal" { consistent = false }
                map[index] = key
            }
        }
        let order = Self.columnKeys
        if read, consistent, let (index, key) = Self.unnamedColumn(rows, named: map, order: order) { map[index] = key }
        let columns = map.sorted { $0.key < $1.key }.map { (index: $0.key, key: $0.value) }
        let printed = columns.map(\.key).filter { $0 != "subtotal" }
        consistent = consistent && printed == order.filter(printed.contains)
        header = consistent && printed.count >= 3 ? columns : nil
    }

    /// The one column a header leaves unnamed, and the index of the heading in its place: next
    /// to the named column before it in the model's order, or after it, and named by nothing.
    private static func unnamedColumn(_ rows: [[String]], named: [Int: String], order: [String]) -> (Int, String)? {
        let missing = order.filter { !named.values.contains($0) }
        guard missing.count == 1, let key = missing.first, let place = order.firstIndex(of: key) else { return nil }
        let indexOf = Dictionary(named.map { ($0.value, $0.key) }, uniquingKeysWith: max)
        let before = place > 0 ? indexOf[order[place - 1]] : nil
        let after = place + 1 < order.count ? indexOf[order[place + 1]] : nil
        let index: Int
        switch (before, after) {
        case let (before?, after?) where after - before == 2: index = before + 1
        case let (before?, nil): index = before + 1
        case let (nil, after?): index = after - 1
        default: return nil
        }
        let groups: Set<String> = ["申请人情况", "法人或其他组织"]
        let heads = rows.compactMap { $0.indices.contains(index) ? $0[index] : nil }
        guard heads.contains(where: { !$0.isEmpty && !groups.contains($0) && columnLabels[$0] == nil && !$0.includes("勾稽关系") }) else { return nil }
        return (index, key)
    }

    /// The row's key, from its most specific (rightmost) label.
    private func rowKey(_ row: RowView) -> String? {
        for cell in row.labelCells.reversed() {
            if let key = Self.rowMatcher.match(cell) { return key }
        }
        return nil
    }

    private mutating func readValues(of row: RowView, key: String) {
        // A label alone (a wrapped header's 总计, a stray header row) is no row of figures.
        guard (row.lastLabelIndex ?? -1) < row.cells.count - 1 else { return }
        guard !seenRows.contains(key) else {
            // A second row taken for one already read: one of the two labels was taken for
            // another's, and which row's figures are which cannot be told.
            let figures = row.trailingValues.map(\.cell.text).filter { !$0.isEmpty }
            let earlier = values.filter { $0.key.row == key }.map(\.raw).filter { !$0.isEmpty }
            if !figures.isEmpty, figures != earlier {
                doubts.append("表三: two rows read as row \(key), with different figures")
                for k in values.indices where values[k].key.row == key { values[k].doubt = values[k].doubt ?? "another row was also read as this one" }
            }
            return
        }
        let keys = header?.map(\.key) ?? Self.columnKeys
        let labelEnd = row.lastLabelIndex ?? -1
        let trailing = row.trailingValues

        var cells: [(index: Int, key: String)]?
        let headerFits = header?.allSatisfy { $0.index > labelEnd && $0.index < row.cells.count } ?? false
        if let header, headerFits {
            let filledOutside = trailing.contains { value in !header.contains { $0.index == value.index } && !value.cell.text.isEmpty }
            if !filledOutside { cells = header }
        }
        if cells == nil, trailing.count == keys.count {
            cells = zip(trailing, keys).map { (index: $0.index, key: $1) }
        }
        if cells == nil, trailing.count > keys.count, keys == Self.columnKeys {
            cells = Self.alignedByRowRule(trailing, row: row).map { zip($0, keys).map { (index: $0, key: $1) } }
        }
        // Seven figures are read in the model's order, as in a text dump, under a header some
        // of whose labels were not read (a scan's OCR misreading a heading set upright) where
        // that order puts every column the header did name where the header put it; and under
        // a header that does not fit the row, which places nothing: one standing over its label
        // (a scan's heading whose 自然人 ran into the next label, the others then a column
        // left), or past its cells (the header of a grid of other columns).
        let all = Self.columnKeys
        if cells == nil, let header, trailing.count == all.count {
            let full = zip(trailing, all).map { (index: $0.index, key: $1) }
            if !headerFits || header.allSatisfy({ named in full.contains { $0.index == named.index && $0.key == named.key } }) { cells = full }
        }
        guard let cells else {
            // A row with no figures where no header places its blanks (a header's 总计 on a line
            // of its own) is not read: if no other row gives its key, it is named as not read.
            guard !trailing.isEmpty else { return }
            doubts.append("表三 row \(key): its \(trailing.count) value cells do not line up with the \(keys.count) columns")
            return
        }
        seenRows.insert(key)
        for (index, column) in cells where column != "subtotal" {
            values.append(row.value(CellKey(.t3, key, column), at: index))
        }
    }

    /// A row with blank cells too many (a text dump's stray tab): the blanks left out so that
    /// the six applicant figures add up to the 总计, when one reading alone does; nil when none
    /// or several do, or too many blanks make the choices many.
    private static func alignedByRowRule(_ trailing: [(index: Int, cell: Cell)], row: RowView) -> [Int]? {
        let columns = CanonicalModel.t3Columns.count
        let blanks = trailing.indices.filter { row.readings[trailing[$0].index] == .noValue && trailing[$0].cell.text.isEmpty }
        let extra = trailing.count - columns
        guard extra <= blanks.count, blanks.count <= 8 else { return nil }
        var readings: Set<[String]> = [], chosen: [Int]?
        func choose(_ from: Int, _ left: Int, _ dropped: Set<Int>) {
            guard left > 0 else {
                let kept = trailing.indices.filter { !dropped.contains($0) }.map { trailing[$0].index }
                let numbers = kept.map { index -> Decimal? in
                    if case .number(let n) = row.readings[index] { return n } else { return nil }
                }
                let figures = numbers.compactMap { $0 }
                guard figures.count == columns else { return }
                let sum = figures.prefix(columns - 1).reduce(Decimal(0), +)
                guard sum == figures[columns - 1] else { return }
                if readings.insert(kept.map { row.cells[$0].text }).inserted { chosen = kept }
                return
            }
            for k in from..<blanks.count { choose(k + 1, left - 1, dropped.union([blanks[k]])) }
        }
        choose(0, extra, [])
        return readings.count == 1 ? chosen : nil
    }
}
