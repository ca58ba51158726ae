import Foundation
import GoujiTestSupport

/// The built `gouji` run as a user runs it: arguments in, exit status, standard output and
/// standard error out.
struct GoujiCommand {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The executable built beside the tests.
    static var path: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gouji").path
    }

    /// Runs `gouji arguments…` from the package's root, its output kept in files (a pipe could fill).
    static func run(_ arguments: [String]) throws -> Result {
        let folder = try TemporaryDirectory()
        let (output, errors) = (URL(fileURLWithPath: folder.path("out")), URL(fileURLWithPath: folder.path("err")))
        for file in [output, errors] { try Data().write(to: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = PackageFiles.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: try String(contentsOf: output, encoding: .utf8),
                      error: try String(contentsOf: errors, encoding: .utf8))
    }
}
