import Foundation

/// What a printed cell says as a number.
enum CellText {
    enum Reading: Equatable {
        /// A number, possibly read past an annotation or a unit.
        case number(Decimal)
        /// Printed blank, '/', '-', '—' or '无': no value, not zero.
        case noValue
        /// Text that is not a number.
        case text
    }

    private static let noValueMarks: Set<String> = ["", "/", "-", "—", "——", "–", "－", "无", "／", "\\", "--", "―"]
    private static let units = ["万元", "元", "件", "个", "项", "次", "条", "人"]
    private static let posix = Locale(identifier: "en_US_POSIX")

    static func read(_ raw: String) -> Reading {
        var s = LabelText.halfWidth(raw)
        // Walking characters costs more than looking at scalars: only cells with a space pay it.
        if s.unicodeScalars.contains(where: \.isWhitespace) {
            s = s.filter { !$0.isWhitespace && $0 != "\u{00A0}" }
        }
        // Only an ASCII digit makes a number (and no no-value mark has one): labels stop here.
        // No mark is longer than six bytes: the labels, longer, are not looked up.
        guard s.utf8.contains(where: \.isASCIIDigit) else { return s.utf8.count <= 6 && noValueMarks.contains(s) ? .noValue : .text }
        // "22(其中修订16件)" means 22: the annotation qualifies the number.
        if let open = s.utf8.firstIndex(of: UInt8(ascii: "(")), open != s.startIndex { s = String(s[..<open]) }
        // A number starts with its sign or digits (or the comma of a group, dropped below):
        // labels numbered in ASCII ("1.本机关…") stop here.
        guard let first = s.utf8.first, first.isASCIIDigit || "+-,".utf8.contains(first) else { return .text }
        // Most cells are a plain number by now; the rest may carry a unit or digit grouping.
        if !isDecimalLiteral(s) {
            for unit in units where s.hasSuffix(unit) && s.count > unit.count {
                s = String(s.dropLast(unit.count)); break
            }
            if s.includes(",") {
                let groups = s.split(separator: ",", omittingEmptySubsequences: false)
                let grouped = groups.dropFirst().allSatisfy { $0.prefix { $0.isNumber }.count == 3 }
                guard grouped else { return .text }
                s = s.replacingOccurrences(of: ",", with: "")
            }
        }
        guard isDecimalLiteral(s) else { return .text }
        // A whole number, as nearly all cells hold, is read without Decimal's parser, which
        // cost a quarter of reading a cell; it makes the same Decimal, bit for bit.
        if let whole = Int(s) { return .number(Decimal(whole)) }
        guard let value = Decimal(string: s, locale: posix) else { return .text }
        return .number(value)
    }

    /// Whether a cell can stand in a table's value area: a number, a no-value mark, or blank.
    static func isValueLike(_ raw: String) -> Bool { read(raw) != .text }

    private static func isDecimalLiteral(_ s: String) -> Bool {
        var body = s.utf8[...]
        if body.first == UInt8(ascii: "+") || body.first == UInt8(ascii: "-") { body = body.dropFirst() }
        let whole = body.prefix(while: \.isASCIIDigit)
        guard !whole.isEmpty else { return false }
        let rest = body.dropFirst(whole.count)
        guard rest.first == UInt8(ascii: ".") else { return rest.isEmpty }
        let fraction = rest.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy(\.isASCIIDigit)
    }
}

extension UInt8 {
    /// A byte of UTF-8 that is an ASCII digit, the only digits a number is read from.
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
