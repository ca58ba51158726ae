import Foundation
import GoujiExtract
import GoujiLoad
import GoujiModel

/// How a file's outcome is made: from its bytes, read here or in a worker.
extension FileOutcome {
    /// Far larger than any report with a text layer; a larger file is not read into memory at all.
    static let maxSize = Extractor.maxFileSize

    /// Why a file's bytes could not be had, and its size as far as known.
    struct Unreadable: Error {
        var reason: String
        var size = 0
    }

    /// A file that could not be read, or whose reader died.
    init(failed path: String, _ unreadable: Unreadable) {
        self.init(outcome: Outcome(source: SourceFile(path: path, kind: .unknown), status: .failed, reason: unreadable.reason),
                  sha256: "", size: unreadable.size)
    }

    /// Reads the file at `path` and what the pipeline makes of it.
    init(reading path: String, with pipeline: Pipeline) {
        do {
            let data = try Self.bytes(path)
            self.init(processing: data, path: path, sha256: GoujiLoad.sha256(of: data), with: pipeline)
        } catch {
            self.init(failed: path, error)
        }
    }

    /// What the pipeline makes of a file's bytes, already read and hashed.
    init(processing data: Data, path: String, sha256: String, with pipeline: Pipeline) {
        self.init(outcome: pipeline.process(data, path: path), sha256: sha256, size: data.count)
    }

    /// The file's bytes, unless it is too large to be a report or cannot be read.
    static func bytes(_ path: String) throws(Unreadable) -> Data {
        do { return try FileBytes.read(path, maxSize: maxSize) } catch {
            throw Unreadable(reason: error.summary, size: FileBytes.size(path))
        }
    }
}
