/// A file's path as gouji holds it: a String that gives back the system's bytes exactly. A path is bytes, not
/// always UTF-8 (a zip made on Windows names its files in GBK); the UTF-8 of a path is kept as it is, and each
/// byte that is not UTF-8 becomes one scalar of U+10FF80…U+10FFFF, the end of plane 16's private use, which no
/// file name holds (and which, met in a name as UTF-8, is held byte by byte too, so that every path comes back).
/// Such a name is opened by its bytes and shown with them escaped, `\xB9\xA4`.
public enum PathBytes {
    /// The first of the scalars that hold a byte: byte 0x80 is U+10FF80.
    private static let base: UInt32 = 0x10FF00

    public static func string<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        let bytes = Array(bytes)
        if let valid = String(validating: bytes, as: UTF8.self), !valid.unicodeScalars.contains(where: isHeldByte) {
            return valid
        }
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if isHeldByte(scalar) {
                    for byte in encoded { scalars.append(held(byte)) }
                } else {
                    scalars.append(scalar)
                }
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] { scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : held(byte)) }
                offset += length
            case .emptyInput:
                return String(scalars)
            }
        }
    }

    /// The path's bytes, as the system names the file.
    public static func bytes(_ path: String) -> [UInt8] {
        guard path.unicodeScalars.contains(where: isHeldByte) else { return Array(path.utf8) }
        var bytes: [UInt8] = []
        for scalar in path.unicodeScalars {
            if isHeldByte(scalar) { bytes.append(UInt8(scalar.value - base)) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        return bytes
    }

    /// Calls `body` with the path as the system's C string (its bytes and a NUL).
    public static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        guard path.unicodeScalars.contains(where: isHeldByte) else { return try path.withCString(body) }
        let bytes = Self.bytes(path).map { CChar(bitPattern: $0) } + [0]
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The path for people to read: each byte that is not UTF-8 as `\xHH`.
    public static func shown(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isHeldByte) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if isHeldByte(scalar) {
                let hex = String(scalar.value - base, radix: 16, uppercase: true)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether the path holds bytes that are not UTF-8.
    public static func holdsBytes(_ path: String) -> Bool {
        path.unicodeScalars.contains(where: isHeldByte)
    }

    private static func isHeldByte(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= base + 0x80 && scalar.value <= base + 0xFF
    }

    private static func held(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(base + UInt32(byte))!
    }
}
