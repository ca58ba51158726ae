/// Builds one answer on the worker pipe: fields appended in order, integers and doubles as 8
/// little-endian bytes. What each type writes is its `WireCoding` conformance.
struct WireWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write(_ value: some WireCoding) { value.write(to: &self) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    mutating func append(word: UInt64) {
        withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(contentsOf raw: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: raw) }
}
