/// CSV text after RFC 4180: fields joined by commas, records ended by CRLF, a field quoted when it holds a
/// comma, a quote, CR or LF, and a quote inside a quoted field doubled.
///
/// A field a spreadsheet would take for a formula (one starting with `=`, `+`, `-`, `@`, TAB or CR: a file
/// named `=HYPERLINK(…).txt`, a title) gets a leading `'`, as spreadsheet-safe exporters do, so that Excel or
/// LibreOffice shows it as text instead of running it. A number (`-15`, `+3.5`) is left as it is: it cannot
/// run anything, and its column must stay numeric; so is a lone `-`, the dash a report prints for no value.
enum CSV {
    /// One record, its line end included; nil writes an empty field.
    static func record(_ fields: [String?]) -> String {
        fields.map { field($0 ?? "") }.joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        let text = neutralized(text)
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text`, with a leading `'` when a spreadsheet would read it as a formula.
    static func neutralized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first),
              text != "-", !isNumber(text) else { return text }
        return "'" + text
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A plain decimal number: an optional sign, digits, and at most one point followed by digits.
    private static func isNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && ("0"..."9").contains($0) } }
    }
}
