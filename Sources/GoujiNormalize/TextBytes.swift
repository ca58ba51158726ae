import Foundation

/// The module's only unsafe text code, each bound checked: strings written straight into their
/// own storage, and words searched for in the bytes strings lend. Labels are compared and gathered
/// millions of times in a batch; going through characters or Foundation costs several times more.
enum TextBytes {
    /// The text's scalars as `kept` gives them back (nil drops one), their UTF-8 written into the
    /// new string's own storage, without an array between. A kept scalar may not encode longer than
    /// the one it replaces: the text's length is all the room there is.
    static func string(of text: some StringProtocol, keeping kept: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { utf8 in
            var count = 0
            for scalar in text.unicodeScalars {
                guard let scalar = kept(scalar) else { continue }
                precondition(count + UTF8.width(scalar) <= utf8.count, "a kept scalar encodes longer than the text")
                UTF8.encode(scalar) { utf8[count] = $0; count += 1 }
            }
            return count
        }
    }

    /// The byte offset where `word` first occurs in `text`. Places are found by the word's last
    /// byte, which memchr looks for many bytes at a time: in CJK text it is a continuation byte, one
    /// in a hundred or so, where a first byte is one in several. Found in order, the first place
    /// that holds the whole word is the first occurrence.
    static func offset(of word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let last = word.last else { return 0 }
        guard word.count <= text.count, let base = text.baseAddress, let wordBytes = word.baseAddress else { return nil }
        let length = text.count, rest = word.count - 1
        // The word's last byte can stand no earlier than `rest`: the word's start is never before the text's.
        var from = rest
        while from < length, let hit = memchr(base + from, Int32(last), length - from) {
            let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            precondition(end >= rest && end < length, "memchr answered outside the bytes it was given")
            if memcmp(base + end - rest, wordBytes, rest) == 0 { return end - rest }
            from = end + 1
        }
        return nil
    }
}

extension String {
    /// Where `word` first occurs, compared byte for byte. This module's Foundation import would
    /// otherwise pick Foundation's `contains` and `range(of:)`, which fold character clusters at
    /// every call: labels never need that.
    func range(ofWord word: String) -> Range<Index>? {
        guard let offset = utf8Offset(of: word) else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: word.utf8.count)
    }

    /// Whether `word` occurs in the string, compared byte for byte.
    func includes(_ word: String) -> Bool { utf8Offset(of: word) != nil }

    /// The byte offset where `word` first occurs. The bytes are read where they lie (a native
    /// string's always do) rather than from copies made mutable for `withUTF8`.
    private func utf8Offset(of word: String) -> Int? {
        // The search's answer, wrapped once for each string, nil where it lent no bytes.
        if let lent = utf8.withContiguousStorageIfAvailable({ text in
            word.utf8.withContiguousStorageIfAvailable { TextBytes.offset(of: $0, in: text) }
        }), let searched = lent {
            return searched
        }
        var text = self, word = word
        return text.withUTF8 { text in word.withUTF8 { TextBytes.offset(of: $0, in: text) } }
    }
}
