import Foundation
import GoujiModel

/// Seeded random inputs: the same seed gives the same inputs, so whatever a run finds can be
/// run again.
struct Fuzz: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Pieces worth inserting: what the readers look for and what breaks them.
    static let pieces = ["表三", "表二", "表四", "总计", "\t", "\n", "\r\n", "  ", "0", "9", "-1", "99999999999999999999", "1.5",
                         "/", "—", "无", "一、", "（一）", "<td colspan=\"99999\">", "<td rowspan=\"0\">", "<tr>", "</table>",
                         "<table>", "<w:tc><w:tcPr><w:gridSpan w:val=\"-3\"/><w:vMerge/></w:tcPr>", "<w:tr>", "</w:tbl>",
                         "&#0;", "&amp;", "\u{FEFF}", "\u{0}", "\u{FFFD}", "年度报告", "2019", "2021"].map { Data($0.utf8) }

    /// One to four of: a bit flip, a cut, an insertion, a deletion, a line swapped, doubled or dropped.
    mutating func mutate(_ input: Data) -> Data {
        var bytes = [UInt8](input)
        for _ in 0..<Int.random(in: 1...4, using: &self) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &self)
            switch Int.random(in: 0..<7, using: &self) {
            case 0: if !bytes.isEmpty { bytes[at] ^= 1 << UInt8.random(in: 0..<8, using: &self) }
            case 1: bytes.removeSubrange(at...)
            case 2: bytes.insert(contentsOf: Self.pieces.randomElement(using: &self)!, at: at)
            case 3: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &self)))
            default:
                var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                guard lines.count > 1 else { continue }
                let a = Int.random(in: 0..<lines.count, using: &self), b = Int.random(in: 0..<lines.count, using: &self)
                switch Int.random(in: 0..<3, using: &self) {
                case 0: lines.swapAt(a, b)
                case 1: lines.insert(lines[a], at: b)
                default: lines.remove(at: a)
                }
                bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            }
        }
        return Data(bytes)
    }

    /// Numbers a binary format's readers trip on: ends of ranges, sign bits, the compound file's
    /// "end of chain" and "free" markers.
    static let binaryValues: [UInt32] = [0, 1, 0x7F, 0x80, 0xFF, 0x1FF, 0x200, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000,
                                         0xFFFF_FFFE, 0xFFFF_FFFF]

    /// One to eight of: a bit flip, a byte or a little-endian 32-bit word set to one of
    /// `binaryValues`, four bytes copied from elsewhere, a cut. With `head`, half of them fall in
    /// its first bytes, where a binary format keeps its offsets and counts.
    mutating func mutateBinary(_ input: Data, head: Int = 0) -> Data {
        var bytes = [UInt8](input)
        guard !bytes.isEmpty else { return input }
        for _ in 0..<Int.random(in: 1...8, using: &self) {
            guard !bytes.isEmpty else { break }
            let span = head > 0 && Bool.random(using: &self) ? min(head, bytes.count) : bytes.count
            let at = Int.random(in: 0..<span, using: &self)
            switch Int.random(in: 0..<10, using: &self) {
            case 0..<3: bytes[at] ^= 1 << UInt8.random(in: 0..<8, using: &self)
            case 3..<5: bytes[at] = UInt8(truncatingIfNeeded: Self.binaryValues.randomElement(using: &self)!)
            case 5..<8:
                let value = Bool.random(using: &self) ? Self.binaryValues.randomElement(using: &self)! : UInt32.random(in: 0...4096, using: &self)
                for index in 0..<4 where at + index < bytes.count { bytes[at + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
            case 8:
                let from = Int.random(in: 0..<bytes.count, using: &self)
                for index in 0..<4 where at + index < bytes.count && from + index < bytes.count { bytes[at + index] = bytes[from + index] }
            default:
                if Int.random(in: 0..<4, using: &self) == 0 { bytes.removeSubrange(at...) }
            }
        }
        return Data(bytes)
    }

    /// A table with ragged rows and spans of any size, zero and negative included.
    mutating func table() -> SourceTable {
        let rows = (0..<Int.random(in: 0...12, using: &self)).map { r in
            (0..<Int.random(in: 0...10, using: &self)).map { c in
                SourceCell(Bool.random(using: &self) ? "\(Int.random(in: -5...500, using: &self))" : "（\(r)）项目\(c)",
                           rowSpan: Int.random(in: -2...6, using: &self), columnSpan: Int.random(in: -2...6, using: &self),
                           continuesAbove: Int.random(in: 0..<5, using: &self) == 0, at: .tableCell(table: 1, row: r, column: c))
            }
        }
        return SourceTable(index: 1, rows: rows)
    }

    /// A page of glyphs and rulings anywhere, overlapping, of any size, some on no page at all.
    mutating func page() -> Page {
        let characters = Array("表三一二三四五六七八九十0123456789（）、申请总计 ".unicodeScalars)
        func coordinate(_ rng: inout Fuzz) -> Double {
            Int.random(in: 0..<20, using: &rng) == 0 ? [-1e9, 0, .nan, 1e12].randomElement(using: &rng)! : Double.random(in: -10...620, using: &rng)
        }
        let glyphs = (0..<Int.random(in: 0...400, using: &self)).map { _ in
            Glyph(characters.randomElement(using: &self)!,
                  box: Box(x: coordinate(&self), y: coordinate(&self), width: Double.random(in: 0...12, using: &self),
                           height: Double.random(in: 0...12, using: &self)),
                  fontSize: Double.random(in: 0...14, using: &self))
        }
        let rulings = (0..<Int.random(in: 0...40, using: &self)).map { _ in
            Ruling(Bool.random(using: &self) ? .horizontal : .vertical, at: coordinate(&self), from: coordinate(&self), to: coordinate(&self))
        }
        return Page(number: 1, width: 595, height: 842, glyphs: glyphs, rulings: rulings)
    }
}
