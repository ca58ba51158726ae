/// The signature at a report's end: the body's name above the date it was signed
/// (`平潭综合实验区管理委员会` / `2025年1月23日`).
struct SignatureBlock: Equatable {
    /// The name as printed.
    var body: String?
    /// The date, as `2025-01-23`.
    var date: String?

    init(lines: [String]) {
        // Page furniture (a footer, a page number, a site's chrome) may follow the signature.
        let tail = lines.suffix(40).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        // Only a line that ends in a date is folded and matched.
        for index in tail.indices.reversed() where tail[index].hasSuffix("日") {
            let folded = BodyName.normalized(BodyName.strippingFurniture(tail[index]))
            // A date alone on its line, or after the body's name; a sentence that ends in a date is no signature.
            guard let match = folded.firstMatch(of: Patterns.date) else { continue }
            let before = String(match.output.before)
            if BodyName.isName(before) {
                body = before
            } else if !before.isEmpty {
                continue
            } else if index > tail.startIndex {
                let above = BodyName.strippingFurniture(tail[index - 1])
                if BodyName.isName(BodyName.normalized(above)) { body = above }
            }
            date = Self.date(match.output.year, match.output.month, match.output.day)
            return
        }
    }

    private static func date(_ year: Substring, _ month: Substring, _ day: Substring) -> String? {
        guard let month = Int(month), let day = Int(day), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

private enum Patterns {
    nonisolated(unsafe) static let date =
        /^(?<before>.*?)(?<year>(?:19|20)[0-9]{2})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日$/
}
