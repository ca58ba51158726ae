import Foundation
import GoujiModel

/// Finds the figures a report's narrative states about applications, reviews and lawsuits
/// (本年新收…申请 N 件, 上年结转 N 件, 行政复议 N 件 …): the first of each kind.
enum NarrativeFigures {
    /// Each pattern with a word a line must hold for it to match: looking for a word costs
    /// little beside running a regex over the line.
    private static let patterns: [(StatedFigure.Quantity, word: String, String)] = [
        (.carriedOver, "上年", #"上年(?:度)?(?:结转|转接|遗留)[^，。；;,\d]{0,6}?(\d+)\s*(?:件|个)"#),
        (.carriedForward, "结转", #"结转(?:至|到)?下(?:一)?年度?[^，。；;,\d]{0,10}?(\d+)\s*(?:件|个)"#),
        (.received, "申请", #"(?:收到|新收|受理)[^，。；;,\d]{0,20}?申请[^，。；;,\d]{0,6}?(\d+)\s*(?:件|个)"#),
        (.concluded, "办结", #"办结[^，。；;,\d]{0,6}?(\d+)\s*(?:件|个)"#),
        (.reviews, "行政复议", #"行政复议[^，。；;,\d]{0,8}?(\d+)\s*(?:件|起|宗|个)"#),
        (.lawsuits, "行政诉讼", #"行政诉讼[^，。；;,\d]{0,8}?(\d+)\s*(?:件|起|宗|个)"#),
    ]

    /// Compiled once, as making them cost more than matching a document. Sharing them between
    /// threads is safe: each match checks the compiled pattern out, or clones it when it is busy.
    private static let compiled = patterns.map { ($0.0, $0.word, try! NSRegularExpression(pattern: $0.2)) }

    static func find(in lines: [TextLine]) -> [StatedFigure] {
        var found: [StatedFigure.Quantity: StatedFigure] = [:]
        for line in lines {
            // A figure needs an ASCII digit (Decimal reads no other, and full-width ones are
            // folded): most lines have none, and are neither folded nor run through a regex.
            guard line.text.unicodeScalars.contains(where: \.isDigit) else { continue }
            let text = LabelText.halfWidth(line.text)
            lazy var range = NSRange(text.startIndex..., in: text)
            for (quantity, word, pattern) in Self.compiled where found[quantity] == nil && text.includes(word) {
                guard let match = pattern.firstMatch(in: text, range: range),
                      let whole = Range(match.range, in: text), let digits = Range(match.range(at: 1), in: text),
                      let number = Decimal(string: String(text[digits])) else { continue }
                found[quantity] = StatedFigure(quantity, number, text: String(text[whole]), at: line.location)
            }
        }
        return StatedFigure.Quantity.allCases.compactMap { found[$0] }
    }
}
