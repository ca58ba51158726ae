/// One answer on the worker pipe: its length as 8 little-endian bytes, then its fields. The length
/// tells the batch where an answer ends without looking inside it.
enum WireFrame {
    static let headerSize = 8
    /// A report's answer is some tens of kilobytes: a length beyond this is nonsense, not an answer.
    static let maxLength = 1 << 28

    static func encode(_ value: some WireCoding) -> [UInt8] {
        var body = WireWriter(capacity: 32 * 1024)
        body.write(value)
        var header = WireWriter()
        header.write(body.bytes.count)
        return header.bytes + body.bytes
    }

    /// The length a frame's header announces.
    static func length(header: some Collection<UInt8>) throws(WireError) -> Int {
        var reader = WireReader(Array(header))
        let length = try Int(wire: &reader)
        guard 0...maxLength ~= length else { throw .outOfRange(length, field: "an answer's length") }
        return length
    }

    /// A frame's body read as a whole value: any byte left over is nonsense too.
    static func decode<Value: WireCoding>(_ body: [UInt8]) throws(WireError) -> Value {
        var reader = WireReader(body)
        let value: Value = try reader.read()
        try reader.end()
        return value
    }
}
