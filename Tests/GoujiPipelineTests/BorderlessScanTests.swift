import Foundation
import Testing
import GoujiModel
import GoujiPipeline
import GoujiTestSupport

/// A scan whose tables have no ruling lines, read by OCR against the sample it was made from:
/// Fixtures/scans/pingtan-2024-borderless-150dpi.pdf is samples/pingtan-2024.html with its
/// tables' borders taken off, made a PDF by LibreOffice, pages 1-2 scanned at 150 dpi, turned
/// -0.6°, JPEG quality 25 (scripts/make-borderless-scan.sh).
@Suite struct BorderlessScanTests {
    static let root = PackageFiles.root
    static let scan = root.appendingPathComponent("Tests/GoujiPipelineTests/Fixtures/scans/pingtan-2024-borderless-150dpi.pdf").path
    static let original = root.appendingPathComponent("samples/pingtan-2024.html").path

    @Test func aScanWithoutRulingLinesReadsAsItsSample() throws {
        let scanned = Pipeline().process(path: Self.scan)
        let report = try #require(scanned.report, "\(scanned.status): \(scanned.reason)")
        #expect(report.source.ocrPages == 2)
        let truth = try #require(Pipeline().process(path: Self.original).report).values
        let printed = Dictionary(truth.map { ($0.key, $0.number) }, uniquingKeysWith: { first, _ in first })
        let read = report.values.filter { $0.number != nil }
        // The floor is what the reader does today (of the sample's 200 cells, those on these two
        // pages that reconstruct finds in the text PDF the scan was made from, less a few): a
        // change that reads less fails.
        #expect(read.count >= 170, "\(read.count) values read")
        let wrong = read.filter { printed[$0.key] != $0.number }
        let described = wrong.map { "\($0.key): \($0.raw) (\($0.confidence ?? 100))" }
        // A value read wrong is never taken as sure, and the report is never ok with one.
        #expect(wrong.allSatisfy { $0.isUnsure }, "\(described)")
        #expect(wrong.isEmpty || scanned.status != .ok)
        #expect(wrong.count <= 2, "\(described)")
        #expect(read.allSatisfy { $0.confidence != nil })
    }
}
