import Foundation
import GoujiLoad
import Yams

/// What a batch run reads and writes, as `pipeline.yaml` says it.
///
/// ```yaml
/// version: 1
/// inputs: [samples]          # files, folders (read recursively) or glob patterns
/// outputs:
///   sqlite: out/corpus.sqlite
///   csv: out/csv             # optional
///   wide: out/wide.csv       # optional: one row per report, one column per cell
///   bom: false               # a UTF-8 BOM in the CSVs, for Excel
/// rules: [t3.flow, t3.outcomes, t3.columns, t4.groups]
/// jobs: 0                    # parallel workers; 0 = one per core
/// memory_limit: 512          # MB a worker may take; 0 = no limit
/// ocr: true                  # read scanned pages (without text) by OCR
/// ```
/// Relative paths are taken from the configuration file's folder.
public struct RunConfiguration: Sendable, Equatable {
    public var inputs: [String]
    public var sqlite: String?
    public var csv: String?
    /// The wide CSV: one row per report, one column per cell.
    public var wide: String?
    public var csvBOM: Bool
    public var rules: Set<String>
    public var jobs: Int
    /// Whether scanned pages (pages without text) are read by OCR.
    public var ocr: Bool
    /// The share of the inputs this run reads, when a sweep is split over machines.
    public var shard: Shard?
    /// The memory each worker may take, in MB; 0 for no limit. A file that needs more is answered
    /// `failed: over the memory limit`.
    public var memoryLimit = 512

    public init(inputs: [String] = [], sqlite: String? = nil, csv: String? = nil, wide: String? = nil,
                csvBOM: Bool = false, rules: Set<String> = Set(Pipeline.hardRules), jobs: Int = 0, ocr: Bool = true) {
        self.inputs = inputs; self.sqlite = sqlite; self.csv = csv; self.wide = wide; self.csvBOM = csvBOM
        self.rules = rules; self.jobs = jobs; self.ocr = ocr
    }

    /// The most workers a run starts, whatever it asks: each may take the memory of a large PDF, and past the
    /// cores they only wait their turn.
    public static let maxJobs = 64

    /// Workers to run at once: as many as asked, or one per core, at most `maxJobs`.
    public var workerCount: Int {
        min(jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount, Self.maxJobs)
    }

    /// Whether `path` (absolute) is a file the run writes: its corpus and SQLite's files beside it, the CSV
    /// files in its CSV folder, its wide CSV, or one of their temporary files. Outputs placed among the
    /// inputs are not read back as reports.
    public func writes(_ path: String) -> Bool {
        var outputs: [String] = []
        if let sqlite { outputs += ["", "-wal", "-shm", "-journal"].map { InputFiles.absolute(sqlite) + $0 } }
        if let csv { outputs += GoujiLoad.Corpus.csvFileNames.map { InputFiles.absolute(csv) + "/" + $0 } }
        if let wide { outputs.append(InputFiles.absolute(wide)) }
        return outputs.contains { output in
            path == output || (path.hasPrefix(output + ".") && path.hasSuffix(".partial"))
        }
    }

    public static func load(path: String) throws(ConfigurationError) -> RunConfiguration {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ConfigurationError(file: path, line: nil, message: "cannot be read (\(error.localizedDescription))")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(text, file: path, relativeTo: folder)
    }

    public static func parse(_ yaml: String, file: String, relativeTo folder: String) throws(ConfigurationError) -> RunConfiguration {
        func fail(_ node: Node?, _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: node?.mark.map { $0.line }, message: message)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { throw fail(nil, "is empty") }
            root = node
        } catch let error as ConfigurationError { throw error } catch {
            throw fail(nil, "is not valid YAML: \(error)")
        }
        guard let top = root.mapping else { throw fail(root, "must be a mapping of keys (version, inputs, outputs, rules, jobs, memory_limit, ocr)") }

        func path(_ text: String) -> String {
            text.hasPrefix("/") ? text : URL(fileURLWithPath: folder).appendingPathComponent(text).standardized.path
        }
        func strings(_ node: Node, _ key: String) throws(ConfigurationError) -> [String] {
            if let scalar = node.scalar { return [scalar.string] }
            guard let sequence = node.sequence else { throw fail(node, "'\(key)' must be a list of strings") }
            var out: [String] = []
            for item in sequence {
                guard let scalar = item.scalar else { throw fail(item, "'\(key)' must be a list of strings") }
                out.append(scalar.string)
            }
            return out
        }

        var config = RunConfiguration()
        for (keyNode, value) in top {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "version":
                guard value.scalar?.string == "1" else { throw fail(value, "version must be 1") }
            case "inputs":
                config.inputs = try strings(value, key).map(path)
            case "outputs":
                guard let outputs = value.mapping else { throw fail(value, "'outputs' must be a mapping (sqlite, csv, wide, bom)") }
                for (outKey, outValue) in outputs {
                    let name = outKey.scalar?.string ?? ""
                    switch name {
                    case "sqlite", "csv", "wide":
                        guard let text = outValue.scalar?.string, !text.isEmpty else { throw fail(outValue, "'\(name)' must be a path") }
                        switch name {
                        case "sqlite": config.sqlite = path(text)
                        case "csv": config.csv = path(text)
                        default: config.wide = path(text)
                        }
                    case "bom":
                        guard let flag = outValue.bool else { throw fail(outValue, "'bom' must be true or false") }
                        config.csvBOM = flag
                    default:
                        throw fail(outKey, "unknown key 'outputs.\(name)' (known: sqlite, csv, wide, bom)")
                    }
                }
            case "rules":
                let rules = try strings(value, key)
                if let unknown = rules.first(where: { !Pipeline.hardRules.contains($0) }) {
                    throw fail(value, "unknown rule '\(unknown)' (known: \(Pipeline.hardRules.joined(separator: ", ")))")
                }
                config.rules = Set(rules)
            case "jobs":
                guard let jobs = value.int, jobs >= 0 else { throw fail(value, "'jobs' must be a whole number, 0 for one per core") }
                config.jobs = jobs
            case "memory_limit":
                guard let megabytes = value.int, megabytes == 0 || megabytes >= 64 else {
                    throw fail(value, "'memory_limit' must be a number of MB, at least 64, or 0 for no limit")
                }
                config.memoryLimit = megabytes
            case "ocr":
                guard let flag = value.bool else { throw fail(value, "'ocr' must be true or false") }
                config.ocr = flag
            default:
                throw fail(keyNode, "unknown key '\(key)' (known: version, inputs, outputs, rules, jobs, memory_limit, ocr)")
            }
        }
        return config
    }
}

/// A configuration file that cannot be used, with the line that says why.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
