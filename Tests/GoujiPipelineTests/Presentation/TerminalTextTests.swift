import Foundation
import Testing
import GoujiLoad
import GoujiModel
import GoujiTestSupport
@testable import GoujiPipeline

@Suite struct TerminalTextTests {
    @Test func controlCharactersAreShownEscaped() {
        #expect(TerminalText.escaped("天坛 2024.txt") == "天坛 2024.txt")
        #expect(TerminalText.escaped("a\u{1B}]0;owned\u{07}b") == "a\\u{1B}]0;owned\\u{7}b")
        #expect(TerminalText.escaped("x\u{9B}2J\u{7F}") == "x\\u{9B}2J\\u{7F}")
        #expect(TerminalText.escaped("two\nlines\tand\r") == "two\\nlines\\tand\\r")
        #expect(TerminalText.escaped("txt.\u{202E}fdp") == "txt.\\u{202E}fdp")
    }

    @Test func aReportsTitleAndNameReachTheTerminalEscaped() throws {
        let hostile = "\u{1B}[2J\u{1B}]0;x\u{07}"
        var outcome = CorpusFixtures.outcome("a\(hostile).txt", body: "天坛\(hostile)街道", region: "北京\u{9B}31m",
                                             year: 2024, newTotal: 12, status: .unbalanced, findings: [CorpusFixtures.flow])
        outcome.reason = "see \u{1B}[8m findings"
        outcome.report?.doubts = ["t3 cell \u{1B}[1A"]
        let shown = OutcomeText.render(outcome)
        #expect(shown.contains("天坛\\u{1B}[2J\\u{1B}]0;x\\u{7}街道"))
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })

        let corpus = try Corpus()
        try corpus.load(outcome, sha256: "a", size: 1)
        for layout in Comparison.Layout.allCases {
            let table = ComparisonText.render(try corpus.compare(ComparisonQuery(year: 2024)), layout: layout)
            #expect(table.contains("a\\u{1B}[2J"))
            #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        }
    }

    /// A file named with an escape sequence, through `gouji check`, `gouji run` and `gouji compare`.
    @Test func theCommandsPrintNoControlCharacterFromAFile() throws {
        let folder = try TemporaryDirectory()
        let name = "tiantan\u{1B}]0;owned\u{07}\u{1B}[2J-2024.txt"
        try FileManager.default.copyItem(atPath: PackageFiles.root.appendingPathComponent("samples/tiantan-2024.txt").path,
                                         toPath: folder.path(name))
        let check = try GoujiCommand.run(["check", folder.path(name)], in: folder.url)
        let run = try GoujiCommand.run(["run", "--input", folder.path(name), "--sqlite", folder.path("corpus.sqlite"), "--quiet"], in: folder.url)
        let compare = try GoujiCommand.run(["compare", "--year", "2024", "--sqlite", folder.path("corpus.sqlite")], in: folder.url)
        #expect(check.output.contains("tiantan\\u{1B}]0;owned\\u{7}\\u{1B}[2J-2024.txt"), "\(check.output)")
        #expect(compare.output.contains("tiantan\\u{1B}]0;owned"), "\(compare.output) \(compare.error)")
        for output in [check.output, check.error, run.output, run.error, compare.output, compare.error] {
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        }
    }
}
