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
    /// Where the body sits in the divisions, when its report placed it: what matches it across years.
    public var place: Place?

    public init(path: String, body: String?, region: String?, year: Int?, t2Format: TemplateFormat?, numbers: [CellKey: Decimal]) {
        self.path = path; self.body = body; self.region = region; self.year = year
        self.t2Format = t2Format; self.numbers = numbers
    }

    public var name: String { SourceFile(path: path, kind: .unknown).name }

    /// What a body is matched by across years: its division's code, its township, and its organ (its name
    /// after the divisions' names, none for a government), so that 淮安市洪泽区人民政府 and 洪泽区人民政府, or
    /// 宿迁市 and 宿迁市人民政府, are one body. Nil for a body that was not placed.
    public var placeKey: String? {
        guard let place, let body else { return nil }
        var organ = Substring(body.filter { !$0.isWhitespace })
        for name in [place.province, place.city, place.county, place.township].compactMap({ $0 }) where organ.hasPrefix(name) {
            organ = organ.dropFirst(name.count)
        }
        let isGovernment = [.province, .city, .county, .township].contains(place.level)
        return "\(place.code)|\(place.township ?? "")|\(isGovernment ? "" : organ)"
    }
}
