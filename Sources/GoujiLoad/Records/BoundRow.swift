import Foundation
import GRDB

/// A record whose columns are listed once, in `columnNames`, and bound in that order by `bind(to:)`: what
/// SQLite's inserts (`RowInserter`), a merge's copy and PostgreSQL's inserts and pushes all use, so that no
/// second list of a table's columns can fall behind. A generated `id` is neither listed nor bound.
protocol BoundRow: TableRecord {
    /// The table's columns but a generated id, in the order `bind(to:)` binds them.
    static var columnNames: [String] { get }
    func bind(to columns: inout some ColumnValues) throws
}

/// A row of a table keyed by its source (`reports`, `values`, `findings`): copied with its source, under
/// the id the source is given where it is copied to.
protocol SourceRow: BoundRow, FetchableRecord {
    var sourceID: Int64 { get set }
}

extension SourceRow {
    /// The columns copied as they are: all but the source's id.
    static var copiedColumnNames: [String] { columnNames.filter { $0 != "source_id" } }
}

/// The tables keyed by their source, in the order a source's rows are written.
var sourceRowTypes: [any SourceRow.Type] { [ReportRecord.self, ValueRecord.self, FindingRecord.self] }

/// Where a record's columns are bound, left to right: a SQLite statement's (`RowInserter.Columns`) or a
/// PostgreSQL statement's parameters (`PostgresParameters`).
protocol ColumnValues {
    mutating func bind(_ value: Int64?)
    mutating func bind(_ value: Double?)
    mutating func bind(_ value: String?)
    /// A time, which each database reads as UTC.
    mutating func bind(_ value: Date)
}

extension ColumnValues {
    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    /// An enumeration stored as its name.
    mutating func bind<Name: RawRepresentable<String>>(_ value: Name?) { bind(value?.rawValue) }
}
