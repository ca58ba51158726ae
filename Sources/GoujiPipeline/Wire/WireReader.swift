/// Reads back what a `WireWriter` wrote, throwing on anything it could not have written: the bytes
/// come from another process, which may be broken or killed mid-answer.
struct WireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func read<Value: WireCoding>() throws(WireError) -> Value { try Value(wire: &self) }

    /// Fails unless every byte was read: an answer longer than its fields is not the answer.
    func end() throws(WireError) {
        guard offset == bytes.count else { throw .trailingBytes(bytes.count - offset) }
    }

    mutating func byte() throws(WireError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func word() throws(WireError) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw .truncated }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
    }

    mutating func bytes(count: Int) throws(WireError) -> ArraySlice<UInt8> {
        guard 0...bytes.count - offset ~= count else { throw .truncated }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// A count of what follows, each at least a byte long: one beyond the bytes left is nonsense,
    /// and must not become a huge allocation.
    mutating func count() throws(WireError) -> Int {
        let count = try Int(wire: &self)
        guard count >= 0 else { throw .outOfRange(count, field: "a count") }
        guard count <= bytes.count - offset else { throw .truncated }
        return count
    }
}
