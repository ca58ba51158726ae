import Foundation
import GoujiModel

/// Labels as printed vary in spacing, width, punctuation and numbering; their core (the letters
/// alone, numbering removed) is what gets compared.
enum LabelText {
    /// Full-width ASCII folded to half-width, and the ideographic space to a space.
    static func halfWidth(_ text: String) -> String {
        // Most text has nothing to fold: it is kept rather than made again.
        guard text.unicodeScalars.contains(where: { halfWidth($0) != $0 }) else { return text }
        return TextBytes.string(of: text) { halfWidth($0) }
    }

    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: " "
        default: scalar
        }
    }

    /// The label's letters and ideographs, with leading numbering (一、 （三） 1. (1) 1、) removed.
    static func core(_ text: String) -> String {
        var rest = Substring(halfWidth(text))
        while let stripped = strippingNumbering(rest) { rest = stripped }
        return TextBytes.string(of: rest) { scalar in
            scalar.isAlphabetic && !("0"..."9").contains(scalar) ? scalar : nil
        }
    }

    /// The label's letters and ideographs anywhere, numbering and all: for headers, whose words
    /// may be split over lines or cells.
    static func letters(_ text: String) -> String {
        TextBytes.string(of: text) { scalar in
            let folded = halfWidth(scalar)
            return folded.isAlphabetic ? folded : nil
        }
    }

    /// Whether the text holds one of `characters`, or a compatibility ideograph, which `==` and
    /// `hasPrefix` take for the ideograph it stands for. Asked before gathering a text's letters
    /// to look for words each holding one of `characters`: most texts hold none.
    static func mayHold(_ characters: [Unicode.Scalar], _ text: String) -> Bool {
        text.unicodeScalars.contains { characters.contains($0) || (0xF900...0xFAFF).contains($0.value) || $0.value >= 0x2F800 }
    }

    /// An array, not the string's scalar view, which would decode the string again at each look.
    private static let numerals = Array("一二三四五六七八九十".unicodeScalars)

    /// One leading numbering token removed, or nil if there is none. Read scalar by scalar:
    /// numbering is ASCII and ideographs, and walking characters cost a tenth of normalizing.
    private static func strippingNumbering(_ text: Substring) -> Substring? {
        var s = text.unicodeScalars.drop { $0.isWhitespace }
        // Most labels start with a word: they are told by their first scalar.
        guard let head = s.first, head == "(" || head == "[" || ("0"..."9").contains(head) || numerals.contains(head) else { return nil }
        let opened = head == "(" || head == "["
        if opened { s = s.dropFirst() }
        let digits = s.prefix { ("0"..."9").contains($0) }
        let cjk = s.prefix { numerals.contains($0) }
        let number = digits.isEmpty ? cjk : digits
        guard !number.isEmpty else { return nil }
        let after = s[number.endIndex...].drop { $0.isWhitespace }
        if opened {
            guard after.first == ")" || after.first == "]" else { return nil }
            return Substring(after.dropFirst())
        }
        if let mark = after.first, "、.,，:：)）".unicodeScalars.contains(mark) {
            return Substring(after.dropFirst())
        }
        // A bare number is numbering only when followed by more text ("1属于…"), and a bare
        // CJK numeral only when followed by a separator: "三类内部事务" is a word.
        return digits.isEmpty || after.isEmpty ? nil : Substring(after)
    }

    /// How alike two cores are, 0…1 (Dice coefficient over the longest common subsequence).
    /// Compared scalar by scalar: a core holds letters and ideographs only, one scalar each.
    static func similarity(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Double {
        if x == y { return 1 }
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        // One row of the table, overwritten in place: `diagonal` keeps the cell it overwrites
        // that the next one needs.
        var row = [Int](repeating: 0, count: y.count + 1)
        for a in x {
            var diagonal = 0
            for j in 1...y.count {
                let above = row[j]
                row[j] = a == y[j - 1] ? diagonal + 1 : max(above, row[j - 1])
                diagonal = above
            }
        }
        return 2 * Double(row[y.count]) / Double(x.count + y.count)
    }
}
