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

    /// The items in the order of their keys.
    static func sorted<Item>(_ items: [Item], by key: (Item) -> CellKey) -> [Item] {
        items.map { (rank: SortKey(key($0)), item: $0) }.sorted { $0.rank < $1.rank }.map(\.item)
    }

    /// A key's place: its table, then its row's rank and key, then its column's rank and key.
    private struct SortKey: Comparable {
        var table: TableID, rowRank: Int, row: String, columnRank: Int, column: String

        init(_ key: CellKey) {
            table = key.table; row = key.row; column = key.column
            rowRank = rowRanks[key.table]?[key.row] ?? .max
            columnRank = columnRanks[key.table]?[key.column] ?? .max
        }

        static func < (a: SortKey, b: SortKey) -> Bool {
            (a.table, a.rowRank, a.row, a.columnRank, a.column) < (b.table, b.rowRank, b.row, b.columnRank, b.column)
        }
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
