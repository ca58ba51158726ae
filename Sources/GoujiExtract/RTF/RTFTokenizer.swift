/// Splits RTF into its tokens: groups, control words, control symbols and text bytes.
struct RTFTokenizer: IteratorProtocol {
    enum Token: Equatable {
        case groupStart
        case groupEnd
        /// `\word` or `\wordN`.
        case word(String, Int?)
        /// `\` and one character that is not a letter (`\~`, `\*`, `\{` …).
        case symbol(UInt8)
        /// `\'hh`: a byte of text in the document's code page.
        case hexByte(UInt8)
        /// A byte of text as it stands.
        case byte(UInt8)
    }

    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> Token? {
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "{"): return .groupStart
            case UInt8(ascii: "}"): return .groupEnd
            case UInt8(ascii: "\\"): return control()
            case 0x0A, 0x0D: continue  // line ends in the file are not text
            default: return .byte(byte)
            }
        }
        return nil
    }

    private mutating func control() -> Token? {
        guard index < bytes.count else { return nil }
        let first = bytes[index]
        guard isLetter(first) else {
            index += 1
            if first == UInt8(ascii: "'"), index + 2 <= bytes.count, let value = UInt8(String(decoding: bytes[index..<index + 2], as: UTF8.self), radix: 16) {
                index += 2
                return .hexByte(value)
            }
            // `\` before a line end is a paragraph mark.
            if first == 0x0A || first == 0x0D { return .word("par", nil) }
            return .symbol(first)
        }
        let start = index
        while index < bytes.count, isLetter(bytes[index]) { index += 1 }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        let numberStart = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9"), index - numberStart < 11 { index += 1 }
        let parameter = index > numberStart ? Int(String(decoding: bytes[numberStart..<index], as: UTF8.self)) : nil
        if parameter == nil { index = numberStart }
        if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        // `\binN` is followed by N raw bytes, which are never text.
        if name == "bin", let parameter, parameter > 0 { index = min(bytes.count, index + parameter) }
        return .word(name, parameter)
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
