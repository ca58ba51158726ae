import Foundation
import GoujiPipeline

extension Measurement {
    /// The OCR table: `gouji run` on one core over a folder of scanned PDFs (image-only pages),
    /// beside the `tesseract` command reading the same pages whole, one image after the other on
    /// one core, from PNGs pdftoppm renders at the scans' 200 dpi beforehand (untimed). gouji
    /// reads the cells of the tables alone; the command line reads every line of the page. Both
    /// with one OpenMP thread.
    func ocrTable(_ folder: String) throws {
        let pdfs = try InputFiles.expand([folder]).filter(\.isPDFName)
        guard !pdfs.isEmpty else { throw BenchError("\(folder): no PDF in it") }
        guard let pdftoppm = executable("pdftoppm") else { throw BenchError("pdftoppm not found (poppler-utils)") }
        let images = work.appendingPathComponent("ocr-pages")
        try? FileManager.default.removeItem(at: images)
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        note("rendering the pages of \(pdfs.count) scans at 200 dpi for the tesseract command")
        for (k, pdf) in pdfs.enumerated() {
            let made = try ChildRun.run([pdftoppm, "-r", "200", "-gray", "-png", pdf, images.appendingPathComponent("scan\(k)").path], quiet: true)
            guard made.status == 0 else { throw BenchError("pdftoppm failed on \(pdf) (exit status \(made.status))") }
        }
        let pngs = try FileManager.default.contentsOfDirectory(atPath: images.path).filter { $0.hasSuffix(".png") }.sorted()
            .map { images.appendingPathComponent($0).path }
        let idle = machine
        let gouji = try batch(pdfs, jobs: 1, name: "ocr-one-core")
        var yardstick: ChildRun?
        if let tesseract = executable("tesseract") {
            note("tesseract, whole pages, \(pngs.count) images")
            // One OpenMP thread, as gouji's workers have: what tesseract's own documentation
            // advises for many images at once, and its fastest per core.
            let loop = #"for image do OMP_THREAD_LIMIT=1 "$0" "$image" - -l chi_sim >/dev/null 2>&1 || exit 1; done"#
            let run = try ChildRun.run(try onOneCore(["/bin/sh", "-c", loop, tesseract] + pngs), quiet: true)
            guard run.status == 0 else { throw BenchError("tesseract failed on one of the pages (exit status \(run.status))") }
            yardstick = run
        }
        print("\(folder): \(pdfs.count) scanned reports, \(pngs.count) pages; \(idle) before the runs")
        var rows = Rows()
        rows.add("gouji run, 1 core, scans", gouji, reports: pdfs.count, pages: pngs.count)
        if let yardstick {
            rows.add("tesseract command, whole pages", seconds: yardstick.seconds, cpu: yardstick.cpuSeconds,
                     reports: pdfs.count, pages: pngs.count)
        }
        print(rows.text)
        let perCore = Double(pngs.count) / gouji.cpuSeconds
        if let yardstick {
            print(String(format: "OCR pages per second per core: gouji %.2f, tesseract command %.2f (goal: at least 1, and faster than the command)",
                         perCore, Double(pngs.count) / yardstick.cpuSeconds))
        } else {
            print(String(format: "OCR pages per second per core: gouji %.2f (goal: at least 1); tesseract not found (tesseract-ocr)", perCore))
        }
        print()
    }
}
