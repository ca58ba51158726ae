import Foundation

/// What a printed cell says as a number.
enum CellNumber {
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
        // Most cells are a whole number in ASCII digits, which the steps below would leave as it
        // is: it is read at once.
        if let whole = Int(raw) { return .number(Decimal(whole)) }
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
            // A number is written in ASCII: past it, only a unit may follow.
            if let end = s.utf8.firstIndex(where: { !UTF8.isASCII($0) }) {
                guard units.contains(String(s[end...])) else { return .text }
                s = String(s[..<end])
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

    /// Whether the text is [+-]digits[.digits], as ASCII.
    private static func isDecimalLiteral(_ s: String) -> Bool {
        var whole = 0, fraction = 0, point = false
        for (offset, byte) in s.utf8.enumerated() {
            if byte.isASCIIDigit {
                if point { fraction += 1 } else { whole += 1 }
            } else if byte == UInt8(ascii: "."), !point, whole > 0 {
                point = true
            } else if offset > 0 || (byte != UInt8(ascii: "+") && byte != UInt8(ascii: "-")) {
                return false
            }
        }
        return whole > 0 && (!point || fraction > 0)
    }
}

extension UInt8 {
    /// A byte of UTF-8 that is an ASCII digit, the only digits a number is read from.
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
