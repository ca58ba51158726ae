import Testing
import GoujiModel
@testable import GoujiNormalize

@Suite struct NarrativeFiguresTests {
    @Test func findsTheFirstFigureOfEachKind() {
        let lines = ["2024 年，本机关共收到依申请公开事项 4 件，上年转接 1 件。", "其中行政复议 1 件，行政诉讼０件。", "共收到政府信息公开申请 9 件。"]
            .enumerated().map { TextLine($1, at: .line($0 + 1)) }
        let figures = NarrativeFigures.find(in: lines)
        #expect(figures.map(\.quantity) == [.received, .carriedOver, .reviews, .lawsuits])
        #expect(figures.map(\.number) == [4, 1, 1, 0])
        #expect(figures.first?.location == .line(1))
    }
}
