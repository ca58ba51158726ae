import Foundation
import GoujiExtract
import GoujiModel
import GoujiNormalize
import GoujiPipeline
import GoujiReconstruct
import GoujiValidate

// pdf-bench FOLDER [--workers N]: the whole gouji pipeline (extract, reconstruct, normalize,
// validate) over every PDF in FOLDER, stage by stage and end to end on one core and on N
// (default: every core), then `pdftotext -layout` file by file on the same PDFs, the yardstick.
// Not a test: it prints a table of times, pages/s, reports/s, the ratio to pdftotext, peak RSS.

func fail(_ message: String, _ status: Int32) -> Never {
    FileHandle.standardError.write(Data("pdf-bench: \(message)\n".utf8))
    exit(status)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var workers = ProcessInfo.processInfo.activeProcessorCount
if let flag = arguments.firstIndex(of: "--workers") {
    guard flag + 1 < arguments.count, let count = Int(arguments[flag + 1]), count > 0 else { fail("--workers wants a number", 64) }
    workers = count
    arguments.removeSubrange(flag...(flag + 1))
}
guard arguments.count == 1, let folder = arguments.first else { fail("usage: pdf-bench FOLDER [--workers N]", 64) }
let paths = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.lowercased().hasSuffix(".pdf") }.sorted()
    .map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
guard !paths.isEmpty else { fail("no PDF in \(folder)", 66) }
// Read once, before any clock runs: the pipeline is timed, not the disk.
let files = paths.map { path in (path: path, data: FileManager.default.contents(atPath: path) ?? Data()) }

let pipeline = Pipeline()

func seconds(_ work: () async -> Void) async -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    await work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Peak resident memory so far, in MB (Linux reports ru_maxrss in kilobytes).
func peakRSS() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

// MARK: - Stage by stage, one core

var stageTimes = [Double](repeating: 0, count: 4)
var pages = 0, failed = 0
for file in files {
    var started = DispatchTime.now().uptimeNanoseconds
    func lap(_ stage: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        stageTimes[stage] += Double(now - started) / 1e9
        started = now
    }
    guard let extracted = try? pipeline.extractor.extract(file.data, path: file.path) else { failed += 1; continue }
    lap(0)
    pages += extracted.blocks.count { if case .page = $0 { true } else { false } }
    let structured = pipeline.reconstructor.reconstruct(extracted)
    lap(1)
    guard let report = try? pipeline.normalizer.normalize(structured) else { lap(2); continue }
    lap(2)
    _ = pipeline.validator.validate(report)
    lap(3)
}
let stagesRSS = peakRSS()

// MARK: - End to end, one core and every core

let oneCore = await seconds {
    for file in files { _ = pipeline.process(file.data, path: file.path) }
}
let oneCoreRSS = peakRSS()

/// One document per task, never more than `workers` in flight.
let allCores = await seconds {
    await withTaskGroup(of: Void.self) { group in
        var next = files.makeIterator()
        for _ in 0..<workers {
            guard let file = next.next() else { break }
            group.addTask { _ = pipeline.process(file.data, path: file.path) }
        }
        while await group.next() != nil {
            if let file = next.next() { group.addTask { _ = pipeline.process(file.data, path: file.path) } }
        }
    }
}
let allCoresRSS = peakRSS()

// MARK: - The yardstick

let pdftotext = await seconds {
    for file in files {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", file.path, "/dev/null"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { fail("cannot run /usr/bin/pdftotext", 69) }
        process.waitUntilExit()
    }
}

// MARK: - The table

@MainActor func row(_ name: String, _ time: Double, rss: Double?) -> String {
    let rate = { (count: Int) in String(format: "%9.1f", Double(count) / time) }
    let memory = rss.map { String(format: "%8.1f", $0) } ?? String(repeating: " ", count: 8)
    return name.padding(toLength: 30, withPad: " ", startingAt: 0)
        + String(format: "%8.3f", time) + rate(pages) + rate(files.count) + String(format: "%8.2f", time / pdftotext) + memory
}
print("\(files.count) PDFs, \(pages) pages\(failed > 0 ? ", \(failed) unreadable" : ""); \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("run                             time s  pages/s reports/s  ratio  peak MB")
for (stage, name) in ["extract", "reconstruct", "normalize", "validate"].enumerated() {
    print(row("  stage: \(name)", stageTimes[stage], rss: nil))
}
print(row("  stages together", stageTimes.reduce(0, +), rss: stagesRSS))
print(row("gouji, 1 core", oneCore, rss: oneCoreRSS))
print(row("gouji, \(workers) workers", allCores, rss: allCoresRSS))
// No peak RSS for pdftotext: a child's counts the parent's pages it was forked with.
print(row("pdftotext -layout, 1 by 1", pdftotext, rss: nil))
print(String(format: "speed-up on %d workers: x%.2f; ratio = time / pdftotext's (goal <= 0.5 on 1 core)", workers, oneCore / allCores))
