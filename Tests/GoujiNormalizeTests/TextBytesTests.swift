import Testing
@testable import GoujiNormalize

@Suite struct TextBytesTests {
    @Test(arguments: [("本年新收政府信息公开申请数量", "本年", 0), ("本年新收政府信息公开申请数量", "数量", 36),
                      ("本年新收政府信息公开申请数量", "公开申请", 24), ("本年新收", "本年新收政府", nil),
                      ("本年新收", "结转", nil), ("a本年", "", 0), ("", "本", nil), ("收收收", "收收", 0)])
    func aWordIsFoundWhereItFirstStands(_ text: String, _ word: String, _ offset: Int?) {
        #expect(text.range(ofWord: word).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } == offset)
        #expect(text.includes(word) == (offset != nil))
    }

    @Test func aWordIsFoundInAStringThatLendsNoBytes() {
        // A bridged or lazily made string may keep no contiguous UTF-8: the search copies it first.
        let text = String(decoding: Array("（三）不予公开".utf16), as: UTF16.self)
        #expect(text.includes("不予公开") && !text.includes("予以公开"))
    }

    @Test func keptScalarsAreWrittenAndDroppedOnesLeftOut() {
        #expect(TextBytes.string(of: "１、属于 国家秘密") { $0.properties.isWhitespace ? nil : $0 } == "１、属于国家秘密")
        #expect(TextBytes.string(of: "ＡＢ　c") { $0.value == 0x3000 ? " " : $0 } == "ＡＢ c")
        #expect(TextBytes.string(of: "") { $0 }.isEmpty)
    }
}
