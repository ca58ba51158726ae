import Foundation
import GoujiTestSupport
import Testing

/// The commands as a user runs them, on samples/: exit statuses, what they print, what they write.
/// samples/ holds 11 reports, two of them unbalanced on purpose (docs/samples.md).
@Suite struct CommandTests {
    /// `gouji run` over samples/ into a corpus and CSVs in `folder`.
    static func runOnSamples(into folder: TemporaryDirectory) throws -> GoujiCommand.Result {
        // From the folder, so that the package's pipeline.yaml, found in the working folder, is not taken.
        try GoujiCommand.run(["run", "--input", PackageFiles.root.appendingPathComponent("samples").path,
                              "--sqlite", folder.path("corpus.sqlite"), "--csv", folder.path("csv")], in: folder.url)
    }

    static func lines(_ file: String) throws -> [Substring] {
        try String(contentsOfFile: file, encoding: .utf8).split(whereSeparator: \.isNewline)
    }

    @Test func runReadsEverySampleAndExitsOneForTheUnbalanced() throws {
        let folder = try TemporaryDirectory()
        let run = try Self.runOnSamples(into: folder)
        #expect(run.status == 1, "\(run.error)")
        // Progress goes to standard error, the summary to standard output.
        #expect(run.error.contains("gouji: 11/11"))
        #expect(run.output.hasPrefix("gouji: 11 read · 9 ok · 2 unbalanced · 0 need review · 0 failed"), "\(run.output)")
        let reports = try Self.lines(folder.path("csv/reports.csv"))
        #expect(reports.count == 1 + 11)
        #expect(reports.filter { $0.contains(",unbalanced,") }.map { $0.prefix { $0 != "," } }.sorted() == ["hongze-2023.txt", "hongze-2024.txt"])
        #expect(try Self.lines(folder.path("csv/values.csv")).count > 11 * 180)
        #expect(FileManager.default.fileExists(atPath: folder.path("corpus.sqlite")))
    }

    @Test func checkPrintsTheFailingEquationAndItsSuspectCell() throws {
        let check = try GoujiCommand.run(["check", "samples/hongze-2024.txt"])
        #expect(check.status == 1)
        #expect(check.output.contains("status: unbalanced"))
        #expect(check.output.contains("[error] t3.flow [natural_person]"))
        #expect(check.output.contains("suspect: t3[new, natural_person]: 93 printed, 95 would balance"))
    }

    @Test func checkAsJSONGivesEachReportItsValues() throws {
        let check = try GoujiCommand.run(["check", "--format", "json", "samples/suqian-2024.txt", "samples/tiantan-2024.txt"])
        #expect(check.status == 0, "\(check.error)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [[String: Any]])
        #expect(reports.map { $0["source"] as? String } == ["suqian-2024.txt", "tiantan-2024.txt"])
        #expect(reports.map { $0["status"] as? String } == ["ok", "ok"])
        let values = try #require(reports[0]["values"] as? [[String: Any]])
        #expect(values.contains { $0["table"] as? String == "t3" && $0["row"] as? String == "new" && $0["col"] as? String == "total" && $0["value"] as? String == "3525" })
    }

    @Test func compareReportAndMergeReadTheCorpusARunWrote() throws {
        let folder = try TemporaryDirectory()
        _ = try Self.runOnSamples(into: folder)
        let corpus = folder.path("corpus.sqlite")

        let compare = try GoujiCommand.run(["compare", "--sqlite", corpus, "--year", "2024", "--rows", "new", "--cols", "total"])
        #expect(compare.status == 0, "\(compare.error)")
        let row = try #require(compare.output.split(separator: "\n").first { $0.hasPrefix("new.total") })
        // Ordered by place: 洪泽区 320813, 宿迁市 321300 (twice), 平潭 350128, 济源 419001.
        #expect(row.split(separator: " ").map(String.init) == ["new.total", "95", "3525", "3525", "218", "4"])

        let report = try GoujiCommand.run(["report", "--sqlite", corpus, "-o", folder.path("audit.html")])
        #expect(report.status == 0, "\(report.error)")
        let page = try String(contentsOfFile: folder.path("audit.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") || page.hasPrefix("<!doctype html>"))
        #expect(page.contains("hongze-2024.txt") && page.contains("t3.flow"))

        let merge = try GoujiCommand.run(["merge", "--into", folder.path("merged.sqlite"), corpus, "--csv", folder.path("merged")])
        #expect(merge.status == 0, "\(merge.error)")
        #expect(try Self.lines(folder.path("merged/values.csv")) == Self.lines(folder.path("csv/values.csv")))
        #expect(try Self.lines(folder.path("merged/reports.csv")).count == 1 + 11)
    }

    @Test(arguments: [["run", "--shard", "3/2"], ["run", "--jobs", "many"], ["compare", "--layout", "sideways"], ["frobnicate"]])
    func badUsageExitsSixtyFourAndSaysWhy(_ arguments: [String]) throws {
        let result = try GoujiCommand.run(arguments)
        #expect(result.status == 64, "\(result.error)")
        #expect(!result.error.isEmpty)
    }

    /// The help reads as prose: each subcommand listed, the exit codes given, the formats named,
    /// and no run of spaces inside a line where a wrapped literal kept its indentation.
    @Test func helpTeachesAndReadsAsProse() throws {
        let help = try GoujiCommand.run(["--help"])
        #expect(help.status == 0)
        for word in ["run", "check", "compare", "report", "merge", "push", "bench", "Exit codes", "OCR", ".doc"] {
            #expect(help.output.contains(word), "\(word)")
        }
        let gaps = help.output.split(separator: "\n").filter { line in
            line.drop { $0 == " " }.contains("    ") && !line.hasPrefix("  ")
        }
        #expect(gaps.isEmpty, "\(gaps)")
    }
}
