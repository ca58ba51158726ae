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
            The page shows how many reports came out ok, unbalanced, needing review or unread; how often \
            the reports read fail their rules (per region and year, per rule, per equation, and by the \
            size of the difference, each share with its count); every flagged report with its failing \
            equations (expected, found, difference, suspect cell) and doubts, the first ones (--evidence) \
            with the cells of each equation redrawn from where they were read, the suspect cell marked; the \
            files that could not be read; and totals per region and year, with charts.

            Examples:
              gouji report -o audit.html
              gouji report --sqlite out/corpus.sqlite --region 宿迁市 --year 2024 -o /tmp/suqian.html
              gouji report --source hongze-2024.txt -o /tmp/hongze.html
              gouji report --province 江苏 --level county -o jiangsu-counties.html
            """)

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var place: PlaceOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Only the reports of this region, as the corpus names it.", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp("Only the reports of this year.", valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("One report's page: its file's path or name.", valueName: "file"))
    var source: String?

    @Option(help: ArgumentHelp("How many flagged reports show their equations' cells.", valueName: "n"))
    var evidence = 50

    func run() async throws {
        let opened = try corpus.open()
        let overview: CorpusOverview
        do {
            overview = try opened.overview(CorpusOverview.Scope(region: region, year: year, source: source, place: place.filter), evidence: evidence)
        } catch {
            FileHandle.standardError.write("gouji: \(error)\n")
            throw ExitCode(ExitStatus.someFailed)
        }
        let generated = ISO8601DateFormatter().string(from: Date())
        let html = CorpusPage.html(overview, corpus: opened.path ?? "", generated: "generated \(generated)", crops: PageCrops())
        do {
            try html.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            FileHandle.standardError.write("gouji: \(output): cannot write: \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.someFailed)
        }
        FileHandle.standardError.write("gouji: \(overview.total) files, \(overview.flagged.count) flagged → \(output)\n")
    }
}
