import GoujiModel
import GRDB

/// A row of `findings`: a check a report's printed numbers fail, in the order validate gave them.
struct FindingRecord: Codable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "findings"

    /// Set by SQLite on insertion.
    var id: Int64?
    var sourceID: Int64
    var ordinal: Int
    var rule: String
    var severity: Finding.Severity
    var table: TableID?
    var row: String?
    var col: String?
    /// Decimal numbers as exact text, like `values.value`.
    var expected: String?
    var found: String?
    var difference: String?
    var suspect: String?
    var message: String
    var messageZh: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, sourceID = "source_id", ordinal, rule, severity, table, row, col
        case expected, found, difference, suspect, message, messageZh = "message_zh"
    }

    enum Columns {
        static let sourceID = Column(CodingKeys.sourceID)
        static let ordinal = Column(CodingKeys.ordinal)
    }

    init(_ finding: Finding, ordinal: Int, sourceID: Int64) {
        self.sourceID = sourceID; self.ordinal = ordinal
        rule = finding.rule; severity = finding.severity
        table = finding.table; row = finding.row; col = finding.column
        expected = DecimalText.string(finding.expected)
        found = DecimalText.string(finding.found)
        difference = DecimalText.string(finding.difference)
        suspect = finding.suspect
        message = finding.message; messageZh = finding.messageZh
    }
}

extension FindingRecord: SourceRow {
    /// With no id, which the database gives.
    static let columnNames = CodingKeys.allCases.filter { $0 != .id }.map(\.rawValue)

    func bind(to columns: inout some ColumnValues) {
        columns.bind(sourceID)
        columns.bind(ordinal)
        columns.bind(rule)
        columns.bind(severity)
        columns.bind(table)
        columns.bind(row)
        columns.bind(col)
        columns.bind(expected)
        columns.bind(found)
        columns.bind(difference)
        columns.bind(suspect)
        columns.bind(message)
        columns.bind(messageZh)
    }
}
