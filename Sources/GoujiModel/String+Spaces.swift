extension String {
    /// What Foundation's `trimmingCharacters(in: .whitespaces)` gives (spaces of category Zs,
    /// tabs and the zero-width space cut from both ends, scalar by scalar), without its trip
    /// through NSString, which cost more than the rest of reading a line.
    public var trimmingSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\u{200B}"
                || !scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator
        }
        guard let first = unicodeScalars.firstIndex(where: { !isSpace($0) }),
              let last = unicodeScalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(unicodeScalars[first...last])
    }
}
