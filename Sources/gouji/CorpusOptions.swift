import ArgumentParser
import Foundation
import GoujiLoad
import GoujiPipeline

/// Which corpus `compare` and `report` read: `--sqlite`, or the one the run configuration names.
struct CorpusOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The SQLite corpus to read (default: outputs.sqlite of the configuration).",
                               valueName: "file"))
    var sqlite: String?

    @Option(help: ArgumentHelp("The run configuration that names the corpus.", valueName: "file"))
    var config = "pipeline.yaml"

    /// Opens the corpus, which must exist: reading one never creates it.
    func open() throws -> Corpus {
        let path = try corpusPath()
        guard FileManager.default.fileExists(atPath: path) else {
            throw fail("\(path): no corpus here yet; `gouji run` makes it")
        }
        do { return try Corpus(path: path) } catch {
            FileHandle.standardError.say("\(error)")
            throw ExitCode(ExitStatus.fatal)
        }
    }

    private func corpusPath() throws -> String {
        if let sqlite { return sqlite }
        guard FileManager.default.fileExists(atPath: config) else {
            throw fail("\(config): no such configuration file, and no --sqlite given")
        }
        let configuration: RunConfiguration
        do { configuration = try RunConfiguration.load(path: config) } catch { throw fail("\(error)") }
        guard let path = configuration.sqlite else {
            throw fail("\(config): names no outputs.sqlite; give --sqlite")
        }
        return path
    }

    private func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.say(message)
        return ExitCode(ExitStatus.usage)
    }
}
