import Foundation
import Testing
import GoujiModel
import GoujiExtract
import GoujiReconstruct
@testable import GoujiPipeline

@Suite struct ScratchDumpTests {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["DUMP"] else { return }
        let doc = try Extractor().extract(path: path)
        let s = Reconstructor().reconstruct(doc)
        var out = ""
        for item in s.items {
            switch item {
            case .text(let l): out += "TEXT: \(l.text)\n"
            case .grid(let g):
                out += "GRID\n"
                for r in g.rows { out += "  | " + r.map { ($0.isSpanCopy ? "^" : "") + $0.text }.joined(separator: " | ") + "\n" }
            }
        }
        try out.write(toFile: "/tmp/complete-dump.txt", atomically: true, encoding: .utf8)
    }
}
