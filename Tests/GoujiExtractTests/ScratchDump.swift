import Foundation
import Testing
import GoujiModel
@testable import GoujiExtract

@Test func scratchDump() throws {
    guard let list = ProcessInfo.processInfo.environment["DUMP"] else { return }
    for path in list.split(separator: ",").map(String.init) {
        var out = ""
        do {
            let doc = try Extractor().extract(path: path)
            out += "# \(doc.source)\n"
            for block in doc.blocks {
                switch block {
                case .text(let l): out += "L\(l.location): \(l.text)\n"
                case .table(let t):
                    out += "TABLE \(t.index)\n"
                    for row in t.rows { out += "  | " + row.map { c in
                        var s = c.text.replacingOccurrences(of: "\n", with: "⏎")
                        if c.rowSpan > 1 { s += "[r\(c.rowSpan)]" }
                        if c.columnSpan > 1 { s += "[c\(c.columnSpan)]" }
                        if c.continuesAbove { s += "[^]" }
                        return s
                    }.joined(separator: " | ") + "\n" }
                case .page: out += "PAGE\n"
                }
            }
        } catch { out += "ERROR \(error)\n" }
        try out.write(toFile: "/tmp/word-dump/" + (path as NSString).lastPathComponent + ".txt", atomically: true, encoding: .utf8)
    }
}
