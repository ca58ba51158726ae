import GoujiModel

/// A body placed in the divisions by the names it carries (`淮安市洪泽区人民政府`, `沭阳县发展和改革局`), else by the
/// names the report prints just before it (`济源市` before `天坛街道办事处`). A name that two divisions bear is
/// settled by a province or city named nearby, else left unplaced with the reason.
struct Placement: Equatable {
    var place: Place?
    /// Why the body is not placed, when it is not.
    var note: String?

    /// - Parameters:
    ///   - body: the body's name, normalized.
    ///   - nearby: the title, the signature and the opening lines, whose names settle a name two divisions bear.
    ///   - text: lines where the report may print the body's name after its division's.
    init(body: String, nearby: [String], text: [String], index: DivisionIndex = .shared) {
        var (names, rest) = index.leadingNames(of: Substring(body))
        if names.isEmpty, let prefix = Self.namesBefore(body, in: text, index: index) {
            names = prefix
        }
        guard !names.isEmpty else {
            note = "no division named in the body's name \(body)"
            return
        }
        // Each name stands under the one before it: 淮安市 then 洪泽区 is 淮安市's 洪泽区.
        var candidates = names[0]
        for next in names.dropFirst() {
            let under = next.filter { division in candidates.contains { $0.contains(division) } }
            if under.isEmpty { break }
            candidates = under
        }
        candidates = Array(Set(candidates))
        if candidates.count > 1 {
            let named = Self.divisionsNamed(in: nearby, index: index)
            let settled = candidates.filter { candidate in
                named.contains { $0.code != candidate.code && $0.contains(candidate) }
            }
            if !settled.isEmpty { candidates = settled }
        }
        guard candidates.count == 1, let division = candidates.first else {
            let codes = candidates.map(\.code).sorted().joined(separator: ", ")
            note = "\(candidates[0].name) names \(candidates.count) divisions (\(codes)); no province or city named nearby settles which"
            return
        }

        var township: String?
        // A township by its own office (`天坛街道办事处`, `某镇人民政府`) or its name alone: `城乡建设局` is no 乡.
        if let match = rest.firstMatch(of: Patterns.township), match.output.office != nil || match.output.rest.isEmpty {
            guard division.rank == .county else {
                note = "the county of \(match.output.name) is not named"
                return
            }
            township = String(match.output.name)
            rest = match.output.rest
        }
        let isGovernment = township != nil ? rest.isEmpty : Patterns.government.contains(String(rest))
        let level: Place.Level = switch (township != nil, division.rank, isGovernment) {
        case (true, _, true): .township
        case (true, _, false): .townshipDepartment
        case (false, .province, true): .province
        case (false, .province, false): .provinceDepartment
        case (false, .city, true): .city
        case (false, .city, false): .cityDepartment
        case (false, .county, true): .county
        case (false, .county, false): .countyDepartment
        }
        place = index.place(of: division, township: township, level: level)
    }

    /// The division names printed right before `body` somewhere in the text (`济源市天坛街道办事处`).
    private static func namesBefore(_ body: String, in text: [String], index: DivisionIndex) -> [[DivisionIndex.Division]]? {
        for line in text where line.includes(body) {
            let folded = BodyName.normalized(line)
            guard let range = folded.range(of: body) else { continue }
            let before = folded[..<range.lowerBound].suffix(16)
            // The longest run of names that ends where the body starts.
            var start = before.startIndex
            while start < before.endIndex {
                let (names, rest) = index.leadingNames(of: before[start...])
                if !names.isEmpty && rest.isEmpty { return names }
                start = before.index(after: start)
            }
        }
        return nil
    }

    /// Every division whose full name the lines print.
    private static func divisionsNamed(in lines: [String], index: DivisionIndex) -> [DivisionIndex.Division] {
        var found: [DivisionIndex.Division] = []
        for line in lines {
            var rest = Substring(BodyName.normalized(line))
            while !rest.isEmpty {
                let (names, after) = index.leadingNames(of: rest)
                found += names.joined()
                rest = names.isEmpty ? rest.dropFirst() : after
            }
        }
        return found
    }
}

/// nonisolated(unsafe): Regex is not Sendable, yet a literal is never changed after it is made and its lazy
/// compilation is stored atomically, so the patterns are safe to share between threads.
private enum Patterns {
    /// A 街道 or 乡镇 and what follows its name: its office, or one of its organs.
    nonisolated(unsafe) static let township = /^(?<name>\p{Han}{1,8}?(?:街道|镇|乡|苏木))(?<office>办事处|人民政府|政府)?(?<rest>.*)$/
    /// What a division's own government is called; anything else after its name is one of its organs.
    static let government: Set<String> = ["", "人民政府", "政府", "办事处", "管理委员会", "管委会", "行政公署"]
}
