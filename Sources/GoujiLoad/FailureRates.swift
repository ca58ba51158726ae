import Foundation
import GoujiModel

/// How often the reports read fail their own balance rules: per region and year, per rule, per
/// equation, and by the size of the difference. Every share comes with the counts it is made of.
public struct FailureRates: Sendable, Hashable {
    /// The reports of one region and year that were read, and how many of them came out flagged.
    public struct Group: Sendable, Hashable {
        public var region: String?
        public var year: Int?
        public var read = 0
        public var unbalanced = 0
        public var needsReview = 0

        mutating func count(_ status: ReportStatus) {
            read += 1
            if status == .unbalanced { unbalanced += 1 }
            if status == .needsReview { needsReview += 1 }
        }
    }

    /// The upper bounds of the classes of differences, and the classes' names, one more than the bounds.
    static let differenceBounds: [Decimal] = [1, 5, 10, 100, 1000]
    public static let differenceClasses = ["1", "2–5", "6–10", "11–100", "101–1000", "over 1000"]

    /// All the reports read, as one group.
    public private(set) var all = Group()
    /// By region, then year.
    public var groups: [Group] {
        byGroup.values.sorted { ($0.region ?? "\u{10FFFF}", $0.year ?? .max) < ($1.region ?? "\u{10FFFF}", $1.year ?? .max) }
    }
    /// Per hard rule, the reports where it fails at least once.
    public private(set) var reportsFailing: [String: Int] = [:]
    /// Per failing equation (rule and place, e.g. `t3.flow [natural_person]`), the reports where it fails.
    public private(set) var equationsFailing: [String: Int] = [:]
    /// The failing equations counted by the size of their difference, a class per bound and one past the last.
    public private(set) var differences = Array(repeating: 0, count: FailureRates.differenceClasses.count)

    private var byGroup: [GroupKey: Group] = [:]

    public init() {}

    /// Counts one report: its status, where and when, and its findings. Reports not read are not counted.
    public mutating func count(_ status: ReportStatus, region: String?, year: Int?, findings: [CorpusOverview.FindingRow]) {
        guard [.ok, .unbalanced, .needsReview].contains(status) else { return }
        all.count(status)
        byGroup[GroupKey(region: region, year: year), default: Group(region: region, year: year)].count(status)

        let errors = findings.filter { $0.severity == .error }
        for rule in Set(errors.map(\.rule)) { reportsFailing[rule, default: 0] += 1 }
        for equation in Set(errors.map(Self.equation)) { equationsFailing[equation, default: 0] += 1 }
        for finding in errors {
            guard let difference = finding.difference.flatMap({ Decimal(string: $0) }) else { continue }
            let size = abs(difference)
            differences[Self.differenceBounds.firstIndex { size <= $0 } ?? Self.differenceBounds.count] += 1
        }
    }

    /// A failing equation's name: its rule and the row or column it runs along.
    public static func equation(_ finding: CorpusOverview.FindingRow) -> String {
        let place = [finding.row, finding.column].compactMap { $0 }.joined(separator: ", ")
        return place.isEmpty ? finding.rule : "\(finding.rule) [\(place)]"
    }

    private struct GroupKey: Hashable {
        var region: String?
        var year: Int?
    }
}
