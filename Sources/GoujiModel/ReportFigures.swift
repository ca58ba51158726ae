import Foundation

/// A loaded report's identity and numbers, as checks across the corpus need them.
public struct ReportFigures: Sendable, Hashable {
    public var path: String
    public var body: String?
    public var region: String?
    public var year: Int?
    /// The 表二 edition, which decides whether 现行有效件数 can be chained.
    public var t2Format: TemplateFormat?
    public var numbers: [CellKey: Decimal]

    public init(path: String, body: String?, region: String?, year: Int?, t2Format: TemplateFormat?, numbers: [CellKey: Decimal]) {
        self.path = path; self.body = body; self.region = region; self.year = year
        self.t2Format = t2Format; self.numbers = numbers
    }

    public var name: String { SourceFile(path: path, kind: .unknown).name }
}
