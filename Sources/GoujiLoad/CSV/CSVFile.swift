import Foundation

/// A CSV file written in one go: records go to a temporary file beside it, which replaces the file only when
/// `finish()` succeeds, so a failed or killed export never leaves half a file under the real name. The
/// temporary file is this process's own: two runs exporting to one folder at once each put a whole file
/// in place, the later one last.
final class CSVFile {
    private let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer = Data()
    private var finished = false

    /// Starts the file with its header record, after a UTF-8 byte order mark if `bom` (which Excel needs).
    init(path: String, header: [String], bom: Bool) throws {
        self.path = path
        temporaryPath = path + ".\(getpid()).partial"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw LoadError(path, .cannotWrite("cannot create \(temporaryPath)"))
        }
        self.handle = handle
        if bom { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        try write(header)
    }

    deinit {
        try? handle.close()
        if !finished { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }

    func write(_ fields: [String?]) throws {
        buffer.append(contentsOf: CSV.record(fields).utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is left and puts the file in place.
    func finish() throws {
        try flush()
        do {
            try handle.close()
        } catch {
            throw LoadError(path, .cannotWrite(error.localizedDescription))
        }
        // rename(2) replaces the old file atomically: a reader sees the old export or the new one.
        guard rename(temporaryPath, path) == 0 else {
            throw LoadError(path, .cannotWrite(String(cString: strerror(errno))))
        }
        finished = true
    }

    private func flush() throws {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw LoadError(path, .cannotWrite(error.localizedDescription))
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
