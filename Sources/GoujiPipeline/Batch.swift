import Foundation
import GoujiLoad
import GoujiModel
import GoujiValidate

/// A run over many files: workers read and check reports in parallel, one writer loads their
/// outcomes into the corpus a group at a time (one transaction a group, at least twice a
/// second), so a batch stopped at any moment leaves a consistent corpus and a rerun skips what
/// is already in it.
public struct Batch: Sendable {
    public var configuration: RunConfiguration
    public var isolation: Isolation

    /// Where files are read.
    public enum Isolation: Sendable {
        /// In this process: a crash in a C library ends the batch.
        case inProcess
        /// In child processes running `command` (`gouji worker ...`): a crash costs that file only,
        /// and so does a file that takes longer than `timeout`.
        case workers(command: [String], timeout: TimeInterval = 300)
    }

    public init(configuration: RunConfiguration, isolation: Isolation = .inProcess) {
        self.configuration = configuration
        self.isolation = isolation
    }

    /// Outcomes that make a full group, loaded in one transaction: a commit costs about as much as a report's rows.
    static let groupSize = 32
    /// How long a read outcome may wait for the rest of its group: a stopped batch loses no more
    /// than this much reading, and the progress display moves at least this often.
    static let groupWait = Duration.milliseconds(500)

    /// What a reader made of one file.
    enum Work: Sendable {
        /// Loaded before with the same content, with the status it was loaded with.
        case skipped(path: String, status: ReportStatus)
        case done(FileOutcome)
    }

    /// Reads one file, in this process or in a worker process.
    struct Reader: Sendable {
        let pipeline: Pipeline
        let process: WorkerProcess?

        /// How many files it takes at once: a worker is handed its next file while it reads one.
        var depth: Int { process == nil ? 1 : WorkerProcess.depth }
    }

    /// Runs the batch, telling `progress` as files are skipped and groups loaded, and returns the tally.
    public func run(progress: @escaping @Sendable (BatchSummary) -> Void = { _ in }) async throws -> BatchSummary {
        let files = try InputFiles.expand(configuration.inputs).filter {
            !configuration.writes($0) && configuration.shard?.contains($0) ?? true
        }
        let pipeline = Pipeline(rules: configuration.rules, ocr: configuration.ocr)
        // No more readers than files: a worker for no file is a process started for nothing.
        let readers = (0..<min(configuration.workerCount, max(files.count, 1))).map { _ in
            switch isolation {
            case .inProcess: Reader(pipeline: pipeline, process: nil)
            case .workers(let command, let timeout): Reader(pipeline: pipeline, process: WorkerProcess(command: command, timeout: timeout))
            }
        }
        defer { readers.forEach { $0.process?.finish() } }
        // Workers start up while the corpus opens.
        if !files.isEmpty { readers.forEach { $0.process?.start() } }
        let (corpus, loaded) = try await Blocking.run(on: Self.corpusQueue) {
            let corpus = try Corpus(path: configuration.sqlite)
            // A file is done when its content was read by this version of the reading.
            let loaded = Dictionary(try corpus.loaded().filter { $0.readingVersion == Pipeline.readingVersion }.map { ($0.path, $0) }) { first, _ in first }
            return (corpus, loaded)
        }
        let started = Date()
        var policy = GroupPolicy(fileCount: files.count, readers: readers.flatMap { Array(repeating: $0, count: $0.depth) },
                                 groupSize: Self.groupSize)
        func tally() -> BatchSummary {
            var summary = policy.summary
            summary.elapsed = Date().timeIntervalSince(started)
            return summary
        }

        try await withThrowingTaskGroup(of: Event.self) { group in
            while true {
                for step in policy.steps() {
                    switch step {
                    case .read(let file, let reader):
                        group.addTask { .read(await Self.work(files[file], reader: reader, loaded: loaded), reader) }
                    case .load(let files):
                        group.addTask {
                            let outcomes = try await Blocking.run(on: Self.corpusQueue) {
                                try corpus.load(files, readingVersion: Pipeline.readingVersion)
                            }
                            return .loaded(outcomes)
                        }
                    case .startClock:
                        group.addTask {
                            try? await Task.sleep(for: Self.groupWait)
                            return .waited
                        }
                    case .stop:
                        group.cancelAll()
                    }
                }
                guard let event = try await group.next() else { break }
                switch event {
                case .read(let work, let reader):
                    if policy.read(work, by: reader) { progress(tally()) }
                case .loaded(let outcomes):
                    policy.loaded(outcomes)
                    progress(tally())
                case .waited:
                    policy.clockRanOut()
                }
            }
        }
        try await Blocking.run(on: Self.corpusQueue) { [configuration] in
            try Self.checkAcrossYears(corpus)
            if let csv = configuration.csv {
                try corpus.exportCSV(to: csv, bom: configuration.csvBOM)
            }
            if let wide = configuration.wide {
                try corpus.exportWideCSV(to: wide, bom: configuration.csvBOM)
            }
        }
        return tally()
    }

    /// Where the batch's SQLite work runs, one piece at a time, off the threads Swift's tasks share.
    private static let corpusQueue = DispatchQueue(label: "gouji corpus")

    /// Redoes the checks across the corpus (year against year): any report loaded may change them.
    /// A body's numbers are read when its reports are checked, so memory stays flat however
    /// large the corpus.
    public static func checkAcrossYears(_ corpus: Corpus) throws {
        var findings: [(path: String, finding: Finding)] = []
        for body in YearOverYear.bodies(try corpus.reportIdentities()) {
            findings += YearOverYear.findings(ofBody: try corpus.withNumbers(body, rows: YearOverYear.rows))
        }
        try corpus.replaceCorpusFindings(findings)
    }

    /// What finished in the batch's task group: a file read by a reader, a group of outcomes
    /// loaded, or the wait for a group's first outcome.
    private enum Event: Sendable {
        case read(Work, Reader)
        case loaded([Outcome])
        case waited
    }

    private static func work(_ path: String, reader: Reader, loaded: [String: LoadedSource]) async -> Work {
        // A new file goes straight to its worker, which reads it and answers with its hash; one
        // loaded before is read here first, to be skipped if unchanged.
        if let process = reader.process, loaded[path] == nil { return .done(await process.process(path: path)) }
        // Reading and hashing block their thread: not one of those Swift's tasks share.
        let data: Data, hash: String
        do {
            (data, hash) = try await Blocking.run { () throws(FileOutcome.Unreadable) in
                let data = try FileOutcome.bytes(path)
                return (data, sha256(of: data))
            }
        } catch {
            return .done(FileOutcome(failed: path, error))
        }
        if let before = loaded[path], before.sha256 == hash { return .skipped(path: path, status: before.status) }
        if let process = reader.process { return .done(await process.process(path: path)) }
        return .done(FileOutcome(processing: data, path: path, sha256: hash, with: reader.pipeline))
    }
}
