import GoujiModel

/// Picks the canonical label a printed one stands for.
struct LabelMatcher {
    struct Candidate {
        var key: String
        var cores: [String]
    }

    /// An official core, with its scalars split out once here rather than at every comparison.
    private struct Official {
        let key: String
        let core: String
        let scalars: [Unicode.Scalar]
    }

    private let officials: [Official]
    /// Each core's key, the first candidate's where two share a core: a label printed as the
    /// model words it scores 1 against that core alone, and wins without comparing the rest.
    /// Keyed by scalars, as likeness compares them (String equality would take a compatibility
    /// ideograph for the one it stands for).
    private let exact: [[Unicode.Scalar]: String]
    let threshold: Double

    init(candidates: [Candidate], threshold: Double = 0.8) {
        officials = candidates.flatMap { candidate in
            candidate.cores.map { Official(key: candidate.key, core: $0, scalars: Array($0.unicodeScalars)) }
        }
        exact = Dictionary(officials.map { ($0.scalars, $0.key) }, uniquingKeysWith: { first, _ in first })
        self.threshold = threshold
    }

    /// How alike a label read by OCR must be to one candidate, when it is alike enough to no
    /// candidate as printed text would be: three characters of four right ("行政处色").
    static let readThreshold = 0.7
    /// How far ahead of every other key the one it is taken for must be: a reading as near to
    /// two rows is either's, and stays unread.
    static let readMargin = 0.2

    /// The key for a label cell: as printed text is matched, or as a label read by OCR is.
    func match(_ cell: Cell) -> String? {
        cell.confidence == nil ? match(cell.text) : match(read: cell.text)
    }

    /// The best candidate's key for a label read by OCR: as `match`, or where nothing is alike
    /// enough, the one candidate alike enough to a label with a character or two misread, far
    /// ahead of every other key. (The figures of a row so found are still checked by the
    /// balance rules like every other.)
    func match(read text: String) -> String? {
        if let key = match(text) { return key }
        // A list number's numeral, small and bracketed, is what OCR misreads most ("(人六)",
        // "(世)"): a bracket of a character or two opening the label is taken for one.
        let stripped = Self.droppingBracketedHead(text)
        if stripped != text, let key = match(stripped) { return key }
        let scalars = Array(LabelText.core(stripped).unicodeScalars)
        guard scalars.count >= 4 else { return startOfOne(scalars) }
        var best: [String: Double] = [:]
        for official in officials where official.scalars.count >= 4 {
            best[official.key] = max(best[official.key] ?? 0, LabelText.similarity(scalars, official.scalars))
        }
        let ranked = best.sorted { $0.value > $1.value }
        guard let first = ranked.first, first.value >= Self.readThreshold else { return startOfOne(scalars) }
        let second = ranked.dropFirst().first?.value ?? 0
        return first.value - second >= Self.readMargin ? first.key : nil
    }

    /// The one key whose label starts as `scalars` do, three characters or more: the part of a
    /// label a page break cut ("3.危及“三" over the next page's "安全一稳定”").
    private func startOfOne(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count >= 3 else { return nil }
        let keys = Set(officials.filter { $0.scalars.count > scalars.count && $0.scalars.starts(with: scalars) }.map(\.key))
        return keys.count == 1 ? keys.first : nil
    }

    /// The text past a bracket of one or two characters opening it, or the text as it is.
    private static func droppingBracketedHead(_ text: String) -> String {
        let folded = LabelText.halfWidth(text).drop { $0.isWhitespace }
        guard let open = folded.first, "([《〈".contains(open),
              let close = folded.dropFirst().prefix(4).firstIndex(where: { ")]》〉".contains($0) }) else { return text }
        let inside = folded[folded.index(after: folded.startIndex)..<close].filter { !$0.isWhitespace }
        return (1...2).contains(inside.count) ? String(folded[folded.index(after: close)...]) : text
    }

    /// The best candidate's key, if one is alike enough. A printed label that contains a whole
    /// official one, or is a long enough part of one, counts nearly as well as an exact match.
    func match(_ text: String) -> String? {
        let core = LabelText.core(text)
        let scalars = Array(core.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        if let key = exact[scalars] { return key }
        var best: (key: String, score: Double, length: Int)?
        for official in officials {
            let length = official.scalars.count
            // The lengths alone may put the score out of reach, and comparing costs length².
            let reach = 2 * Double(min(scalars.count, length)) / Double(scalars.count + length)
            var score = reach < threshold ? 0 : LabelText.similarity(scalars, official.scalars)
            if score < 0.9, min(scalars.count, length) >= 4, core.includes(official.core) || official.core.includes(core) {
                score = 0.9
            }
            if score >= threshold, best == nil || score > best!.score || (score == best!.score && length > best!.length) {
                best = (official.key, score, length)
            }
        }
        return best?.key
    }
}
