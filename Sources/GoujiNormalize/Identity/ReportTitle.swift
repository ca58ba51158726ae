import Foundation
import GoujiModel

/// The title a report gives itself (`淮安市洪泽区人民政府2024年政府信息公开工作年度报告`), and the year and
/// body it names.
struct ReportTitle: Equatable {
    /// The title, page furniture taken off.
    var text: String?
    /// The year the title names.
    var year: Int?
    /// The body the title names, as printed.
    var body: String?
    /// Whether the opening calls itself a 政府信息公开 annual report.
    var isAnnualReport: Bool
    /// A year the opening names: the title's, else the one it names most. Enough to tell a report of
    /// the years before 2019, not to say which year a report covers.
    var namedYear: Int?

    init(lines: [String]) {
        // Folded and trimmed as far as it is read: most titles stand in the first few lines.
        let opening = lines.prefix(60).lazy.map { LabelText.halfWidth($0).trimmingSpaces }
        let titleLine = opening.first { $0.includes("政府信息公开") && $0.includes("年度报告") }
        isAnnualReport = titleLine != nil
        let first = titleLine ?? opening.first { !$0.isEmpty } ?? ""
        namedYear = first.firstMatch(of: Patterns.year).flatMap { Int($0.output.0) }
            ?? Self.mostFrequentYear(in: opening.joined(separator: "\n"))

        if let found = Self.find(in: lines) { text = found.text; year = found.year; body = found.body }
    }

    /// The title among the lines. A page's chrome may come first (a site's menus): the title is looked for
    /// further on, and at the end, where a browser prints it in its footer. A title that names no body (a
    /// menu's `政府信息公开年报`, a bare `2024年政府信息公开工作年度报告`) is kept for its year while a fuller one
    /// is looked for.
    private static func find(in lines: [String]) -> ReportTitle? {
        let ends = lines.count > 400 ? Array(lines.prefix(400) + lines.suffix(20)) : lines
        var yearOnly: ReportTitle?
        for (index, line) in ends.enumerated() where line.utf8.count <= Self.longestTitle
            && (line.includes("年度报告") || line.includes("政府信息公开")) {
            let cleaned = BodyName.strippingFurniture(line)
            var read = ReportTitle(title: cleaned)
            // A title set over two lines: `宿迁市 2024 年度政府信息公开` / `工作年度报告`.
            if read == nil, cleaned.count <= 40,
               let next = ends[(index + 1)...].lazy.map(BodyName.strippingFurniture).first(where: { !$0.isEmpty }),
               next.count <= 20 {
                read = ReportTitle(title: cleaned + next)
            }
            guard var read else { continue }
            if read.body == nil, let above = ends[..<index].lazy.map(BodyName.strippingFurniture).last(where: { !$0.isEmpty }),
               BodyName.isName(BodyName.normalized(above)) {
                // The body on a line of its own above `2024 年政府信息公开工作年度报告`.
                read.body = above
                read.text = above + (read.text ?? "")
            }
            if read.body != nil { return read }
            if yearOnly == nil && read.year != nil { yearOnly = read }
        }
        return yearOnly
    }

    /// One text read as a title (a line, a document's title property, a file's name); nil when it is not one.
    init?(title printed: String) {
        guard printed.utf8.count <= Self.longestTitle else { return nil }
        var title = BodyName.strippingFurniture(printed)
        let folded = BodyName.normalized(title)
        // Every title names 政府信息公开: anything else is spared the regexes.
        guard folded.count <= 80, folded.includes("政府信息公开") else { return nil }
        // `关于印发…的通知`: the title is what it wraps.
        if folded.includes("关于"), let wrapped = folded.firstMatch(of: Patterns.wrapper) {
            guard let inner = ReportTitle(title: String(wrapped.output.1)) else { return nil }
            text = inner.text; year = inner.year; body = inner.body
            isAnnualReport = true; namedYear = inner.year
            return
        }
        guard let match = folded.firstMatch(of: Patterns.title) else {
            // A page's <title> names its site and section too: `…年度报告_政府信息公开年报_某区人民政府`.
            let parts = title.split(whereSeparator: { "_|｜".contains($0) }).map(String.init)
            guard parts.count > 1, let part = parts.lazy.compactMap(ReportTitle.init(title:)).first else { return nil }
            self = part
            return
        }
        var before = String(match.output.before)
        guard !before.contains(where: { "，。；《》“”".contains($0) }),
              !["关于", "根据", "按照", "本报告"].contains(where: { before.includes($0) }) else { return nil }
        // A site's breadcrumb run into the title (`政府信息公开年报平潭综合实验区`) ends before the name.
        if ["报", "位置", "首页", ">"].contains(where: { before.includes($0) }) {
            before = before.replacing(Patterns.breadcrumb, with: "")
        }
        let after = String(match.output.after)
        if !before.isEmpty && !BodyName.isName(before) {
            // A title run together with what stood beside it (`度信政息府公03-17 宿迁市`): its name is what
            // follows the last thing that is not an ideograph.
            let tail = String(before.reversed().prefix { $0.unicodeScalars.allSatisfy { $0.properties.isIdeographic } }.reversed())
            if BodyName.isName(tail) { before = tail }
        }
        var name = before.isEmpty ? after : before
        // `某区人民政府信息公开工作年度报告`: the body's 政府 is the 政府 of 政府信息公开.
        if name.hasSuffix("人民") { name += "政府" }
        if !name.isEmpty && !BodyName.isName(name) { return nil }
        isAnnualReport = true
        // `政府信息公开工作年度报告（2024年度）`: the year in the note.
        year = match.output.year.flatMap { Int($0) } ?? folded.firstMatch(of: Patterns.year).flatMap { Int($0.output.0) }
        namedYear = year
        body = name.isEmpty ? nil : Self.printed(name, in: title)
        title = title.trimmingSpaces
        text = title
    }

    /// The stretch of `printed` whose normalized form is `name`: the name as printed, spaces and widths kept.
    private static func printed(_ name: String, in printed: String) -> String {
        var start: String.Index?
        var folded = ""
        var index = printed.startIndex
        while index < printed.endIndex {
            let character = printed[index]
            let next = printed.index(after: index)
            let piece = BodyName.normalized(String(character))
            if !piece.isEmpty {
                if start == nil || !name.hasPrefix(folded + piece) {
                    if name.hasPrefix(piece) { start = index; folded = piece } else { start = nil; folded = "" }
                } else {
                    folded += piece
                }
                if folded == name, let start { return String(printed[start..<next]).trimmingSpaces }
            }
            index = next
        }
        return name
    }

    /// In UTF-8 bytes, with page furniture around it: a sentence of the narrative is longer, and is spared
    /// the folding and the regexes.
    private static let longestTitle = 480

    private static func mostFrequentYear(in text: String) -> Int? {
        var counts: [Int: Int] = [:]
        for match in text.matches(of: Patterns.anyYear) {
            if let year = Int(match.output.1) { counts[year, default: 0] += 1 }
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}

/// Made once: a regex literal is parsed again each time it is evaluated, which cost more than
/// the rest of the title's reading. `Regex` is not marked `Sendable`, but a made regex is only
/// read; the program it compiles on first use is stored atomically (Regex.Program in
/// swift-experimental-string-processing), so sharing one between threads is safe.
/// nonisolated(unsafe): Regex is not Sendable, yet a literal is never changed after it is made and its lazy
/// compilation is stored atomically, so the patterns are safe to share between threads.
private enum Patterns {
    // ASCII digits only: `\d` takes any script's decimal digits (٢, 𝟐), which `Int()` refuses. Full-width
    // digits are folded to ASCII before these are matched.
    nonisolated(unsafe) static let year = /(19|20)[0-9]{2}(?=\s*年)/
    nonisolated(unsafe) static let anyYear = /((?:19|20)[0-9]{2})\s*年/
    /// A title without its spaces: the body, the year and the body again (either may be empty), and a note in
    /// brackets (`（2024年度）`, `（PDF）`).
    nonisolated(unsafe) static let title =
        /^(?<before>.*?)(?:(?<year>(?:19|20)[0-9]{2})年度?)?(?<after>[^0-9]*?)的?政府信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)(?:[(（][^()（）]{0,12}[)）])?$/
    nonisolated(unsafe) static let breadcrumb = /^.*(?:信息公开年报|信息公开年度报告|年度报告|年报|当前位置|首页|>)/
    nonisolated(unsafe) static let wrapper = /关于(?:印发|公布|发布|公开)?《?(.+?)》?的(?:通知|公告)$/
}
