import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiExtract
@testable import GoujiPipeline

/// A damaged report says it is damaged, with poppler's count of errors, rather than "not a report": poppler's
/// errors are counted, not hidden.
@Suite struct DamagedPDFTests {
    static let sample = PackageFiles.root.appendingPathComponent("samples/suqian-2024.pdf")

    /// The sample with `bytes` bytes of the middle of its streams garbled: those given, or every one.
    static func damaged(streams chosen: Set<Int>? = nil, bytes: Int = 40) throws -> Data {
        let data = try Data(contentsOf: sample)
        var damaged = data
        var from = data.startIndex, index = 0
        while let start = data.range(of: Data("stream\n".utf8), in: from..<data.endIndex),
              let end = data.range(of: Data("endstream".utf8), in: start.upperBound..<data.endIndex) {
            if chosen?.contains(index) ?? true {
                let middle = (start.upperBound + end.lowerBound) / 2
                for offset in max(start.upperBound, middle - bytes / 2)..<min(middle + bytes / 2, end.lowerBound) { damaged[offset] ^= 0x5A }
            }
            from = end.upperBound
            index += 1
        }
        return damaged
    }

    @Test func theSampleReadsWithoutDamage() throws {
        let document = try PDFExtractor.extract(try Data(contentsOf: Self.sample), path: "suqian-2024.pdf", ocr: false)
        #expect(document.damage == nil)
    }

    /// Every stream garbled: no table is found, and the reason says the file is damaged first.
    @Test func aDamagedReportWithoutTablesIsDamaged() throws {
        let outcome = Pipeline(ocr: false).process(try Self.damaged(), path: "suqian-2024.pdf")
        #expect(outcome.status == .failed)
        #expect(outcome.reason.hasPrefix("corrupt: the file is damaged (poppler reported "), "\(outcome.reason)")
        #expect(outcome.reason.contains(" errors reading it, the first: "), "\(outcome.reason)")
        #expect(outcome.reason.contains("); in what could be read: "), "\(outcome.reason)")
        #expect(!outcome.reason.contains("\n"))
    }

    /// The first stream garbled (the page holding 表二 and 表三 begins there): the tables not found are
    /// said to be in a damaged file.
    @Test func aDamagedReportMissingTablesSaysItIsDamaged() throws {
        let outcome = Pipeline(ocr: false).process(try Self.damaged(streams: [0]), path: "suqian-2024.pdf")
        #expect(outcome.status == .needsReview)
        #expect(outcome.reason.contains("表三 not found; the file is damaged: poppler reported "), "\(outcome.reason)")
    }

    /// With OCR off, a damaged file whose pages lost all their text is damaged, not a scan needing OCR.
    @Test func aDamagedReportWithoutTextIsDamagedNotAScan() throws {
        let outcome = Pipeline(ocr: false).process(try Self.damaged(bytes: 100_000), path: "suqian-2024.pdf")
        #expect(outcome.status == .failed)
        #expect(outcome.reason.hasPrefix("corrupt: the file is damaged (poppler reported "), "\(outcome.reason)")
        #expect(outcome.reason.hasSuffix("), and no page has text left"), "\(outcome.reason)")
    }
}
