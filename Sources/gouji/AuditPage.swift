import ArgumentParser
import Foundation
import GoujiLoad
import GoujiPipeline

/// `gouji report`: the corpus's audit page.
struct AuditPage: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the corpus's audit page: one HTML file that opens anywhere, without a network.",
        discussion: """
            The page shows how many reports came out ok, unbalanced, needing review or unread; every \
            flagged report with its failing equations (expected, found, difference, suspect cell) and \
            doubts; the files that could not be read; and totals per region and year, with charts.

            Examples:
              gouji report -o audit.html
              gouji report --sqlite out/corpus.sqlite -o /tmp/audit.html
              gouji report --province 江苏 --level county -o jiangsu-counties.html
            """)

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var place: PlaceOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String

    func run() async throws {
        let opened = try corpus.open()
        let overview: CorpusOverview
        do { overview = try opened.overview(of: place.filter) } catch {
            FileHandle.standardError.write("gouji: \(error)\n")
            throw ExitCode(ExitStatus.someFailed)
        }
        let generated = ISO8601DateFormatter().string(from: Date())
        let html = CorpusPage.html(overview, corpus: opened.path ?? "", generated: "generated \(generated)")
        do {
            try html.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            FileHandle.standardError.write("gouji: \(output): cannot write: \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.someFailed)
        }
        FileHandle.standardError.write("gouji: \(overview.total) files, \(overview.flagged.count) flagged → \(output)\n")
    }
}
