import Foundation

/// The year, body and region a report names in its title and opening text.
struct ReportTitle: Equatable {
    var year: Int?
    var body: String?
    var region: String?
    /// Whether the text calls itself a 政府信息公开 annual report.
    var isAnnualReport: Bool

    init(lines: [String]) {
        let opening = lines.prefix(60).map { LabelText.halfWidth($0).trimmingCharacters(in: .whitespaces) }
        let titleLine = opening.first { $0.includes("政府信息公开") && $0.includes("年度报告") }
        isAnnualReport = titleLine != nil
        let title = (titleLine ?? opening.first { !$0.isEmpty } ?? "").replacingOccurrences(of: "#", with: "")
            .trimmingCharacters(in: .whitespaces)

        let yearPattern = /(19|20)\d{2}(?=\s*年)/
        year = title.firstMatch(of: yearPattern).flatMap { Int($0.output.0) }
            ?? Self.mostFrequentYear(in: opening.joined(separator: "\n"))

        if let match = title.firstMatch(of: /^(.*?)\s*(?:(?:19|20)\d{2})\s*年度?\s*(.*?)\s*政府信息公开/) {
            let before = String(match.output.1).trimmingCharacters(in: .whitespaces)
            let after = String(match.output.2).trimmingCharacters(in: .whitespaces)
            body = [before, after].first { !$0.isEmpty }
        } else if titleLine != nil, let range = title.range(of: "政府信息公开") {
            body = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces).nonEmpty
        }
        region = body.flatMap { Self.region(of: $0, in: lines) }
    }

    private static func mostFrequentYear(in text: String) -> Int? {
        var counts: [Int: Int] = [:]
        for match in text.matches(of: /((?:19|20)\d{2})\s*年/) { counts[Int(match.output.1)!, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The province, city or county a body belongs to: its own name's prefix, or the place the
    /// text puts before its name.
    private static func region(of body: String, in lines: [String]) -> String? {
        let place = /^(.{2,12}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗))/
        if let match = body.firstMatch(of: place), match.output.1.count < body.count { return String(match.output.1) }
        let mentions = lines.prefix(200).compactMap { line in
            line.range(ofWord: body).map { String(line[..<$0.lowerBound].suffix(8)) }
        }
        guard !mentions.isEmpty else { return nil }
        // Made before the loop: a regex literal is parsed and compiled each time it is evaluated.
        // The place starts where the sentence's own words (在, 的, 说明 …) end.
        let sentenceWords = /.*(?:[\s，。、（）《》“”：:在的于为和及至由向从对将是]|说明|报告|根据|按照|发布|公布|介绍|位)/
        let placeBefore = /(.{2,6}?(?:省|自治区|市|区|县|旗))$/
        for before in mentions {
            let words = before.replacing(sentenceWords, with: "")
            if let match = words.firstMatch(of: placeBefore) { return String(match.output.1) }
        }
        return nil
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
