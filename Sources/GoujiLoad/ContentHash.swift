import Crypto
import Foundation

/// The SHA-256 of a file's bytes as 64 lowercase hex digits: the content hash a corpus skips unchanged files by.
public func sha256(of data: Data) -> String {
    SHA256.hash(data: data).map { byte in
        let hex = String(byte, radix: 16)
        return byte < 16 ? "0" + hex : hex
    }.joined()
}
