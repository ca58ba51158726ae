extension Character {
    /// CJK ideographs, kana, hangul and full-width forms: characters set without spaces between them.
    public var isWide: Bool { unicodeScalars.first?.isWide ?? false }
}

extension Unicode.Scalar {
    /// See `Character.isWide`.
    public var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        case 0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019:
            return true  // dashes, ellipses and quotes that Chinese text sets full width
        default:
            return false
        }
    }
}
