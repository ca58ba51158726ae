import Foundation
import GoujiModel

/// The year, body and region a report names in its title and opening text.
struct ReportTitle: Equatable {
    var year: Int?
    var body: String?
    var region: String?
    /// Whether the text calls itself a 政府信息公开 annual report.
    var isAnnualReport: Bool

    init(lines: [String]) {
        // Folded and trimmed as far as it is read: most titles stand in the first few lines.
        let opening = lines.prefix(60).lazy.map { LabelText.halfWidth($0).trimmingSpaces }
        let titleLine = opening.first { $0.includes("政府信息公开") && $0.includes("年度报告") }
        isAnnualReport = titleLine != nil
        var title = titleLine ?? opening.first { !$0.isEmpty } ?? ""
        // Markdown's heading marks; Foundation's replacing costs more than the title's regexes.
        if title.utf8.contains(UInt8(ascii: "#")) { title = title.replacingOccurrences(of: "#", with: "").trimmingSpaces }

        year = title.firstMatch(of: Patterns.year).flatMap { Int($0.output.0) }
            ?? Self.mostFrequentYear(in: opening.joined(separator: "\n"))

        if let match = title.firstMatch(of: Patterns.title) {
            let before = String(match.output.1).trimmingSpaces
            let after = String(match.output.2).trimmingSpaces
            body = [before, after].first { !$0.isEmpty }
        } else if titleLine != nil, let range = title.range(of: "政府信息公开") {
            body = String(title[..<range.lowerBound]).trimmingSpaces.nonEmpty
        }
        region = body.flatMap { Self.region(of: $0, in: lines) }
    }

    private static func mostFrequentYear(in text: String) -> Int? {
        var counts: [Int: Int] = [:]
        for match in text.matches(of: Patterns.anyYear) { counts[Int(match.output.1)!, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The province, city or county a body belongs to: its own name's prefix, or the place the
    /// text puts before its name.
    private static func region(of body: String, in lines: [String]) -> String? {
        if let match = body.firstMatch(of: Patterns.placeInName), match.output.1.count < body.count { return String(match.output.1) }
        for line in lines.prefix(200) {
            guard let range = line.range(ofWord: body) else { continue }
            let before = String(line[..<range.lowerBound].suffix(8))
            // A place ends in one of these; text without them is spared the regexes.
            guard before.contains(where: { "省区市县旗".contains($0) }) else { continue }
            let words = before.replacing(Patterns.sentenceWords, with: "")
            if let match = words.firstMatch(of: Patterns.placeAtEnd) { return String(match.output.1) }
        }
        return nil
    }
}

/// Made once: a regex literal is parsed again each time it is evaluated, which cost more than
/// the rest of the title's reading. `Regex` is not marked `Sendable`, but a made regex is only
/// read; the program it compiles on first use is stored atomically (Regex.Program in
/// swift-experimental-string-processing), so sharing one between threads is safe.
private enum Patterns {
    // ASCII digits only: `\d` takes any script's decimal digits (٢, 𝟐), which `Int()` refuses. Full-width
    // digits are folded to ASCII before these are matched.
    nonisolated(unsafe) static let year = /(19|20)[0-9]{2}(?=\s*年)/
    nonisolated(unsafe) static let anyYear = /((?:19|20)[0-9]{2})\s*年/
    nonisolated(unsafe) static let title = /^(.*?)\s*(?:(?:19|20)[0-9]{2})\s*年度?\s*(.*?)\s*政府信息公开/
    nonisolated(unsafe) static let placeInName = /^(.{2,12}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗))/
    /// The sentence's own words (在, 的, 说明 …), up to where a place before a name starts.
    nonisolated(unsafe) static let sentenceWords = /.*(?:[\s，。、（）《》“”：:在的于为和及至由向从对将是]|说明|报告|根据|按照|发布|公布|介绍|位)/
    nonisolated(unsafe) static let placeAtEnd = /(.{2,6}?(?:省|自治区|市|区|县|旗))$/
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
