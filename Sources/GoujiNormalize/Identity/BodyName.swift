/// A publishing body's name among the page furniture around it, and the test of whether a text is one.
enum BodyName {
    /// The text with what is never part of a name taken off: a browser's print header (`12/7/26, 4:14 PM`),
    /// a URL, a label (`标题：`), markdown's heading marks. Folded to half width first.
    static func strippingFurniture(_ text: String) -> String {
        var text = LabelText.halfWidth(text)
        if text.utf8.contains(UInt8(ascii: "#")) { text = text.replacing("#", with: "") }
        // Each piece of furniture holds a slash or a colon: text without them is spared the regexes.
        if text.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") }) {
            text = text.replacing(Patterns.printHeader, with: "").replacing(Patterns.url, with: "")
                .replacing(Patterns.label, with: "")
        }
        return text.trimmingSpaces
    }

    /// The name as gouji matches it: half width, no spaces.
    static func normalized(_ name: String) -> String {
        String(LabelText.halfWidth(name).unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// Whether `name` (normalized) reads as a body's name: ideographs (and brackets) only, ending as an
    /// organ's or a division's name does, with none of the words of a sentence.
    static func isName(_ name: String) -> Bool {
        guard (2...40).contains(name.count),
              name.unicodeScalars.allSatisfy({ isIdeograph($0) || "()（）·".unicodeScalars.contains($0) }),
              !proseWords.contains(where: { name.includes($0) }), !name.hasSuffix("的")
        else { return false }
        let core = name.last == ")" || name.last == "）" ? name.replacing(Patterns.bracketed, with: "") : name
        return suffixes.contains { core.hasSuffix($0) }
    }

    /// Words of a sentence, or of the report's own title, which no body's name holds.
    private static let proseWords = ["关于", "根据", "按照", "本报告", "本机关", "以下", "我区", "我市", "我县", "我局", "条例",
                                     "格式", "中华人民共和国", "信息公开", "年报", "年度报告"]

    /// How the names of divisions, governments and their organs end.
    private static let suffixes = ["省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "街道", "处", "局", "委", "会",
                                   "办", "室", "厅", "院", "政府", "部", "署", "站", "所", "中心", "队", "馆", "社",
                                   "公司", "集团", "科", "庭", "署", "团", "司"]

    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }
}

/// nonisolated(unsafe): Regex is not Sendable, yet a literal is never changed after it is made and its lazy
/// compilation is stored atomically, so the patterns are safe to share between threads.
private enum Patterns {
    /// Chromium's print header and footer: `12/7/26, 4:14 PM`, and the page's address with `5/5`.
    nonisolated(unsafe) static let printHeader = /[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{2,4},?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AaPp][Mm])?/
    nonisolated(unsafe) static let url = /(?:https?|file):\/\/\S*|\s[0-9]+\/[0-9]+\s*$/
    nonisolated(unsafe) static let label = /^\s*(?:标题|题名|名称|文件名称|title)\s*[:：]\s*/.ignoresCase()
    nonisolated(unsafe) static let bracketed = /[(（][^)）]*[)）]$/
}
