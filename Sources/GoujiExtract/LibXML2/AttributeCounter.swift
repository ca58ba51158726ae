import Foundation

/// The most attributes any one start tag of a document has, counted in its bytes before libxml2 reads them.
/// libxml2 checks each attribute of a tag against all the tag's others, and so takes a time that grows with
/// the square of their number: one tag of 100,000 attributes took it half a minute. Counting first, in one
/// pass, lets such a tag be refused before libxml2 starts.
///
/// The count follows the start tag's syntax (a name, optionally `=` and a quoted or bare value), and skips
/// what is not markup: comments, CDATA sections, processing instructions, declarations and end tags, and
/// in HTML the raw text of `script` and `style`.
enum AttributeCounter {
    /// The largest count, or the first count over `limit`, where there is one (no need to read on).
    static func most(in data: Data, html: Bool, limit: Int) -> Int {
        data.withUnsafeBytes { raw in
            var scanner = Scanner(bytes: raw.bindMemory(to: UInt8.self), html: html)
            return scanner.most(limit: limit)
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let html: Bool
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>, html: Bool) {
            self.bytes = bytes; self.html = html
        }

        mutating func most(limit: Int) -> Int {
            var most = 0
            while let open = find(UInt8(ascii: "<")) {
                index = open + 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "!"):
                    if starts(with: "!--") { skip(past: "-->") } else if starts(with: "![CDATA[") { skip(past: "]]>") } else { skip(past: ">") }
                case UInt8(ascii: "?"):
                    skip(past: html ? ">" : "?>")
                case let byte where startsName(byte):
                    let nameStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
                        index += 1
                    }
                    let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
                    let count = attributes(limit: limit)
                    if count > limit { return count }
                    most = max(most, count)
                    if html, name == "script" || name == "style" { skipRawText(until: "</" + name) }
                default:
                    // An end tag, or a `<` that starts no tag (HTML lets one stand in text).
                    continue
                }
            }
            return most
        }

        /// The attributes of the start tag whose name was just read, up to its `>`; counting stops past `limit`.
        private mutating func attributes(limit: Int) -> Int {
            var count = 0
            while index < bytes.count, count <= limit {
                let byte = bytes[index]
                if isSpace(byte) || byte == UInt8(ascii: "/") {
                    index += 1
                } else if byte == UInt8(ascii: ">") {
                    index += 1
                    return count
                } else if byte == UInt8(ascii: "=") {
                    // A value without a name: not an attribute.
                    index += 1
                    skipValue()
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    index += 1
                    skip(pastByte: byte)
                } else {
                    count += 1
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") {
                        index += 1
                    }
                    skipSpaces()
                    if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                        index += 1
                        skipValue()
                    }
                }
            }
            return count
        }

        private mutating func skipValue() {
            skipSpaces()
            guard index < bytes.count else { return }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                skip(pastByte: quote)
            } else {
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            }
        }

        private mutating func skipSpaces() {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        }

        /// Moves past the next `byte` (to the end if there is none).
        private mutating func skip(pastByte byte: UInt8) {
            index = find(byte).map { $0 + 1 } ?? bytes.count
        }

        /// Moves past the next `text` (to the end if there is none).
        private mutating func skip(past text: String) {
            let pattern = Array(text.utf8)
            while let at = find(pattern[0]) {
                index = at
                if starts(with: pattern) {
                    index += pattern.count
                    return
                }
                index += 1
            }
            index = bytes.count
        }

        /// Moves to the next `text`, ignoring ASCII case (the end tag of a script or style).
        private mutating func skipRawText(until text: String) {
            let pattern = Array(text.utf8)
            while let at = find(pattern[0]) {
                index = at
                if index + pattern.count <= bytes.count,
                   zip(bytes[index..<index + pattern.count], pattern).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) }) {
                    return
                }
                index += 1
            }
            index = bytes.count
        }

        private func starts(with text: String) -> Bool { starts(with: Array(text.utf8)) }

        private func starts(with pattern: [UInt8]) -> Bool {
            index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
        }

        /// The index of the next `byte` from `index`, if any.
        private func find(_ byte: UInt8) -> Int? {
            guard index < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + index, Int32(byte), bytes.count - index) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        private func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        }

        private func startsName(_ byte: UInt8) -> Bool {
            byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }
    }
}
