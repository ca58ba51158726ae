import Foundation

/// A check that did not hold, with its place and its numbers. Findings are not errors: the
/// report was read; what it prints does not add up.
public struct Finding: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning, info }

    /// The spec's rule id, e.g. `t3.flow`.
    public var rule: String
    public var severity: Severity
    public var table: TableID?
    public var row: String?
    public var column: String?
    /// The side of the equation the rule expects (e.g. the sum), and the side printed.
    public var expected: Decimal?
    public var found: Decimal?
    /// A cell that, changed alone, would balance every failing rule it sits in.
    public var suspect: String?
    public var message: String
    public var messageZh: String

    public init(rule: String, severity: Severity, table: TableID? = nil, row: String? = nil, column: String? = nil,
                expected: Decimal? = nil, found: Decimal? = nil, suspect: String? = nil,
                message: String, messageZh: String) {
        self.rule = rule; self.severity = severity; self.table = table; self.row = row; self.column = column
        self.expected = expected; self.found = found; self.suspect = suspect
        self.message = message; self.messageZh = messageZh
    }

    public var difference: Decimal? {
        guard let expected, let found else { return nil }
        return found - expected
    }
}

/// What became of one input file.
public enum ReportStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case ok, unbalanced
    case needsReview = "needs_review"
    case failed, unsupported
}

/// One input file's answer: always given, whatever the file was.
public struct Outcome: Sendable, Equatable {
    public var source: SourceFile
    public var status: ReportStatus
    /// One line: why the status is what it is.
    public var reason: String
    public var report: Report?
    public var findings: [Finding]

    public init(source: SourceFile, status: ReportStatus, reason: String, report: Report? = nil, findings: [Finding] = []) {
        self.source = source; self.status = status; self.reason = reason; self.report = report; self.findings = findings
    }
}
