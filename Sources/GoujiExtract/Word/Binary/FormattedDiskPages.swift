/// The formatted disk pages (FKPs, [MS-DOC] 2.9.85 and 2.9.181) that give stretches of the
/// WordDocument stream their paragraph or character properties, found through a bin table
/// (PlcBtePapx, PlcBteChpx) of the table stream. Pages are read when first asked for and kept:
/// however a damaged bin table repeats them, each is read once.
struct FormattedDiskPages {
    enum Kind {
        /// A PapxFkp: 13-byte entries, properties led by a size in 16-bit words and a style.
        case paragraph
        /// A ChpxFkp: 1-byte entries, properties led by a size in bytes.
        case character
    }

    /// A stretch of the stream and its property list (empty: the defaults).
    struct Run {
        let bytes: Range<Int>
        let grpprl: ArraySlice<UInt8>
    }

    private struct Page {
        var starts: [Int]
        var grpprls: [ArraySlice<UInt8>]
    }

    private let kind: Kind
    private let document: LittleEndianBytes
    /// The bin table: page `pages[i]` covers the stream from `starts[i]` to `starts[i + 1]`.
    private let starts: [Int]
    private let pages: [Int]
    private var read: [Int: Page] = [:]

    private static let pageSize = 512

    init(_ kind: Kind, binTable range: Range<Int>, in table: LittleEndianBytes, document: LittleEndianBytes) throws(WordBinaryDamage) {
        self.kind = kind; self.document = document
        guard range.count >= 4 else { starts = []; pages = []; return }
        let count = (range.count - 4) / 8
        starts = try (0...count).map { (index) throws(WordBinaryDamage) in Int(try table.u32(range.lowerBound + 4 * index)) }
        pages = try (0..<count).map { (index) throws(WordBinaryDamage) in
            Int(try table.u32(range.lowerBound + 4 * (count + 1) + 4 * index) & 0x3F_FFFF)
        }
    }

    /// The run holding the stream's byte `offset`.
    mutating func run(at offset: Int) throws(WordBinaryDamage) -> Run {
        let none = Run(bytes: offset..<offset + 1, grpprl: [])
        guard let index = Self.lastIndex(in: starts, notAfter: offset), index < pages.count, offset < starts[index + 1] else { return none }
        let page = try page(pages[index])
        guard let entry = Self.lastIndex(in: page.starts, notAfter: offset), entry < page.grpprls.count,
              offset < page.starts[entry + 1] else { return none }
        return Run(bytes: page.starts[entry]..<page.starts[entry + 1], grpprl: page.grpprls[entry])
    }

    private mutating func page(_ number: Int) throws(WordBinaryDamage) -> Page {
        if let page = read[number] { return page }
        let bytes = Array(try document.slice(number * Self.pageSize, Self.pageSize))
        let count = Int(bytes[Self.pageSize - 1])
        let entrySize = kind == .paragraph ? 13 : 1
        let entries = 4 * (count + 1)
        guard entries + entrySize * count < Self.pageSize else {
            throw WordBinaryDamage("a page of its \(kind) properties claims \(count) entries, more than fit")
        }
        func u32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        var page = Page(starts: (0...count).map { u32(4 * $0) }, grpprls: [])
        for index in 0..<count {
            let at = 2 * Int(bytes[entries + entrySize * index])
            guard at > 0 else { page.grpprls.append([]); continue }
            // Where the list starts and how long it is, by the page's kind.
            var start = at + 1, length = at < Self.pageSize ? Int(bytes[at]) : -1
            if kind == .paragraph {
                if length == 0, at + 1 < Self.pageSize { start = at + 2; length = 2 * Int(bytes[at + 1]) } else { length = 2 * length - 1 }
                start += 2; length -= 2 // past the style (istd)
            }
            guard length >= 0, start + length <= Self.pageSize else {
                throw WordBinaryDamage("a page of its \(kind) properties holds a property list beyond the page")
            }
            page.grpprls.append(bytes[start..<start + length])
        }
        read[number] = page
        return page
    }

    /// The last index whose value is at most `value`, in ascending `values`.
    private static func lastIndex(in values: [Int], notAfter value: Int) -> Int? {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
