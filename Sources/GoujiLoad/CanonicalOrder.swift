import GoujiModel

/// The printed order of the canonical keys, both template editions merged: the order exports and the
/// wide views list cells in. Keys the model does not know come last, alphabetically.
enum CanonicalOrder {
    /// The row keys of a table in printed order, e.g. t3's single `other` just before its `other.*` rows.
    static func rows(_ table: TableID) -> [String] {
        merged(TemplateFormat.allCases.map { CanonicalModel.table(table, $0).rows.map(\.key) })
    }

    /// The column keys of a table in printed order.
    static func columns(_ table: TableID) -> [String] {
        merged(TemplateFormat.allCases.map { CanonicalModel.table(table, $0).columns.map(\.key) })
    }

    /// Whether `a` is listed before `b`.
    static func precedes(_ a: CellKey, _ b: CellKey) -> Bool {
        let ra = rank(a), rb = rank(b)
        if ra.table != rb.table { return ra.table < rb.table }
        if ra.row != rb.row { return ra.row < rb.row }
        if a.row != b.row { return a.row < b.row }
        if ra.column != rb.column { return ra.column < rb.column }
        return a.column < b.column
    }

    private static func rank(_ key: CellKey) -> (table: TableID, row: Int, column: Int) {
        (key.table, rowRanks[key.table]?[key.row] ?? .max, columnRanks[key.table]?[key.column] ?? .max)
    }

    private static let rowRanks = ranks(rows)
    private static let columnRanks = ranks(columns)

    private static func ranks(_ keys: (TableID) -> [String]) -> [TableID: [String: Int]] {
        Dictionary(uniqueKeysWithValues: TableID.allCases.map { table in
            (table, Dictionary(uniqueKeysWithValues: keys(table).enumerated().map { ($1, $0) }))
        })
    }

    /// The first list, with each key only a later list has inserted after the key it follows there.
    private static func merged(_ lists: [[String]]) -> [String] {
        var result: [String] = []
        for list in lists {
            var previous: String?
            for key in list {
                if !result.contains(key) {
                    let at = previous.flatMap { result.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                    result.insert(key, at: at)
                }
                previous = key
            }
        }
        return result
    }
}
