import ArgumentParser
import Foundation
import GoujiLoad
import GoujiPipeline

/// `gouji bench`: the speed and memory of the real batch, beside `pdftotext -layout`. A plain
/// command, not a test: the figures depend on the machine and on what else it runs.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure speed and memory over a corpus of reports, beside `pdftotext -layout`.",
        discussion: """
            A CORPUS is a folder of reports, or a number N: a corpus of N reports that \
            scripts/make-bench-corpus.py makes from samples/ (7 in 10 PDF; run gouji from the \
            repository root, with python3).

            For each CORPUS, one table. The "stage:" rows time each stage, file after file in this \
            process (reading from disk untimed). The "gouji run" rows run the real batch in a child \
            process (worker processes, one SQLite writer, a fresh corpus in the work folder): on one core \
            (1 worker, which shares that core with the batch process: `taskset` pins both), on --jobs \
            workers, and on one core over the corpus's PDFs alone. The last row runs `pdftotext -layout` \
            file by file over the same PDFs, on one core too: the yardstick. Below the table, the ratio \
            of gouji's time to pdftotext's on the PDFs (goal ≤ 0.5) and the speed-up of --jobs workers \
            over one core (goal ×1.9 on 2 cores).

            With --growth, one row per CORPUS instead (default 100 1000 10000), end to end on --jobs \
            workers, with the seconds per 1,000 reports: flat when the cost grows linearly; then, for \
            each corpus, the time `gouji report` takes to write its audit page and the page's size.

            wall s is elapsed time; cpu s the user and system time of the run and its workers; cores \
            the cores it kept busy on average (cpu s / wall s: fewer than --jobs when other work took the \
            machine); peak MB the resident memory of the run's largest single process, the batch or one \
            of its workers. \
            Pages are PDF pages. Measure a release build on an otherwise idle machine.

            With --scans FOLDER, first a table for OCR: `gouji run` on one core over the folder's \
            scanned PDFs, beside `tesseract -l chi_sim` reading the same pages whole from the \
            command line on one core (pages rendered at 200 dpi beforehand), and the pages per \
            second per core of each (goal: at least 1, and faster than the command line). Alone \
            unless corpora are given too.

            Examples:
              swift build -c release
              .build/release/gouji bench 1000
              .build/release/gouji bench ~/reports --jobs 4
              .build/release/gouji bench --growth              # 100, 1000, 10000
              .build/release/gouji bench --growth 100 1000 --work /tmp/bench
              .build/release/gouji bench --scans /tmp/scans      # OCR: gouji beside tesseract
            """)

    @Argument(help: "Folders of reports, or numbers of reports to make (default: 100; with --growth, 100 1000 10000).")
    var corpora: [String] = []

    @Option(help: "Parallel workers for the every-core run (default: one per core).")
    var jobs: Int?

    @Flag(help: "One row per corpus, end to end on --jobs workers, to show how the cost grows with N.")
    var growth = false

    @Option(help: "Where to make corpora and write SQLite files, kept afterwards (default: a temporary folder, removed).")
    var work: String?

    @Option(help: "A folder of scanned PDFs (image-only pages, as scripts/make-scans.sh makes at 200 dpi): the OCR table alone, gouji beside the tesseract command.")
    var scans: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        for corpus in corpora where Int(corpus) == nil && !FileManager.default.fileExists(atPath: corpus) {
            throw ValidationError("\(corpus): neither a folder nor a number of reports")
        }
        if let scans, !FileManager.default.fileExists(atPath: scans) { throw ValidationError("\(scans): no such folder") }
    }

    func run() async throws {
        let folder = work.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("gouji-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if work == nil { try? FileManager.default.removeItem(at: folder) } }
        let bench = Measurement(work: folder, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        #if DEBUG
        note("a debug build: measure `swift build -c release`'s .build/release/gouji instead")
        #endif
        if let scans {
            try bench.ocrTable(scans)
            if corpora.isEmpty && !growth { return }
        }
        let named = corpora.isEmpty ? (growth ? ["100", "1000", "10000"] : ["100"]) : corpora
        let folders = try named.map(bench.corpus)
        if growth {
            try await bench.growth(folders)
        } else {
            for corpus in folders { try await bench.table(corpus) }
        }
    }
}

/// The runs behind `gouji bench`, in a work folder.
struct Measurement {
    let work: URL
    let jobs: Int
    let gouji = CommandLine.executablePath

    /// A folder as it is, or a number of reports made into a folder by the corpus script.
    func corpus(_ name: String) throws -> String {
        guard let count = Int(name) else { return name }
        let script = "scripts/make-bench-corpus.py"
        guard FileManager.default.fileExists(atPath: script) else {
            throw BenchError("\(script) not found: run gouji bench from the repository root, or give folders")
        }
        let folder = work.appendingPathComponent("corpus-\(count)").path
        // A corpus made whole by an earlier run in the same --work folder is made once.
        if (try? FileManager.default.contentsOfDirectory(atPath: folder).count) == count { return folder }
        try? FileManager.default.removeItem(atPath: folder)
        note("making \(count) reports in \(folder)")
        let made = try ChildRun.run(["/usr/bin/env", "python3", script, String(count), folder])
        guard made.status == 0 else { throw BenchError("\(script) failed (exit status \(made.status))") }
        return folder
    }

    /// End to end as `gouji run` does it, into a fresh corpus; with `jobs` 1, on one core.
    func batch(_ inputs: [String], jobs: Int, name: String) throws -> ChildRun {
        let sqlite = fresh(name)
        // JSON is YAML: the inputs need no quoting rules of their own.
        let configuration = work.appendingPathComponent("\(name).yaml")
        let settings: [String: Any] = ["version": 1, "inputs": inputs, "outputs": ["sqlite": sqlite], "jobs": jobs]
        try JSONSerialization.data(withJSONObject: settings, options: .withoutEscapingSlashes).write(to: configuration)
        note("gouji run, \(jobs == 1 ? "1 core" : "\(jobs) workers"), \(name)")
        let command = [gouji, "run", configuration.path, "--quiet"]
        // One worker alone would still leave the batch process a core of its own to load on.
        let run = try ChildRun.run(jobs == 1 ? try onOneCore(command) : command)
        // 1 and 2 say some report was flagged or failed; anything else, that the run did not finish.
        guard (0...2).contains(run.status) else { throw BenchError("gouji run stopped with status \(run.status)") }
        return run
    }

    /// The path of the SQLite corpus `name` in the work folder.
    func corpusPath(_ name: String) -> String {
        work.appendingPathComponent("\(name).sqlite").path
    }

    /// The path of an empty SQLite corpus in the work folder.
    func fresh(_ name: String) -> String {
        let sqlite = corpusPath(name)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlite + suffix) }
        return sqlite
    }

    /// `command` run by `taskset` on core 0.
    func onOneCore(_ command: [String]) throws -> [String] {
        guard let taskset = executable("taskset") else { throw BenchError("taskset not found (util-linux)") }
        return [taskset, "--cpu-list", "0"] + command
    }

    /// `pdftotext -layout` over each PDF, one after the other on one core, started by one shell loop
    /// (a `taskset` per file would cost each file an extra exec); nil without pdftotext.
    func pdftotext(_ pdfs: [String]) throws -> ChildRun? {
        guard let found = executable("pdftotext"), !pdfs.isEmpty else { return nil }
        note("pdftotext -layout, \(pdfs.count) PDFs")
        let loop = #"for pdf do "$0" -layout "$pdf" /dev/null || exit 1; done"#
        let run = try ChildRun.run(try onOneCore(["/bin/sh", "-c", loop, found] + pdfs), quiet: true)
        guard run.status == 0 else { throw BenchError("pdftotext failed on one of the PDFs (exit status \(run.status))") }
        return run
    }

    func table(_ corpus: String) async throws {
        let files = try InputFiles.expand([corpus])
        let pdfs = files.filter(\.isPDFName)
        guard !files.isEmpty else { throw BenchError("\(corpus): no file in it") }
        let idle = machine
        // The children first, while this process is small (see ChildRun.peakMB).
        let yardstick = try pdftotext(pdfs)
        let oneCore = try batch([corpus], jobs: 1, name: "one-core")
        let everyCore = try batch([corpus], jobs: jobs, name: "\(jobs)-workers")
        let pdfsOnly = pdfs.count == files.count ? oneCore : try batch(pdfs, jobs: 1, name: "one-core-pdfs")
        note("stage by stage")
        let stages = try StageTimes(files: files, corpus: Corpus(path: fresh("stages")))

        let pdfPages = stages.pages
        let kinds = Dictionary(grouping: files) { URL(fileURLWithPath: $0).pathExtension.lowercased() }
            .map { (kind: $0.key, count: $0.value.count) }.sorted { ($0.count, $1.kind) > ($1.count, $0.kind) }
        print("\(corpus): \(files.count) reports (\(kinds.map { "\($0.count) \($0.kind)" }.joined(separator: ", "))), "
              + "\(pdfPages) PDF pages\(stages.stopped > 0 ? ", \(stages.stopped) not read" : ""); "
              + "\(idle) before the runs")
        var rows = Rows()
        for (stage, name) in StageTimes.names.enumerated() {
            rows.add("  stage: \(name)", seconds: stages.seconds[stage], reports: files.count, pages: pdfPages)
        }
        rows.add("  stages together", seconds: stages.total, reports: files.count, pages: pdfPages)
        rows.add("gouji run, 1 core", oneCore, reports: files.count, pages: pdfPages)
        rows.add("gouji run, \(jobs) workers", everyCore, reports: files.count, pages: pdfPages)
        if !pdfs.isEmpty { rows.add("gouji run, 1 core, PDFs only", pdfsOnly, reports: pdfs.count, pages: pdfPages) }
        if let yardstick {
            // No peak memory: a child of this process cannot read lower than this process (see ChildRun.peakMB).
            rows.add("pdftotext -layout, 1 by 1, 1 core", seconds: yardstick.seconds, cpu: yardstick.cpuSeconds,
                     reports: pdfs.count, pages: pdfPages)
        }
        print(rows.text)
        if let yardstick, !pdfs.isEmpty {
            print(String(format: "ratio gouji / pdftotext on the %d PDFs, on 1 core: %.2f (goal ≤ 0.5)",
                         pdfs.count, pdfsOnly.seconds / yardstick.seconds))
        } else {
            print("no ratio: \(pdfs.isEmpty ? "no PDF in the corpus" : "pdftotext not found (poppler-utils)")")
        }
        print(String(format: "speed-up on %d workers over 1 core: ×%.2f (goal ×1.9 on 2 cores)", jobs, oneCore.seconds / everyCore.seconds))
        print()
    }

    func growth(_ corpora: [String]) async throws {
        let idle = machine
        // Every run before any page is counted here, while this process is small.
        let runs = try corpora.enumerated().map { index, corpus in
            (corpus: corpus, files: try InputFiles.expand([corpus]), run: try batch([corpus], jobs: jobs, name: "growth-\(index + 1)"))
        }
        note("counting PDF pages")
        var rows = Rows(first: "corpus, \(jobs) worker\(jobs == 1 ? "" : "s")", perThousand: true)
        for (corpus, files, run) in runs {
            let pages = await PageCount.pages(in: files, workers: jobs)
            rows.add(URL(fileURLWithPath: corpus).lastPathComponent + " (\(files.count))", run, reports: files.count, pages: pages)
        }
        print("\(idle) before the runs")
        print(rows.text)
        for (index, (corpus, files, _)) in runs.enumerated() {
            let page = work.appendingPathComponent("growth-\(index + 1).html").path
            note("gouji report, \(files.count) reports")
            let report = try ChildRun.run([gouji, "report", "--sqlite", corpusPath("growth-\(index + 1)"), "-o", page], quiet: true)
            guard report.status == 0 else { throw BenchError("gouji report stopped with status \(report.status)") }
            let size = Double((try? FileManager.default.attributesOfItem(atPath: page)[.size] as? Int) ?? 0) / 1_000_000
            print(String(format: "gouji report over %@ (%d reports): %.2f s, peak %.0f MB, page %.1f MB",
                         URL(fileURLWithPath: corpus).lastPathComponent, files.count, report.seconds, report.peakMB, size))
        }
    }
}

/// The path of a program on PATH, if it is there.
func executable(_ name: String) -> String? {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// The cores, and how busy they were over the last minute: other work makes the figures noisy.
var machine: String {
    var load = [Double](repeating: 0, count: 1)
    let busy = getloadavg(&load, 1) == 1 ? String(format: ", load average %.2f", load[0]) : ""
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores\(busy)"
}

/// The benchmark's table: a name, then times, rates and memory, blank where they do not apply.
struct Rows {
    private var lines: [String]
    private let perThousand: Bool

    init(first: String = "run", perThousand: Bool = false) {
        self.perThousand = perThousand
        lines = [first.padding(toLength: 34, withPad: " ", startingAt: 0)
            + "   wall s    cpu s  cores  reports/s  pages/s  peak MB" + (perThousand ? "  s/1000 reports" : "")]
    }

    mutating func add(_ name: String, seconds: Double, cpu: Double? = nil, peakMB: Double? = nil, reports: Int, pages: Int) {
        func cell(_ value: Double?, _ format: String) -> String {
            value.map { String(format: format, $0) } ?? String(repeating: " ", count: String(format: format, 0.0).count)
        }
        lines.append(name.padding(toLength: 34, withPad: " ", startingAt: 0) + cell(seconds, "%9.2f") + cell(cpu, "%9.2f")
            + cell(cpu.map { $0 / seconds }, "%7.2f")
            + cell(Double(reports) / seconds, "%11.1f") + cell(Double(pages) / seconds, "%9.1f") + cell(peakMB, "%9.1f")
            + (perThousand ? cell(seconds * 1000 / Double(reports), "%16.2f") : ""))
    }

    mutating func add(_ name: String, _ run: ChildRun, reports: Int, pages: Int) {
        add(name, seconds: run.seconds, cpu: run.cpuSeconds, peakMB: run.peakMB, reports: reports, pages: pages)
    }

    var text: String { lines.joined(separator: "\n") }
}

/// Why a benchmark could not be run to its end.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Progress, on standard error so that standard output holds the tables only.
func note(_ text: String) {
    FileHandle.standardError.write("gouji bench: \(text)\n")
}
