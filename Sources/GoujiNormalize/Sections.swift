import GoujiModel

/// Which of the three tables a heading or a grid row belongs to, from its words.
enum Sections {
    /// The table a narrative heading opens, `.some(nil)` for a heading that closes them, nil
    /// for a line that is no heading.
    static func heading(_ text: String) -> TableID?? {
        // A line without a character of the words below, as most are, is no heading, and its
        // letters are not gathered.
        guard LabelText.mayHold(headingCharacters, text) else { return nil }
        let core = LabelText.letters(text)
        // Counted no further than needed: most lines are sentences, far longer. A character has
        // one scalar or more: counting scalars settles most lines without walking characters.
        guard !core.isEmpty, core.unicodeScalars.count <= 40 || core.dropFirst(40).isEmpty else { return nil }
        if core.includes("主动公开政府信息情况") || core.hasPrefix("第二十条第") { return .some(.t2) }
        if core.includes("收到和处理政府信息公开申请") { return .some(.t3) }
        if (core.includes("行政复议") || core.includes("行政法复议")) && (core.includes("行政诉讼") || core.hasSuffix("情况")) {
            return .some(.t4)
        }
        if core.includes("存在的主要问题") || core.includes("其他需要报告") || core.includes("总体情况") { return .some(nil) }
        return nil
    }

    /// A character of each word `heading` looks for.
    private static let headingCharacters = Array("情第申行问报".unicodeScalars)

    /// The table a grid row shows itself to belong to, or nil when it does not say.
    static func signal(_ row: [Cell]) -> TableID? {
        // Most cells, numbers and most labels, hold no character of the words below.
        let cores = row.compactMap { LabelText.mayHold(signalCharacters, $0.text) ? LabelText.letters($0.text) : nil }
        if cores.contains(where: { $0.includes("第二十条") || $0 == "信息内容" }) { return .t2 }
        if cores.contains(where: { $0 == "自然人" || $0 == "申请人情况" || $0.includes("勾稽关系") || $0.includes("本年新收") }) {
            return .t3
        }
        if cores.contains(where: { $0.includes("行政复议") || $0.includes("行政诉讼") || $0.includes("审结") || $0.includes("复议后起诉") }) {
            return .t4
        }
        return nil
    }

    /// A character of each word `signal` looks for.
    private static let signalCharacters = Array("第信自申勾本行审复".unicodeScalars)
}
