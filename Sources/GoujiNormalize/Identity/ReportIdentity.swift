import GoujiModel

/// Who published a report, the year it covers, and where the publisher sits in the divisions. Each is
/// taken from the most reliable place that states it: the body from the title, else the signature,
/// else the document's own title property, else the file's name; the year from the title, else the
/// 统计期限 sentence, else the tables' headings.
struct ReportIdentity {
    /// The body's name normalized (half width, no spaces), and as printed.
    var body: String?
    var bodyAsPrinted: String?
    var year: Int?
    var published: String?
    var place: Place?
    var placeNote: String?
    var region: String?

    init(title: ReportTitle, lines: [String], documentTitle: String?, path: String, headings: [String]) {
        let signature = SignatureBlock(lines: lines)
        let property = documentTitle.flatMap { ReportTitle(title: $0) }
        let fileName = ReportTitle(title: Self.stem(of: path))
        let printed = title.body ?? signature.body ?? property?.body ?? fileName?.body
        bodyAsPrinted = printed.map(BodyName.strippingFurniture)
        body = printed.map(BodyName.normalized)

        year = title.year ?? property?.year ?? Self.periodYear(in: lines) ?? fileName?.year ?? Self.headingYear(in: headings)
        published = signature.date ?? Self.publicationDate(in: lines)

        guard let body else { return }
        let nearby = [title.text, signature.body, documentTitle].compactMap { $0 } + lines.prefix(20)
        let placement = Placement(body: body, nearby: nearby, text: Array(lines.prefix(200)))
        place = placement.place
        placeNote = placement.note
        region = place?.region ?? body.firstMatch(of: Patterns.placeInName).flatMap {
            $0.output.1.count < body.count ? String($0.output.1) : nil
        }
    }

    /// The file's name without its folder and extension.
    private static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The year of the 统计期限 sentence: `本报告所列数据统计期限自2024年1月1日起至2024年12月31日止`.
    private static func periodYear(in lines: [String]) -> Int? {
        for line in lines.prefix(200) where line.includes("统计期限") || line.includes("统计时限") || line.includes("统计时间") {
            let folded = BodyName.normalized(line)
            guard let range = folded.range(of: "统计") else { continue }
            if let match = folded[range.lowerBound...].firstMatch(of: Patterns.year), let year = Int(match.output.1) {
                return year
            }
        }
        return nil
    }

    /// A year the tables' headings name (`2024年度政府信息公开申请情况`).
    private static func headingYear(in headings: [String]) -> Int? {
        for heading in headings {
            if let match = BodyName.normalized(heading).firstMatch(of: Patterns.year), let year = Int(match.output.1) { return year }
        }
        return nil
    }

    /// The date a web page says it was published (`发布时间：2025-01-14`, `发布日期：2025年1月14日`).
    private static func publicationDate(in lines: [String]) -> String? {
        for line in lines.prefix(120) where line.includes("发布") || line.includes("成文") {
            let folded = BodyName.normalized(line)
            guard let match = folded.firstMatch(of: Patterns.published),
                  let month = Int(match.output.month), let day = Int(match.output.day),
                  (1...12).contains(month), (1...31).contains(day)
            else { continue }
            return "\(match.output.year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        return nil
    }
}

/// nonisolated(unsafe): Regex is not Sendable, yet a literal is never changed after it is made and its lazy
/// compilation is stored atomically, so the patterns are safe to share between threads.
private enum Patterns {
    nonisolated(unsafe) static let year = /((?:19|20)[0-9]{2})年/
    nonisolated(unsafe) static let published =
        /(?:发布|成文)(?:时间|日期)[:：](?<year>(?:19|20)[0-9]{2})[-年.\/](?<month>[0-9]{1,2})[-月.\/](?<day>[0-9]{1,2})/
    nonisolated(unsafe) static let placeInName = /^(.{2,12}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗))/
}
