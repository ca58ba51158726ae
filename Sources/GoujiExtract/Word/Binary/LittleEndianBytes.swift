/// A stream of a Word binary document, read as little-endian numbers; every read is checked
/// against the end, so that an offset a damaged file gives throws instead of trapping.
struct LittleEndianBytes {
    let bytes: [UInt8]
    /// The stream's name, for the damage reported.
    let name: String

    init(_ bytes: [UInt8], name: String) {
        self.bytes = bytes; self.name = name
    }

    var count: Int { bytes.count }

    func u8(_ at: Int) throws(WordBinaryDamage) -> UInt8 {
        guard at >= 0, at < bytes.count else { throw outside(at, 1) }
        return bytes[at]
    }

    func u16(_ at: Int) throws(WordBinaryDamage) -> UInt16 {
        guard at >= 0, at <= bytes.count - 2 else { throw outside(at, 2) }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) throws(WordBinaryDamage) -> UInt32 {
        guard at >= 0, at <= bytes.count - 4 else { throw outside(at, 4) }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    /// `count` bytes from `at`.
    func slice(_ at: Int, _ count: Int) throws(WordBinaryDamage) -> ArraySlice<UInt8> {
        guard at >= 0, count >= 0, at <= bytes.count - count else { throw outside(at, count) }
        return bytes[at..<at + count]
    }

    private func outside(_ at: Int, _ count: Int) -> WordBinaryDamage {
        WordBinaryDamage("\(count) bytes at offset \(at) lie beyond its \(name) stream (\(bytes.count) bytes)")
    }
}
