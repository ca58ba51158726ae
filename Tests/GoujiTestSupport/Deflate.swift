import Foundation

/// zlib streams (RFC 1950, 1951) written by hand, for Flate streams in hand-written PDFs: a byte repeated
/// many times (one fixed-Huffman block of back-references, about 1:160) and bytes stored as they are.
public enum Deflate {
    /// `count` copies of `byte`, zlib-wrapped.
    public static func repeating(_ byte: UInt8, count: Int) -> Data {
        precondition(count >= 1)
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
        bits.writeLiteral(byte)
        var left = count - 1
        while left > 0 {
            // Length 258 (code 285, no extra bits) at distance 1 (code 0), while a whole one fits; the rest as literals.
            if left >= 258 {
                bits.writeCode(0b1100_0101, length: 8)
                bits.writeCode(0, length: 5)
                left -= 258
            } else {
                bits.writeLiteral(byte)
                left -= 1
            }
        }
        bits.writeCode(0, length: 7)  // end of block (256)
        return zlib(bits.finished, adler: adler32(repeating: byte, count: count))
    }

    /// `data` in stored blocks, zlib-wrapped: as large compressed as inflated.
    public static func stored(_ data: Data) -> Data {
        var out = Data()
        var start = data.startIndex
        repeat {
            let end = min(start + 65535, data.endIndex)
            let length = UInt16(end - start)
            out.append(end == data.endIndex ? 1 : 0)
            out.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)])
            out.append(data[start..<end])
            start = end
        } while start < data.endIndex
        return zlib(out, adler: adler32(data))
    }

    private static func zlib(_ deflate: Data, adler: UInt32) -> Data {
        Data([0x78, 0x01]) + deflate + Data([UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)])
    }

    private static func adler32(_ data: Data) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    /// Adler-32 of `count` copies of `byte`, in closed form: a = 1 + n·c, b = n + c·n(n+1)/2 (mod 65521).
    private static func adler32(repeating byte: UInt8, count: Int) -> UInt32 {
        let m: UInt64 = 65521, n = UInt64(count), c = UInt64(byte)
        let a = (1 + n % m * c) % m
        let triangle = (n % 2 == 0 ? (n / 2 % m) * ((n + 1) % m) : (n % m) * ((n + 1) / 2 % m)) % m
        let b = (n % m + c * triangle) % m
        return UInt32(b << 16 | a)
    }

    /// Bits packed from the least significant end of each byte, as deflate packs them.
    private struct BitWriter {
        var bytes = Data()
        private var current: UInt8 = 0
        private var used = 0

        /// A value's `count` low bits, least significant first (block headers, extra bits).
        mutating func write(_ value: Int, count: Int) {
            for bit in 0..<count { push(value >> bit & 1) }
        }

        /// A Huffman code, most significant bit first.
        mutating func writeCode(_ code: Int, length: Int) {
            for bit in (0..<length).reversed() { push(code >> bit & 1) }
        }

        /// A literal byte in the fixed code: 0-143 take 8 bits from 0x30, 144-255 take 9 bits from 0x190.
        mutating func writeLiteral(_ byte: UInt8) {
            if byte < 144 { writeCode(0x30 + Int(byte), length: 8) } else { writeCode(0x190 + Int(byte) - 144, length: 9) }
        }

        private mutating func push(_ bit: Int) {
            current |= UInt8(bit) << used
            used += 1
            if used == 8 { flushByte() }
        }

        private mutating func flushByte() {
            bytes.append(current)
            current = 0
            used = 0
        }

        var finished: Data {
            mutating get {
                if used > 0 { flushByte() }
                return bytes
            }
        }
    }
}
