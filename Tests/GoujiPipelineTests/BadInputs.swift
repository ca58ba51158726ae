import Foundation
import GoujiTestSupport

/// The bad-input corpus of scripts/make-bad-inputs.py, made afresh in a temporary folder, with
/// the status and reason piece the script expects of each file.
final class BadInputs {
    let folder: URL
    let expected: [String: (status: String, reason: String)]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-bad-\(UUID().uuidString)")
        let script = PackageFiles.root.appendingPathComponent("scripts/make-bad-inputs.py").path
        _ = try Self.python([script, folder.path])
        var expected: [String: (String, String)] = [:]
        for line in try Self.python([script, "--expected"]).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            expected[fields[0]] = (fields[1], fields[2])
        }
        self.expected = expected
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    static func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ScriptFailed(status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    struct ScriptFailed: Error { var status: Int32 }
}
