import Foundation

/// Decodes a saved web page by its bytes, not by the charset its `<meta>` declares: pages are
/// re-encoded by content systems without their declaration being changed. The bytes are UTF-8
/// when they are valid UTF-8 (Chinese text in GBK practically never is), else GB18030, which
/// reads the GBK and GB2312 that older pages declare. The declaration is kept in the encoding's
/// name, so a mismatch shows.
enum HTMLCharset {
    static func decode(_ data: Data) -> (text: String, encoding: String)? {
        guard let (text, encoding) = TextDecoding.decode(data) else { return nil }
        guard let declared = declaredCharset(data) else { return (text, encoding) }
        return (text, "\(encoding) (declared \(declared))")
    }

    /// The charset named by a `<meta charset>` or `<meta http-equiv content="…; charset=…">` in
    /// the page's head, lower-cased.
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let meta = head.range(of: #"<meta[^>]*charset\s*=\s*["']?\s*[a-z0-9_-]+"#, options: .regularExpression),
              let name = head[meta].range(of: #"[a-z0-9_-]+$"#, options: .regularExpression) else { return nil }
        return String(head[meta][name])
    }
}
