import ArgumentParser
import GoujiModel
import GoujiPipeline

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read reports and show their tables and findings, writing nothing.",
        discussion: """
            Examples:
              gouji check report.pdf
              gouji check --format json a.docx b.html > out.json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "How to print: text for people, json for scripts.")
    var format: Format = .text

    @Flag(name: .customLong("no-ocr"), help: "Leave scanned pages (pages without text) unread, instead of reading them by OCR.")
    var noOCR = false

    @Argument(help: "Report files to read.")
    var files: [String]

    @Option(help: "The memory the reading of a file may take, in MB (0: no limit), as in gouji run.")
    var memoryLimit = RunConfiguration().memoryLimit

    func run() async throws {
        // Read as gouji run reads: in a worker process, within the same memory and time limits.
        let worker = [CommandLine.executablePath, "worker", "--rules", Pipeline.hardRules.joined(separator: ","),
                      "--memory-limit", String(memoryLimit)] + (noOCR ? ["--no-ocr"] : [])
        let outcomes = await IsolatedReader(command: worker).outcomes(of: files)
        switch format {
        case .text: print(outcomes.map(OutcomeText.render).joined(separator: "\n"))
        case .json: print(try OutcomeJSON.encode(outcomes))
        }
        throw ExitCode(ExitStatus.of(outcomes))
    }
}
