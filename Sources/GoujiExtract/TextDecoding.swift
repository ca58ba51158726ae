import Foundation

/// Decodes the text of files saved by Chinese offices: UTF-8 (with or without BOM), UTF-16 with
/// BOM, or GB18030 (a superset of GBK and GB2312).
public enum TextDecoding {
    /// The text and the name of the encoding it was decoded from.
    public static func decode(_ data: Data) -> (text: String, encoding: String)? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(data: data.dropFirst(3), encoding: .utf8).map { ($0, "UTF-8 (BOM)") }
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return String(data: data, encoding: .utf16).map { ($0, "UTF-16") }
        }
        if let text = String(data: data, encoding: .utf8) { return (text, "UTF-8") }
        if let text = decodeGB18030(data) { return (text, "GB18030") }
        return nil
    }

    /// GB18030 as Foundation numbers it (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decodeGB18030(_ data: Data) -> String? {
        String(data: data, encoding: gb18030)
    }
}
