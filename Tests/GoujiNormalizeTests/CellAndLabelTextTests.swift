import Foundation
import Testing
@testable import GoujiNormalize

@Suite struct CellNumberTests {
    @Test(arguments: [
        ("12", Decimal(12)), ("０", Decimal(0)), ("1,234", Decimal(1234)), ("0件", Decimal(0)),
        ("22（其中修订16件）", Decimal(22)), ("5949.088667", Decimal(string: "5949.088667")!),
        ("75394432.52元", Decimal(string: "75394432.52")!), ("-15", Decimal(-15)), (" 7 ", Decimal(7)),
        ("+3", Decimal(3)), ("1,234件", Decimal(1234)), ("0.5", Decimal(string: "0.5")!),
    ])
    func numbers(raw: String, expected: Decimal) {
        #expect(CellNumber.read(raw) == .number(expected))
    }

    @Test(arguments: ["", "/", "-", "—", "无", "　", "／"])
    func noValueIsNotZero(raw: String) {
        #expect(CellNumber.read(raw) == .noValue)
    }

    @Test(arguments: ["自然人", "N/A", "1,23", "1.2.3", "二十", "1.", ".5", "+", "12a", "件"])
    func textIsText(raw: String) {
        #expect(CellNumber.read(raw) == .text)
    }
}

@Suite struct LabelTextTests {
    @Test func coreDropsNumberingSpacesAndPunctuation() {
        #expect(LabelText.core("（三）不予公开") == "不予公开")
        #expect(LabelText.core("1. 属于国家秘密") == "属于国家秘密")
        #expect(LabelText.core("(1)属于国家秘密") == "属于国家秘密")
        #expect(LabelText.core("一、本年新收政府信息公开申请数量") == "本年新收政府信息公开申请数量")
        #expect(LabelText.core("5、属于三类内部事务信息") == "属于三类内部事务信息")
        #expect(LabelText.core("危及“三安全一稳定”") == "危及三安全一稳定")
    }

    @Test func wordsAreFoundWhereTheyStand() {
        let text = "依据第二十条第九项"
        let range = text.range(ofWord: "第二十条")
        #expect(range.map { String(text[$0]) } == "第二十条")
        #expect(range.map { String(text[..<$0.lowerBound]) } == "依据")
        #expect(text.includes("九项") && text.includes(text))
        #expect(!text.includes("第二十一条") && !"九项".includes(text))
        // A place ending as the word does but holding another is passed over for the first whole one.
        let repeated = "条第条第二十条第二十条"
        #expect(repeated.range(ofWord: "第二十条").map { String(repeated[..<$0.lowerBound]) } == "条第条")
        #expect("1,234,5".range(ofWord: ",").map { "1,234,5".utf8.distance(from: "1,234,5".startIndex, to: $0.lowerBound) } == 1)
        #expect("九项".includes("") && !"".includes("九"))
    }

    @Test func matcherTakesTyposAndTheMostSpecificLabel() {
        let matcher = T3Reader.rowMatcher
        #expect(matcher.match("2.其他法律行政止公开") == "denied.law_forbidden")
        #expect(matcher.match("3. 其他") == "other.other")
        #expect(matcher.match("（六）其他处理") == "other")
        #expect(matcher.match("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") == "partial")
        #expect(matcher.match("（七）总计") == "total")
        #expect(matcher.match("申请人情况") == nil)
    }

    /// A label read by OCR with a character misread is taken for the one row it is far nearer
    /// than any other; as printed text it stays unmatched, and so does a reading as near to two.
    @Test func aLabelReadByOCRWithACharacterWrongIsItsRow() {
        let t3 = T3Reader.rowMatcher
        #expect(t3.match("2.重修申请") == nil)
        #expect(t3.match(read: "2.重修申请") == "not_processed.repeat")
        #expect(t3.match(read: "(一)了以公开") == "granted")
        #expect(t3.match(read: "1.属于国家秘密") == "denied.state_secret")
        // Two characters of four wrong: no row.
        #expect(t3.match(read: "2.重修中请") == nil)
        // Short labels have no room for a misread character.
        #expect(t3.match(read: "3.其它") == nil)
        // As near to 行政处罚 as to 行政强制: neither.
        let t2 = LabelMatcher(candidates: [.init(key: "penalty", cores: ["行政处罚"]), .init(key: "coercion", cores: ["行政强制"]),
                                           .init(key: "licensing", cores: ["行政许可"])], threshold: 0.85)
        #expect(t2.match(read: "行政处色") == "penalty")
        #expect(t2.match(read: "行政处制") == nil)
    }

    /// Read by OCR, the part of a label a page break cut is its row's where that row's label
    /// alone starts so, in three characters or more; as printed, and shorter, it is no row's.
    @Test func theStartOfALabelCutByAPageBreakIsItsRow() {
        let t3 = T3Reader.rowMatcher
        #expect(t3.match(read: "3.危及“三") == "denied.three_safety")
        #expect(t3.match("3.危及“三") == nil)
        #expect(t3.match(read: "3.危及") == nil)
        #expect(t3.match(read: "5.属于三") == "denied.internal_affairs")
        // 申请人 opens two rows' labels.
        #expect(t3.match(read: "1.申请人") == nil)
    }
}
