import Foundation
import Testing
import GoujiModel
import GoujiPipeline
import GoujiTestSupport

/// Scans whose tables have no ruling lines, read by OCR against the samples they were made from
/// (scripts/make-borderless-scan.sh): Fixtures/scans/pingtan-2024-borderless-150dpi.pdf is
/// samples/pingtan-2024.html with its tables' borders taken off, made a PDF by LibreOffice,
/// pages 1-2 scanned at 150 dpi, turned -0.6°, JPEG quality 25; tiantan-2024-text-150dpi.pdf is
/// samples/tiantan-2024.txt printed as plain text by LibreOffice (tables set with tabs in a
/// fixed-width font whose 0 is dotted), scanned at 150 dpi, turned 1°, JPEG quality 30.
@Suite struct BorderlessScanTests {
    static let root = PackageFiles.root

    /// The values read from `scan` that are numbers, and those of them the sample does not print.
    private func read(_ scan: String, against sample: String) throws -> (status: ReportStatus, read: [Value], wrong: [Value]) {
        let scanned = Pipeline().process(path: Self.root.appendingPathComponent("Tests/GoujiPipelineTests/Fixtures/scans/\(scan)").path)
        let report = try #require(scanned.report, "\(scanned.status): \(scanned.reason)")
        #expect(report.source.ocrPages == 2)
        let truth = try #require(Pipeline().process(path: Self.root.appendingPathComponent("samples/\(sample)").path).report).values
        let printed = Dictionary(truth.map { ($0.key, $0.number) }, uniquingKeysWith: { first, _ in first })
        let read = report.values.filter { $0.number != nil }
        let wrong = read.filter { printed[$0.key] != $0.number }
        // A value read wrong is never taken as sure, and the report is never ok with one.
        #expect(wrong.allSatisfy { $0.isUnsure }, "\(wrong.map { "\($0.key): \($0.raw) (\($0.confidence ?? 100))" })")
        #expect(wrong.isEmpty || scanned.status != .ok)
        #expect(read.allSatisfy { $0.confidence != nil })
        return (scanned.status, read, wrong)
    }

    @Test func aScanWithoutRulingLinesReadsAsItsSample() throws {
        let scan = try read("pingtan-2024-borderless-150dpi.pdf", against: "pingtan-2024.html")
        // The floor is what the reader does today (of the sample's 200 cells, those on these two
        // pages that reconstruct finds in the text PDF the scan was made from, less a few): a
        // change that reads less fails.
        #expect(scan.read.count >= 170, "\(scan.read.count) values read")
        #expect(scan.wrong.count <= 2)
    }

    /// List numbers whose full stop chi_sim leaves out (2. read by the digit reader as 22), a
    /// header whose 自然人 runs into the next label, dotted zeros read as B or 昌, a page whose
    /// two rows of 表二 share no columns, and 表四's one row, its last figure wrapped onto a line
    /// of its own: every table is read whole.
    @Test func aTextReportPrintedInAFixedWidthFontReadsAsItsSample() throws {
        let scan = try read("tiantan-2024-text-150dpi.pdf", against: "tiantan-2024.txt")
        #expect(scan.read.filter { $0.key.table == .t3 }.count == 175)
        #expect(scan.read.filter { $0.key.table == .t2 }.count == 10)
        #expect(scan.read.filter { $0.key.table == .t4 }.count == 15)
        #expect(scan.wrong.isEmpty)
    }
}
