import Foundation

/// Numbers as the CSV contract and the corpus write them: `12`, `18651.06`, `-15`, never in exponent form.
enum DecimalText {
    /// The plain decimal text of a number, without trailing zeros; nil for no number.
    static func string(_ number: Decimal?) -> String? {
        // Foundation's Decimal prints compact, plain digits with a '.' whatever the locale.
        number?.description
    }
}
