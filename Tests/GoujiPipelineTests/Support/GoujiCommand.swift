import Foundation
import GoujiTestSupport

/// The built `gouji` run as a user runs it: its exit status and what it printed.
struct GoujiCommand {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `gouji arguments…` in `folder` and waits for it. The folder matters: a `gouji run` finds the
    /// pipeline.yaml there, and writes the outputs it names.
    static func run(_ arguments: [String], in folder: TemporaryDirectory) throws -> GoujiCommand {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BadInputs.gouji)
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // stderr is read beside stdout, so that neither pipe fills while the other is drained.
        let errors = Collected()
        let reading = Thread { errors.data = stderr.fileHandleForReading.readDataToEndOfFile(); errors.done.signal() }
        reading.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        errors.done.wait()
        process.waitUntilExit()
        return GoujiCommand(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                            stderr: String(decoding: errors.data, as: UTF8.self))
    }

    private final class Collected: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
