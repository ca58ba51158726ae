import Foundation

/// A regular expression compiled once, for asking whether a text matches it. Foundation's
/// `range(of:options: .regularExpression)` compiles its pattern again at every call, which cost
/// more than all the rest of laying out a page. One may be shared between threads: each match
/// checks the compiled pattern out, or clones it when another thread has it.
struct TextPattern: Sendable {
    private let regex: NSRegularExpression

    init(_ pattern: String) {
        regex = try! NSRegularExpression(pattern: pattern)
    }

    func matches(_ text: String) -> Bool {
        regex.rangeOfFirstMatch(in: text, range: NSRange(text.startIndex..., in: text)).location != NSNotFound
    }
}
