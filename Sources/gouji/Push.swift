import ArgumentParser
import Foundation
import GoujiLoad
import GoujiPipeline

/// `gouji push`: a local corpus into a shared PostgreSQL one.
struct Push: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the corpus into a shared PostgreSQL database, which several machines can feed.",
        discussion: """
            Copies every source the SQLite corpus holds, with its report, values and findings, into the \
            PostgreSQL database (same schema, made on first use); a source the database already holds with \
            the same content is left alone, a changed one is replaced, each in one transaction. Run it after \
            `gouji run` on each machine.

            Examples:
              gouji push --postgres postgresql://gouji@db.example/corpus
              gouji push --sqlite shard-3.sqlite --postgres 'host=/var/run/postgresql dbname=corpus'
            """)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("The PostgreSQL database: a postgresql:// URL or libpq's key=value words.",
                               valueName: "url"))
    var postgres: String

    func run() async throws {
        let local = try corpus.open()
        do {
            let summary = try PostgresCorpus(url: postgres).push(from: local)
            print("gouji: \(summary.pushed) pushed · \(summary.unchanged) unchanged")
        } catch {
            FileHandle.standardError.say("\(error)")
            throw ExitCode(ExitStatus.fatal)
        }
    }
}
