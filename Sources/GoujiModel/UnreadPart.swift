/// A part of a table its edition prints that was not read: the whole table (no row), a whole
/// row (no columns), or some cells of a row.
public struct UnreadPart: Sendable, Hashable, CustomStringConvertible {
    public var table: TableID
    public var row: String?
    public var columns: [String]

    public init(_ table: TableID, row: String? = nil, columns: [String] = []) {
        self.table = table; self.row = row; self.columns = columns
    }

    /// The table's name as printed in reports: 表二, 表三, 表四.
    public var tableName: String {
        switch table {
        case .t2: "表二"
        case .t3: "表三"
        case .t4: "表四"
        }
    }

    public var description: String {
        guard let row else { return "\(tableName) not found" }
        if columns.isEmpty { return "\(tableName) row \(row) not found" }
        return "\(tableName) row \(row): \(columns.joined(separator: ", ")) not read"
    }
}

extension [UnreadPart] {
    /// One line per table for a report's reason: 表四 not found; 表三 rows not found: …; 表三
    /// cells not read: row[column, …].
    public var summary: String {
        TableID.allCases.compactMap { table -> String? in
            let parts = filter { $0.table == table }
            guard let first = parts.first else { return nil }
            if first.row == nil { return first.description }
            var said: [String] = []
            let rows = parts.filter(\.columns.isEmpty).compactMap(\.row)
            if !rows.isEmpty {
                let more = rows.count > 4 ? ", … (\(rows.count) rows)" : ""
                said.append("\(first.tableName) rows not found: \(rows.prefix(4).joined(separator: ", "))\(more)")
            }
            let cells = parts.filter { !$0.columns.isEmpty }
            if !cells.isEmpty {
                let listed = cells.prefix(3).map { "\($0.row!)[\($0.columns.joined(separator: ", "))]" }.joined(separator: ", ")
                said.append("\(first.tableName) cells not read: \(listed)\(cells.count > 3 ? ", …" : "")")
            }
            return said.joined(separator: "; ")
        }.joined(separator: "; ")
    }
}
