import Foundation
import Testing
import GoujiModel
@testable import GoujiValidate

/// Why a report read by OCR whose rules fail needs review, and the reading that would balance it.
@Suite struct OCRReviewTests {
    /// A balanced 表四 read by OCR with high confidence: each group 1 upheld + 1 pending = 2.
    private func scanned() -> Report {
        var values: [Value] = []
        for group in CanonicalModel.t4Groups {
            for (result, n) in zip(CanonicalModel.t4Results, [1, 0, 0, 1, 2] as [Decimal]) {
                values.append(Value(CellKey(.t4, "all", "\(group).\(result)"), number: n, raw: "\(n)", at: .line(1), confidence: 99))
            }
        }
        return Report(source: SourceFile(path: "r.pdf", kind: .pdf, ocrPages: 1), year: 2024, values: values)
    }

    private func reading(_ report: Report, _ column: String, as raw: String, confidence: Double) -> Report {
        var report = report
        let index = report.values.firstIndex { $0.key == CellKey(.t4, "all", column) }!
        report.values[index].number = Decimal(string: raw)
        report.values[index].raw = raw
        report.values[index].confidence = confidence
        return report
    }

    @Test func aBalancedScanNeedsNoReview() {
        #expect(Validator().ocrReview(of: scanned()) == nil)
    }

    /// 2 read as 29 with low confidence: the reason names the reading one character away that
    /// balances; the value stays as read.
    @Test func anUnsureMisreadingNamesTheReadingThatWouldBalance() throws {
        let report = reading(scanned(), "review.total", as: "29", confidence: 30)
        let reason = try #require(Validator().ocrReview(of: report))
        #expect(reason.contains("t4.all[review.total]") || reason.contains("review.total"))
        #expect(reason.contains("read \"29\"; 2, one character from it, would balance"), "\(reason)")
        #expect(report.values.first { $0.key == CellKey(.t4, "all", "review.total") }?.number == 29)
    }

    /// A reading far from the balancing number is not offered as a misreading.
    @Test func aReadingFarFromTheBalanceNamesNoAlternative() throws {
        let reason = try #require(Validator().ocrReview(of: reading(scanned(), "review.total", as: "45", confidence: 30)))
        #expect(reason.contains("low confidence") && !reason.contains("would balance"), "\(reason)")
    }

    /// 45 read where the other engine read 2: that reading balances, and is named as OCR's own;
    /// an other reading somewhere else on the page is not this cell's.
    @Test func whatOCRAlsoReadThereIsNamedWhenItWouldBalance() throws {
        var report = reading(scanned(), "review.total", as: "45", confidence: 30)
        let cell = Box(x: 100, y: 200, width: 12, height: 8)
        let index = report.values.firstIndex { $0.key == CellKey(.t4, "all", "review.total") }!
        report.values[index].location = .page(1, cell)
        let here = OtherReading(box: Box(x: 100.5, y: 200, width: 11, height: 8), texts: ["48", "2"])
        let reason = try #require(Validator().ocrReview(of: report, otherReadings: [1: [here]]))
        #expect(reason.contains("read \"45\"; 2, what OCR also read there, would balance"), "\(reason)")
        #expect(report.values[index].number == 45)

        let elsewhere = OtherReading(box: Box(x: 300, y: 200, width: 11, height: 8), texts: ["2"])
        let unnamed = try #require(Validator().ocrReview(of: report, otherReadings: [1: [elsewhere], 2: [here]]))
        #expect(!unnamed.contains("would balance"), "\(unnamed)")
    }

    @Test func oneCharacterChangedAddedOrDropped() {
        #expect(Validator.oneEditApart(Array("795"), Array("75")))
        #expect(Validator.oneEditApart(Array("29"), Array("25")))
        #expect(Validator.oneEditApart(Array("7"), Array("17")))
        #expect(!Validator.oneEditApart(Array("45"), Array("2")))
        #expect(!Validator.oneEditApart(Array("12"), Array("21")))
    }
}
