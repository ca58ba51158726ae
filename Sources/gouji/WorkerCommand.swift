import ArgumentParser
import GoujiPipeline

/// `gouji worker`: the child process `gouji run` reads files in, so that a crash costs one file.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Read files named on standard input (used by gouji run).",
        shouldDisplay: false)

    @Option(help: "The rules to check, comma-separated.")
    var rules: String

    @Flag(name: .customLong("no-ocr"), help: "Leave scanned pages unread.")
    var noOCR = false

    func run() {
        Worker.serve(rules: Set(rules.split(separator: ",").map(String.init)), ocr: !noOCR)
    }
}
