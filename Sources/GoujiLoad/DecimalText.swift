import Foundation

/// Numbers as the CSV contract and the corpus write them: `12`, `18651.06`, `-15`, never in exponent form.
enum DecimalText {
    /// The plain decimal text of a number, without trailing zeros; nil for no number.
    static func string(_ number: Decimal?) -> String? {
        guard let number else { return nil }
        // A whole number, as nearly every figure a report prints, written as an integer: Decimal's own
        // printing is far slower than Int's, and a corpus writes one per value.
        let whole = NSDecimalNumber(decimal: number).int64Value
        if number.exponent == 0, Decimal(whole) == number { return String(whole) }
        // Foundation's Decimal prints compact, plain digits with a '.' whatever the locale.
        return number.description
    }

    /// The number a text written by `string` holds; nil for any other text.
    static func number(_ text: String) -> Decimal? {
        // Whole numbers first, as `string` writes them: `Decimal(string:)` takes far longer.
        if let whole = Int64(text) { return Decimal(whole) }
        return Decimal(string: text)
    }
}
