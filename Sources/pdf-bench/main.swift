import Foundation
import GoujiExtract
import GoujiModel
import GoujiReconstruct

// pdf-bench FOLDER: extract + reconstruct every PDF in FOLDER, then `pdftotext -layout` on the
// same files, and print pages per second for each. Not a test: a yardstick for issue 3.

let arguments = CommandLine.arguments.dropFirst()
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: pdf-bench FOLDER\n".utf8))
    exit(64)
}
let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.lowercased().hasSuffix(".pdf") }.sorted()
    .map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("pdf-bench: no PDF in \(folder)\n".utf8))
    exit(66)
}

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

var pages = 0, failed = 0
let gouji = seconds {
    for path in files {
        do {
            let document = try Extractor().extract(path: path)
            pages += document.blocks.count { if case .page = $0 { return true } else { return false } }
            _ = Reconstructor().reconstruct(document)
        } catch {
            failed += 1
        }
    }
}
let pdftotext = seconds {
    for path in files {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", path, "/dev/null"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return }
        process.waitUntilExit()
    }
}
func rate(_ time: Double, pages: Int) -> String { String(format: "%7.1f pages/s  (%.3f s)", Double(pages) / time, time) }
print("\(files.count) files, \(pages) pages\(failed > 0 ? ", \(failed) unreadable" : "")")
print("gouji extract+reconstruct  \(rate(gouji, pages: pages))")
print("pdftotext -layout          \(rate(pdftotext, pages: pages))")
