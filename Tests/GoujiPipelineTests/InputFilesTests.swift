import Foundation
import Testing
import GoujiTestSupport
@testable import GoujiPipeline

/// Which files a run's inputs name, on a folder made here with the things real folders hold.
@Suite struct InputFilesTests {
    /// a.txt, sub/e.txt, and what is left alone: hidden files and folders, links, a FIFO.
    private func folder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        let files = FileManager.default
        for name in ["d/sub", "d/.hidden", "other"] {
            try files.createDirectory(atPath: folder.path(name), withIntermediateDirectories: true)
        }
        for name in ["d/a.txt", "d/sub/e.txt", "d/.h.txt", "d/.hidden/c.txt", "other/b.txt"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder.path(name)))
        }
        try files.createSymbolicLink(atPath: folder.path("d/link.txt"), withDestinationPath: folder.path("other/b.txt"))
        try files.createSymbolicLink(atPath: folder.path("d/loop"), withDestinationPath: folder.path("d"))
        #expect(mkfifo(folder.path("d/fifo"), 0o600) == 0)
        return folder
    }

    @Test func aFolderGivesItsRegularVisibleFilesInOrderAndFollowsNoLink() throws {
        let folder = try folder()
        #expect(try InputFiles.expand([folder.path("d")]) == [folder.path("d/a.txt"), folder.path("d/sub/e.txt")])
    }

    @Test func relativeFilesFoldersAndPatternsGiveAbsolutePaths() throws {
        let folder = try folder()
        // The folder, from the working directory (which tests running beside this one share).
        let up = String(repeating: "../", count: FileManager.default.currentDirectoryPath.split(separator: "/").count)
        let d = "./" + up + folder.path("d").dropFirst()
        let all = [folder.path("d/a.txt"), folder.path("d/sub/e.txt")]
        #expect(try InputFiles.expand([d]) == all)
        #expect(try InputFiles.expand([d + "/**/*.txt"]) == all)
        #expect(try InputFiles.expand([d + "/sub/../sub/*.txt"]) == [folder.path("d/sub/e.txt")])
        #expect(try InputFiles.expand([d + "/a.txt", d + "/a*"]) == [folder.path("d/a.txt")])
    }

    @Test func aWildcardStaysWithinOneFolderAndTwoStarsCrossAny() throws {
        let folder = try folder()
        #expect(try InputFiles.expand([folder.path("d/*.txt")]) == [folder.path("d/a.txt")])
        #expect(try InputFiles.expand([folder.path("*/*.txt")]) == [folder.path("d/a.txt"), folder.path("other/b.txt")])
        #expect(try InputFiles.expand([folder.path("d/**/e.txt")]) == [folder.path("d/sub/e.txt")])
        #expect(try InputFiles.expand([folder.path("**/*.txt")]) == [folder.path("d/a.txt"), folder.path("d/sub/e.txt"), folder.path("other/b.txt")])
        #expect(try InputFiles.expand([folder.path("d/**")]) == [folder.path("d/a.txt"), folder.path("d/sub/e.txt")])
    }

    @Test func anInputThatNamesNothingIsAnError() throws {
        let folder = try folder()
        #expect(throws: InputError(path: folder.path("nothing"))) { try InputFiles.expand([folder.path("nothing")]) }
    }
}
