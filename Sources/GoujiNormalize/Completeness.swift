import GoujiModel

/// What a report's tables should print, held against what was read: every cell of each
/// table's edition is either read or named here. 表三's edition is told by its rows (a single
/// （六）其他处理 row without sub-rows is the 2019 edition's), 表二's by its columns, 表四 has one.
enum Completeness {
    static func unread(_ values: [Value], t2Format: TemplateFormat) -> [UnreadPart] {
        var read: [TableID: [String: Set<String>]] = [:]
        for key in values.lazy.map(\.key) { read[key.table, default: [:]][key.row, default: []].insert(key.column) }
        // A （六） row read beside its sub-rows is their subtotal, not the 2019 edition's single row.
        let t3Rows = read[.t3] ?? [:]
        let t3Format: TemplateFormat = t3Rows["other"] != nil && !t3Rows.keys.contains { $0.hasPrefix("other.") } ? .f2019 : .f2021
        return [(TableID.t2, t2Format), (.t3, t3Format), (.t4, .f2021)].flatMap { table, format in
            unread(CanonicalModel.table(table, format), read: read[table])
        }
    }

    private static func unread(_ spec: TableSpec, read: [String: Set<String>]?) -> [UnreadPart] {
        guard let read else { return [UnreadPart(spec.id)] }
        return spec.rows.compactMap { row in
            let printed = spec.columns.filter { $0.rows?.contains(row.key) ?? true }.map(\.key)
            guard let columns = read[row.key] else { return UnreadPart(spec.id, row: row.key) }
            let missing = printed.filter { !columns.contains($0) }
            return missing.isEmpty ? nil : UnreadPart(spec.id, row: row.key, columns: missing)
        }
    }
}
