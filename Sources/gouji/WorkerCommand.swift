import ArgumentParser
import CMimalloc
import Foundation
import GoujiPipeline

/// `gouji worker`: the child process `gouji run` reads files in, so that a crash costs one file.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Read files named on standard input (used by gouji run).",
        shouldDisplay: false)

    @Option(help: "The rules to check, comma-separated.")
    var rules: String

    @Option(help: "The memory this worker may take, in MB (0: no limit).")
    var memoryLimit = 0

    @Flag(name: .customLong("no-ocr"), help: "Leave scanned pages unread.")
    var noOCR = false

    func run() {
        if memoryLimit > 0 {
            Worker.limitMemory(megabytes: memoryLimit)
            // An allocation past the limit, by Swift or by poppler or libxml2 (mimalloc serves them all),
            // ends the worker with a status of its own: the batch answers the file "over the memory limit".
            mi_option_set(mi_option_max_errors, 0)
            mi_register_error({ error, _ in
                if error == ENOMEM { _exit(Worker.overMemoryLimitStatus) }
            }, nil)
        }
        Worker.serve(rules: Set(rules.split(separator: ",").map(String.init)), ocr: !noOCR)
    }
}
