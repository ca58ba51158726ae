import ArgumentParser
import Foundation
import GoujiPipeline

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a batch of reports into the corpus (SQLite, and CSV if asked).",
        discussion: """
            Reads every input named by CONFIG (default ./pipeline.yaml) or by --input, and loads the \
            reports into the SQLite corpus a group at a time, at least twice a second, each group in \
            one transaction. A rerun skips files already loaded with the same content and redoes \
            changed ones, so an interrupted batch resumes where it stopped. With --csv, writes values.csv, findings.csv and reports.csv from the corpus; with --wide, \
            one row per report and one column per cell.

            Examples:
              gouji run                                   # as pipeline.yaml says
              gouji run --input reports/ --sqlite corpus.sqlite --csv out/ --wide out/wide.csv
              gouji run --input 'downloads/**/*.pdf' --jobs 4

            Exit codes, over every input named, those skipped as already loaded included: 0 all read and \
            balanced; 1 some report unbalanced or needing review; 2 some file failed or is unsupported; \
            3 the run itself failed (its corpus or outputs could not be opened or written: a full disk, \
            a read-only folder, a corrupt corpus); 64 bad usage or configuration.
            """)

    @Argument(help: "The run's configuration file.")
    var config: String = "pipeline.yaml"

    @Option(name: .long, help: "A file, folder or glob pattern to read (repeatable); replaces the configuration's inputs.")
    var input: [String] = []

    @Option(help: "The SQLite corpus to write; replaces the configuration's.")
    var sqlite: String?

    @Option(help: "A folder for values.csv, findings.csv and reports.csv; replaces the configuration's.")
    var csv: String?

    @Option(help: "A file for the wide CSV (one row per report, one column per cell); replaces the configuration's.")
    var wide: String?

    @Option(help: "Parallel workers (default: one per core; at most 64, and no more than the files).")
    var jobs: Int?

    @Option(help: "Read only share I of N of the inputs (e.g. 2/8), to split a sweep over machines; fold the corpora with `gouji merge`.")
    var shard: String?

    @Flag(name: .customLong("no-ocr"), help: "Leave scanned pages (pages without text) unread, instead of reading them by OCR; a scan is then failed.")
    var noOCR = false

    @Flag(help: "Print no progress, only the summary.")
    var quiet = false

    func run() async throws {
        var configuration: RunConfiguration
        if FileManager.default.fileExists(atPath: config) {
            do { configuration = try RunConfiguration.load(path: config) } catch {
                FileHandle.standardError.say("\(error)")
                throw ExitCode(ExitStatus.usage)
            }
        } else if input.isEmpty {
            FileHandle.standardError.say("\(config): no such configuration file, and no --input given")
            throw ExitCode(ExitStatus.usage)
        } else {
            configuration = RunConfiguration()
        }
        if !input.isEmpty { configuration.inputs = input }
        if let sqlite { configuration.sqlite = sqlite }
        if let csv { configuration.csv = csv }
        if let wide { configuration.wide = wide }
        if let jobs { configuration.jobs = jobs }
        if noOCR { configuration.ocr = false }
        if let shard {
            guard let share = Shard(shard) else {
                FileHandle.standardError.say("--shard takes I/N with 1 ≤ I ≤ N, not \(shard)")
                throw ExitCode(ExitStatus.usage)
            }
            configuration.shard = share
        }

        let display = ProgressDisplay(quiet: quiet)
        let summary: BatchSummary
        do {
            let worker = [CommandLine.executablePath, "worker", "--rules", configuration.rules.sorted().joined(separator: ","),
                          "--memory-limit", String(configuration.memoryLimit)]
                + (configuration.ocr ? [] : ["--no-ocr"])
            summary = try await Batch(configuration: configuration, isolation: .workers(command: worker)).run(progress: display.update)
        } catch let error as InputError {
            FileHandle.standardError.say("\(error)")
            throw ExitCode(ExitStatus.usage)
        } catch {
            FileHandle.standardError.say("\(error)")
            throw ExitCode(ExitStatus.fatal)
        }
        display.finish(summary)
        throw ExitCode(summary.exitStatus)
    }
}

extension CommandLine {
    /// This executable, to start workers with.
    static var executablePath: String {
        Bundle.main.executablePath ?? arguments[0]
    }
}

extension FileHandle {
    func write(_ text: String) { write(Data(text.utf8)) }

    /// A message line, `gouji: ` first; a file name or title in it shows its control characters escaped.
    func say(_ message: String) { write("gouji: " + TerminalText.escaped(message) + "\n") }
}
