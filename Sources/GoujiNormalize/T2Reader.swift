import GoujiModel

/// Reads 表二 (主动公开政府信息情况): four stacked blocks, each under its own header row, in one
/// grid or several. The edition is decided first, since the two editions share some words
/// (本年新制作数量 is 2019's new_made but a 2021 variant of issued).
struct T2Reader {
    private(set) var values: [Value] = []
    private(set) var format: TemplateFormat = .f2021

    private static let columnCores: [TemplateFormat: [(key: String, cores: [String])]] = [
        .f2021: [("issued", ["制发件数", "新制作数量"]), ("repealed", ["废止件数"]), ("in_force", ["有效件数"]),
                 ("decisions", ["决定数量"]), ("amount", ["收费金额"])],
        .f2019: [("new_made", ["新制作数量"]), ("new_published", ["新公开数量"]), ("total_published", ["公开总数量"]),
                 ("prior_items", ["上一年项目数量", "上年项目数量"]), ("change", ["增减", "本年增"]), ("decisions", ["决定数量"]),
                 ("items", ["采购项目数量"]), ("amount", ["采购总金额", "采购金额"])],
    ]
    /// Words only the 2019 edition prints, and a character of each.
    private static let words2019 = ["新公开数量", "公开总数量", "项目数量", "增减", "其他对外管理服务事项", "政府集中采购", "采购总金额"]
    private static let characters2019 = Array("量增项采".unicodeScalars)
    /// A character of each column's words, in either edition.
    private static let columnCharacters = Array("数额增".unicodeScalars)

    /// Each edition's row labels, made into a matcher once rather than for every report.
    private static let rowMatchers = Dictionary(uniqueKeysWithValues: TemplateFormat.allCases.map { format in
        let rows = CanonicalModel.table(.t2, format).rows
        return (format, LabelMatcher(candidates: rows.map { .init(key: $0.key, cores: ([$0.label] + $0.variants).map(LabelText.core)) },
                                     threshold: 0.85))
    })

    /// Reads every run of rows found for 表二, in order.
    mutating func read(_ runs: [[[Cell]]]) {
        let is2019 = runs.joined().joined().contains { cell in
            LabelText.mayHold(Self.characters2019, cell.text) && Self.words2019.contains(where: LabelText.letters(cell.text).includes)
        }
        format = is2019 ? .f2019 : .f2021
        let spec = CanonicalModel.table(.t2, format)
        let rowMatcher = Self.rowMatchers[format]!

        for run in runs {
            var header: [Int: String] = [:]
            for cells in run {
                let columns = headerColumns(cells)
                if !columns.isEmpty { header = columns; continue }
                // The row's first label: the cells after it are read for their values below.
                guard let label = cells.first(where: { CellNumber.read($0.text) == .text }),
                      let key = rowMatcher.match(label) else { continue }
                readRow(cells, key: key, header: header, spec: spec)
            }
        }
    }

    private func headerColumns(_ cells: [Cell]) -> [Int: String] {
        var map: [Int: String] = [:]
        let columns = Self.columnCores[format]!
        for (index, cell) in cells.enumerated() where LabelText.mayHold(Self.columnCharacters, cell.text) {
            let core = LabelText.letters(cell.text)
            if let column = columns.first(where: { $0.cores.contains { core.includes($0) } }) {
                map[index] = column.key
            }
        }
        return map
    }

    private mutating func readRow(_ cells: [Cell], key: String, header: [Int: String], spec: TableSpec) {
        var taken: Set<String> = []
        for (index, column) in header.sorted(by: { $0.key < $1.key }) where index < cells.count {
            let cell = cells[index]
            guard !taken.contains(column), spec.column(column)?.rows?.contains(key) ?? true else { continue }
            let reading = CellNumber.read(cell.text)
            guard reading != .text else { continue }
            taken.insert(column)
            values.append(ValueReading.value(CellKey(.t2, key, column), from: cell, reading: reading))
        }
    }
}
