import Foundation

/// The web page inside a single-file web archive (MHTML, what Word saves as "单个文件网页" and
/// offices then name .doc): the first text/html part, its transfer encoding undone.
enum WebArchive {
    static func page(in data: Data) -> Data? {
        // Latin-1 maps every byte to one character and back: an 8-bit part keeps its bytes.
        guard let text = String(data: data, encoding: .isoLatin1) else { return nil }
        guard let boundary = firstMatch(#"boundary\s*=\s*"?([^";\r\n]+)"?"#, in: text) else { return nil }
        for part in text.components(separatedBy: "--" + boundary).dropFirst() {
            guard let split = part.range(of: "\r\n\r\n") ?? part.range(of: "\n\n") else { continue }
            let headers = String(part[..<split.lowerBound]).replacingOccurrences(of: #"\r?\n[ \t]+"#, with: " ", options: .regularExpression)
            guard firstMatch(#"(?i)content-type\s*:\s*text/html"#, in: headers, group: 0) != nil else { continue }
            let body = String(part[split.upperBound...])
            switch firstMatch(#"(?i)content-transfer-encoding\s*:\s*([\w-]+)"#, in: headers)?.lowercased() {
            case "base64": return Data(base64Encoded: body.filter { !$0.isWhitespace })
            case "quoted-printable": return quotedPrintable(bytes(body))
            default: return Data(bytes(body))
            }
        }
        return nil
    }

    /// Undoes quoted-printable: `=XX` is a byte, `=` at a line end joins the lines.
    private static func quotedPrintable(_ bytes: [UInt8]) -> Data {
        var out = Data(capacity: bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "=") else { out.append(bytes[i]); i += 1; continue }
            if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 2; continue }
            if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { i += 3; continue }
            if i + 2 < bytes.count, let byte = UInt8(String(decoding: bytes[i + 1...i + 2], as: UTF8.self), radix: 16) {
                out.append(byte); i += 3; continue
            }
            out.append(bytes[i]); i += 1
        }
        return out
    }

    private static func bytes(_ latin1: String) -> [UInt8] {
        latin1.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    private static func firstMatch(_ pattern: String, in text: String, group: Int = 1) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: group), in: text) else { return nil }
        return String(text[range])
    }
}
