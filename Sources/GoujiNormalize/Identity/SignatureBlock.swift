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
            let folded = Self.arabicDate(BodyName.normalized(BodyName.strippingFurniture(tail[index])))
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

    /// A date written in Chinese numerals (`二〇二五年一月二十三日`) in Arabic ones (`2025年1月23日`); other text as it is.
    static func arabicDate(_ text: String) -> String {
        guard let match = text.firstMatch(of: Patterns.chineseDate) else { return text }
        let digits: [Character: Int] = ["〇": 0, "零": 0, "O": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                                        "六": 6, "七": 7, "八": 8, "九": 9]
        let year = match.output.year.compactMap { digits[$0] }.map(String.init).joined()
        // 一 … 十二, 二十三, 三十一: tens before 十 (one when none is written), units after it.
        func number(_ text: Substring) -> Int? {
            guard let ten = text.firstIndex(of: "十") else { return text.count == 1 ? digits[text.first!] : nil }
            let tens = text[..<ten].isEmpty ? 1 : digits[text[..<ten].first!]
            let units = text[text.index(after: ten)...].isEmpty ? 0 : digits[text[text.index(after: ten)...].first!]
            guard let tens, let units else { return nil }
            return tens * 10 + units
        }
        guard year.count == 4, let month = number(match.output.month), let day = number(match.output.day) else { return text }
        return String(match.output.before) + "\(year)年\(month)月\(day)日"
    }

    private static func date(_ year: Substring, _ month: Substring, _ day: Substring) -> String? {
        guard let month = Int(month), let day = Int(day), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

/// nonisolated(unsafe): Regex is not Sendable, yet a literal is never changed after it is made and its lazy
/// compilation is stored atomically, so the patterns are safe to share between threads.
private enum Patterns {
    nonisolated(unsafe) static let chineseDate =
        /^(?<before>.*?)(?<year>[〇零○O一二三四五六七八九]{4})年(?<month>[一二三四五六七八九十]{1,3})月(?<day>[一二三四五六七八九十]{1,4})日$/
    nonisolated(unsafe) static let date =
        /^(?<before>.*?)(?<year>(?:19|20)[0-9]{2})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日$/
}
