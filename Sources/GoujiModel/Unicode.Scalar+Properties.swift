extension Unicode.Scalar {
    /// Unicode's Alphabetic and White_Space properties, answered without the property tables
    /// for the scalars reports are made of, ASCII, the CJK ideographs (all alphabetic) and the
    /// punctuation between them: looking them up was a sixth of normalizing a report, and a
    /// third of reading a PDF page's characters on the Swift side. Inlinable, as they are asked of
    /// every scalar from the other modules.
    @inlinable public var isAlphabetic: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        // ASCII's other scalars, General Punctuation, and the CJK marks (、。《》「」【】 …).
        case 0..<0x80, 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020: false
        default: properties.isAlphabetic
        }
    }

    @inlinable public var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x3000: true
        // ASCII's other scalars, the CJK marks, ideographs and full-width forms.
        case 0..<0x80, 0x3001...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF: false
        default: properties.isWhitespace
        }
    }

    /// An ASCII or full-width digit.
    @inlinable public var isDigit: Bool { ("0"..."9").contains(self) || ("０"..."９").contains(self) }
}
