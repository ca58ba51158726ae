import Foundation
import GoujiModel

/// An outcome as plain JSON, for scripts (`gouji check --format json`).
public struct OutcomeJSON: Codable, Sendable {
    public struct ValueJSON: Codable, Sendable {
        var table: String, row: String, col: String
        var value: String?
        var raw: String
        var location: String
        var doubt: String?
    }

    public struct FindingJSON: Codable, Sendable {
        var rule: String, severity: String
        var table: String?, row: String?, col: String?
        var expected: String?, found: String?, difference: String?
        var suspect: String?
        var message: String, message_zh: String
    }

    var source: String
    var status: String
    var reason: String
    var body: String?, region: String?, year: Int?, format: String?
    var values: [ValueJSON]
    var findings: [FindingJSON]

    public init(_ outcome: Outcome) {
        source = outcome.source.name
        status = outcome.status.rawValue
        reason = outcome.reason
        body = outcome.report?.body
        region = outcome.report?.region
        year = outcome.report?.year
        format = outcome.report?.format?.rawValue
        values = (outcome.report?.values ?? []).map {
            ValueJSON(table: $0.key.table.rawValue, row: $0.key.row, col: $0.key.column, value: $0.number.map { "\($0)" },
                      raw: $0.raw, location: $0.location.description, doubt: $0.doubt)
        }
        findings = outcome.findings.map {
            FindingJSON(rule: $0.rule, severity: $0.severity.rawValue, table: $0.table?.rawValue, row: $0.row, col: $0.column,
                        expected: $0.expected.map { "\($0)" }, found: $0.found.map { "\($0)" }, difference: $0.difference.map { "\($0)" },
                        suspect: $0.suspect, message: $0.message, message_zh: $0.messageZh)
        }
    }

    /// Pretty JSON with CJK left readable.
    public static func encode(_ outcomes: [Outcome]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(outcomes.map(OutcomeJSON.init)), as: UTF8.self)
    }
}
