import Foundation
import GRDB

/// A record's columns as the text parameters of a PostgreSQL statement, which the server casts to each
/// column's type; nil is NULL.
struct PostgresParameters: ColumnValues {
    private(set) var texts: [String?] = []

    mutating func bind(_ value: Int64?) { texts.append(value.map { String($0) }) }

    mutating func bind(_ value: Double?) { texts.append(value.map { String($0) }) }

    mutating func bind(_ value: String?) { texts.append(value) }

    /// The UTC text SQLite holds (GRDB's), with its zone said, which `TIMESTAMPTZ` needs.
    mutating func bind(_ value: Date) { texts.append(String.fromDatabaseValue(value.databaseValue).map { $0 + "+00" }) }
}
