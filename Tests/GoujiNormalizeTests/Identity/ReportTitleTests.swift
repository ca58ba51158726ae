import Testing
@testable import GoujiNormalize

@Suite struct ReportTitleTests {
    /// Swift Regex's `\d` takes any Unicode decimal digit, which `Int()` refuses: such a year is no year.
    @Test(arguments: ["某区20٢٤年政府信息公开工作年度报告", "某区20𝟐𝟒年政府信息公开工作年度报告"])
    func digitsOfOtherScriptsAreNoYear(title: String) {
        let read = ReportTitle(lines: [title, "20٢٤年，本机关收到申请20𝟐𝟒件。"])
        #expect(read.year == nil)
    }

    @Test func fullWidthDigitsAreAYear() {
        #expect(ReportTitle(lines: ["某区２０２４年政府信息公开工作年度报告"]).year == 2024)
    }
}
