import Foundation

/// A number exactly. One whose digits fit 64 bits (every figure a report prints) crosses as its sign,
/// exponent and digits, which need no printing or parsing. A longer one crosses as its text, which
/// must read back to itself (`Decimal(string:)` alone reads "12x" as 12).
extension Decimal: WireCoding {
    private enum Tag: UInt8 { case digits, text }

    func write(to writer: inout WireWriter) {
        let digits = NSDecimalNumber(decimal: significand).uint64Value
        if Decimal(digits) == significand {
            writer.append(byte: Tag.digits.rawValue)
            writer.append(byte: sign == .minus ? 1 : 0)
            writer.write(exponent)
            writer.append(word: digits)
        } else {
            writer.append(byte: Tag.text.rawValue)
            writer.write("\(self)")
        }
    }

    init(wire reader: inout WireReader) throws(WireError) {
        let tag = try reader.byte()
        switch Tag(rawValue: tag) {
        case .digits:
            let sign = try reader.byte()
            guard sign <= 1 else { throw .badTag(sign, field: "sign") }
            let exponent = try Int(wire: &reader)
            guard Int(Int8.min)...Int(Int8.max) ~= exponent else { throw .outOfRange(exponent, field: "a number's exponent") }
            self.init(sign: sign == 1 ? .minus : .plus, exponent: exponent, significand: Decimal(try reader.word()))
        case .text:
            let text = try String(wire: &reader)
            guard let number = Decimal(string: text), "\(number)" == text else { throw .notANumber(text) }
            self = number
        case nil: throw .badTag(tag, field: "number")
        }
    }
}
