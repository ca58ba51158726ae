import GoujiModel

/// Reads 表三 (收到和处理政府信息公开申请情况) from the rows found for it, over as many grids as it
/// spans: rows by their labels, columns by the header above them.
struct T3Reader {
    private(set) var values: [Value] = []
    private(set) var doubts: [String] = []
    /// Each header column's cell index and key, left to right.
    private var header: [(index: Int, key: String)]?
    private var seenRows: Set<String> = []

    static let rowMatcher = LabelMatcher(candidates: CanonicalModel.t3RowsAnyFormat.map { spec in
        .init(key: spec.key, cores: ([spec.label] + spec.variants + (spec.key == "partial" ? ["部分公开"] : [])).map(LabelText.core))
    })
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
        for cells in rows {
            let row = RowView(cells)
            if !row.hasNumber {
                let cores = cells.map { LabelText.core($0.text) }
                if Self.isHeader(cores) { headerRows.append(cores); continue }
            }
            if !headerRows.isEmpty { setHeader(headerRows); headerRows = [] }
            guard let key = rowKey(row) else { continue }
            readValues(of: row, key: key)
        }
    }

    /// A header row names the applicant columns; a data row may name one of them too (`其他`).
    private static func isHeader(_ cores: [String]) -> Bool {
        if cores.contains(where: { ["自然人", "申请人情况", "法人或其他组织"].contains($0) || $0.includes("勾稽关系") }) { return true }
        return cores.filter { columnLabels[$0] != nil }.count >= 2
    }

    /// The row keys a complete table of this edition prints, for saying what is missing.
    func missingRows() -> [String] {
        let format: TemplateFormat = seenRows.contains("other") ? .f2019 : .f2021
        return CanonicalModel.table(.t3, format).rows.map(\.key).filter { !seenRows.contains($0) }
    }

    /// Takes the header's column positions, unless they contradict each other, as a text dump
    /// whose rows lost their alignment makes them do: then values are read right-aligned.
    private mutating func setHeader(_ rows: [[String]]) {
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
        let order = ["natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"]
        let columns = map.sorted { $0.key < $1.key }.map { (index: $0.key, key: $0.value) }
        let printed = columns.map(\.key).filter { $0 != "subtotal" }
        consistent = consistent && printed == order.filter(printed.contains)
        header = consistent && printed.count >= 3 ? columns : nil
    }

    /// The row's key, from its most specific (rightmost) label.
    private func rowKey(_ row: RowView) -> String? {
        for label in row.labels.reversed() {
            if let key = Self.rowMatcher.match(label) { return key }
        }
        return nil
    }

    private mutating func readValues(of row: RowView, key: String) {
        guard !seenRows.contains(key) else { return }
        let keys = header?.map(\.key) ?? CanonicalModel.t3Columns.map(\.key)
        let labelEnd = row.lastLabelIndex ?? -1
        let trailing = row.trailingValues

        var cells: [(index: Int, key: String)]?
        if let header, header.allSatisfy({ $0.index > labelEnd && $0.index < row.cells.count }) {
            let filledOutside = trailing.contains { value in !header.contains { $0.index == value.index } && !value.cell.text.isEmpty }
            if !filledOutside { cells = header }
        }
        if cells == nil, trailing.count == keys.count {
            cells = zip(trailing, keys).map { (index: $0.index, key: $1) }
        }
        // A header some of whose labels were not read (a scan's OCR misreading a heading set
        // upright): the row's values in the model's order, where that order puts every column
        // the header did name where the header put it.
        let all = CanonicalModel.t3Columns.map(\.key)
        if cells == nil, let header, trailing.count == all.count {
            let full = zip(trailing, all).map { (index: $0.index, key: $1) }
            if header.allSatisfy({ named in full.contains { $0.index == named.index && $0.key == named.key } }) { cells = full }
        }
        guard let cells else {
            doubts.append("表三 row \(key): its \(trailing.count) value cells do not line up with the \(keys.count) columns")
            return
        }
        seenRows.insert(key)
        for (index, column) in cells where column != "subtotal" {
            values.append(row.value(CellKey(.t3, key, column), at: index))
        }
    }
}
