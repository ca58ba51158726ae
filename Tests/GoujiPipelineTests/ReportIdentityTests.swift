import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiPipeline

/// Who, where and when, through the whole pipeline on text reports the tests write.
@Suite struct ReportIdentityTests {
    private func text(title: String, signature: [String] = []) -> Data {
        let lines = [title, "三、收到和处理政府信息公开申请情况", Fixtures.t3Header,
                     Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 1)])] + signature
        return Data(lines.joined(separator: "\n").utf8)
    }

    /// A title whose year is written in digits of another script is answered, not a crash.
    @Test(arguments: ["20٢٤", "20𝟐𝟒"])
    func aYearInOtherDigitsIsAnswered(year: String) {
        let outcome = Pipeline().process(text(title: "某区\(year)年政府信息公开工作年度报告"), path: "digits.txt")
        #expect(outcome.report?.year == nil)
        #expect(outcome.status == .needsReview)
    }
}
