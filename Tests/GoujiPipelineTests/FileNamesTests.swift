import Foundation
import Testing
import GoujiLoad
import GoujiModel
import GoujiTestSupport
@testable import GoujiPipeline

/// Every file found is answered: a name that is not UTF-8 is read and shown escaped, and a folder that
/// cannot be listed or a path longer than the system takes is a failed row with its reason.
@Suite struct FileNamesTests {
    /// 公开 in GBK, as a zip made on Windows names its files.
    static let gbk: [UInt8] = [0xB9, 0xAB, 0xBF, 0xAA]
    static let shownName = #"\xB9\xAB\xBF\xAA-2024.txt"#

    /// A folder `in` holding a sample under a GBK name, whose path is returned.
    private func folderWithGBKName(_ folder: TemporaryDirectory) throws -> String {
        try FileManager.default.createDirectory(atPath: folder.path("in"), withIntermediateDirectories: false)
        let path = folder.path("in") + "/" + PathBytes.string(Self.gbk + Array("-2024.txt".utf8))
        let sample = try Data(contentsOf: PackageFiles.root.appendingPathComponent("samples/tiantan-2024.txt"))
        let file = PathBytes.withCString(path) { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(file >= 0)
        _ = sample.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
        close(file)
        return path
    }

    @Test func aNameThatIsNotUTF8IsListedReadAndShownEscaped() async throws {
        let folder = try TemporaryDirectory()
        let path = try folderWithGBKName(folder)
        #expect(try InputFiles.expand([folder.path("in")]) == [path])
        #expect(try InputFiles.expand([path]) == [path])
        let outcome = Pipeline().process(path: path)
        #expect(outcome.status == .ok, "\(outcome.reason)")
        #expect(outcome.source.name == Self.shownName)
        #expect(TerminalText.escaped(path) == folder.path("in") + "/" + Self.shownName)

        let configuration = RunConfiguration(inputs: [folder.path("in")], sqlite: folder.path("corpus.sqlite"), csv: folder.path("csv"))
        let summary = try await Batch(configuration: configuration).run()
        #expect(summary.ok == 1)
        let reports = try String(contentsOfFile: folder.path("csv/reports.csv"), encoding: .utf8)
        #expect(reports.contains("\n\(Self.shownName),ok,"), "\(reports)")
        #expect(reports.contains(",\(folder.path("in"))/\(Self.shownName),"), "\(reports)")
        // A rerun knows it by its bytes: skipped as loaded.
        #expect(try await Batch(configuration: configuration).run().skipped == 1)
    }

    /// Given on the command line (by the shell, which passes the name's bytes as they are), the file is read,
    /// not "no such file".
    @Test func aNameThatIsNotUTF8GivenToCheckIsRead() throws {
        let folder = try TemporaryDirectory()
        _ = try folderWithGBKName(folder)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/bin/sh")
        check.arguments = ["-c", #"exec "$0" check "$1/$(printf '\271\253\277\252')-2024.txt" > "$1/out""#,
                           GoujiCommand.path, folder.path("in")]
        try check.run()
        check.waitUntilExit()
        let output = try String(contentsOfFile: folder.path("in/out"), encoding: .utf8)
        #expect(check.terminationStatus == 0, "\(output)")
        #expect(output.hasPrefix(folder.path("in") + "/" + Self.shownName + "\n  status: ok"), "\(output)")
    }

    /// A folder without permission to list it. Root may list any folder by its capabilities, so as root
    /// `gouji run` runs without the two that pass over permissions (still root: the build it runs may lie
    /// in a folder only root may enter).
    @Test func aFolderThatCannotBeListedIsAFailedRow() throws {
        let folder = try TemporaryDirectory()
        let files = FileManager.default
        try files.createDirectory(atPath: folder.path("in/locked"), withIntermediateDirectories: true)
        try files.createDirectory(atPath: folder.path("out"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder.path("in/locked/a.txt")))
        try files.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.path("in/locked"))
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path("in/locked")) }

        let run = Process()
        let arguments = ["run", "--input", folder.path("in"), "--sqlite", folder.path("out/corpus.sqlite"), "--csv", folder.path("out"), "--quiet"]
        if getuid() == 0 {
            run.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            run.arguments = ["--bounding-set=-dac_override,-dac_read_search", GoujiCommand.path] + arguments
        } else {
            run.executableURL = URL(fileURLWithPath: GoujiCommand.path)
            run.arguments = arguments
        }
        run.currentDirectoryURL = URL(fileURLWithPath: folder.path("out"))
        run.standardOutput = FileHandle.nullDevice
        try run.run()
        run.waitUntilExit()
        #expect(run.terminationStatus == ExitStatus.someFailed)
        let reports = try String(contentsOfFile: folder.path("out/reports.csv"), encoding: .utf8)
        #expect(reports.contains("\nlocked,failed,cannot be read: a folder that cannot be listed: permission denied,"), "\(reports)")
    }

    /// Folders nested until their path is longer than the system takes (made a level at a time, relative to
    /// the one above): the first folder past the limit is a failed row, and the file at the bottom is not
    /// lost without a word.
    @Test func aPathOverTheSystemsLimitIsAFailedRow() throws {
        let folder = try TemporaryDirectory()
        defer { Self.removeDeep(folder.path("in")) }
        let name = String(repeating: "d", count: 200)
        var directory = open(folder.url.path, O_RDONLY | O_DIRECTORY)
        var path = folder.url.path
        var first: String?
        for level in 0..<25 {
            let component = level == 0 ? "in" : name
            #expect(mkdirat(directory, component, 0o755) == 0)
            let next = openat(directory, component, O_RDONLY | O_DIRECTORY)
            close(directory)
            directory = next
            path += "/" + component
            if first == nil, path.utf8.count >= PATH_MAX { first = path }
        }
        let file = openat(directory, "report.txt", O_WRONLY | O_CREAT, 0o644)
        #expect(file >= 0)
        close(file)
        close(directory)

        let listed = try InputFiles.expand([folder.path("in")])
        #expect(listed == [try #require(first)])
        let outcome = FileOutcome(reading: listed[0], with: Pipeline())
        #expect(outcome.outcome.status == .failed)
        #expect(outcome.outcome.reason == "cannot be read: its path is longer than the system allows (4096 bytes, 255 a name)")
    }

    private static func removeDeep(_ path: String) {
        let remove = Process()
        remove.executableURL = URL(fileURLWithPath: "/bin/rm")
        remove.arguments = ["-rf", path]
        try? remove.run()
        remove.waitUntilExit()
    }
}
