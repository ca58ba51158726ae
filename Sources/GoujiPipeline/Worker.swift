import Foundation
import GoujiLoad
import GoujiModel

/// The child side of an isolated batch (`gouji worker`): reads NUL-terminated file paths on
/// standard input and answers each with one `WireFrame`, the file's `FileOutcome`. A crash inside
/// poppler or libxml2 then ends this process only, and the batch reports that one file.
public enum Worker {
    /// A file name on which the worker aborts, so that tests can crash it on purpose.
    /// Only the worker honours it.
    public static let crashHook = "GOUJI_WORKER_CRASH_ON"

    public static func serve(rules: Set<String>, ocr: Bool = true) {
        let pipeline = Pipeline(rules: rules, ocr: ocr)
        let crashOn = ProcessInfo.processInfo.environment[crashHook]
        var pending = Data()
        while true {
            let chunk = FileHandle.standardInput.availableData
            if chunk.isEmpty { return }
            pending.append(chunk)
            while let end = pending.firstIndex(of: 0) {
                let path = String(decoding: pending[pending.startIndex..<end], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...end)
                if let crashOn, SourceFile(path: path, kind: .unknown).name == crashOn { abort() }
                let answer = WireFrame.encode(FileOutcome(reading: path, with: pipeline))
                // A write that fails means the batch is gone (killed, or crashed): nobody is left to tell.
                do { try FileHandle.standardOutput.write(contentsOf: answer) } catch { return }
            }
        }
    }
}
