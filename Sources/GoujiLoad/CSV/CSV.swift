/// CSV text after RFC 4180: fields joined by commas, records ended by CRLF, a field quoted when it holds a
/// comma, a quote, CR or LF, and a quote inside a quoted field doubled.
enum CSV {
    /// One record, its line end included; nil writes an empty field.
    static func record(_ fields: [String?]) -> String {
        fields.map { field($0 ?? "") }.joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
