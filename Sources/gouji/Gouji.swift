import ArgumentParser
import Foundation
import GoujiModel

@main
struct Gouji: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gouji",
        abstract: "Read 政府信息公开工作年度报告 into a corpus of numbers, and flag the ones whose totals don't balance.",
        discussion: """
            gouji reads annual government information disclosure reports (PDF, scans by OCR, DOCX, .doc, .wps, \
            Word 2003 XML, HTML, plain text), rebuilds their statistics tables 表二, 表三 and 表四, maps every cell onto the \
            canonical model, checks the balance rules (勾稽关系) and writes a SQLite and CSV corpus. \
            docs/canonical-model.md lists every table, row and column key, with its Chinese label, and \
            every rule.

            Exit codes: 0 every report read and balanced; 1 some report flagged (unbalanced or needs \
            review); 2 some input failed or is unsupported; 3 the command itself failed (its corpus or \
            outputs could not be opened or written: a full disk, a read-only folder, a corrupt corpus); \
            64 bad usage or configuration.
            """,
        subcommands: [Run.self, Check.self, Compare.self, AuditPage.self, Merge.self, Push.self, Bench.self, WorkerCommand.self])

    /// Runs with the arguments as the system gave them: a file name that is not UTF-8 (GBK, from a zip made
    /// on Windows) is kept as its bytes (`PathBytes`), and read, where Swift's own decoding would have made
    /// it U+FFFD and "no such file".
    static func main() async {
        let arguments = (1..<Int(CommandLine.argc)).map { index in
            CommandLine.unsafeArgv[index].map { PathBytes.string(UnsafeBufferPointer(start: $0, count: strlen($0)).map(UInt8.init(bitPattern:))) } ?? ""
        }
        await main(arguments)
    }
}
