import ArgumentParser
import Foundation
import GoujiLoad
import GoujiPipeline

struct Merge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fold shard corpora into one.",
        discussion: """
            A national sweep runs `gouji run --shard I/N` on N machines over the same folder, each into its \
            own corpus, then folds them:
              gouji merge --into corpus.sqlite shard-1.sqlite shard-2.sqlite … [--csv out/]
            A source already in the target is replaced by the shard's. The checks across years are redone.
            """)

    @Option(help: "The corpus to fold into (created if missing).")
    var into: String

    @Option(help: "A folder for values.csv, findings.csv and reports.csv of the merged corpus.")
    var csv: String?

    @Argument(help: "The shard corpora.")
    var shards: [String]

    func run() async throws {
        do {
            let corpus = try Corpus(path: into)
            for shard in shards { try corpus.merge(from: shard) }
            try Batch.checkAcrossYears(corpus)
            if let csv { try corpus.exportCSV(to: csv) }
            print("gouji: merged \(shards.count) corpora into \(TerminalText.escaped(into))")
        } catch {
            FileHandle.standardError.say("\(error)")
            throw ExitCode(ExitStatus.fatal)
        }
    }
}
