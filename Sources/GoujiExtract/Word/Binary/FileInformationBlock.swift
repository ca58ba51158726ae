/// The head of a Word binary document's WordDocument stream (the FIB, [MS-DOC] 2.5): what kind of
/// file it is, how long its main text is, and where in the table stream its structures lie.
struct FileInformationBlock {
    /// nFib: 193 (0xC1) and above for Word 97 and later; 101–105 for Word 6.0 and 95.
    let version: Int
    let isEncrypted: Bool
    /// fWhichTblStm: the structures lie in the 1Table stream, else in 0Table.
    let tableStreamName: String
    /// ccpText: the characters of the main text, which comes first; footnotes, headers,
    /// comments, endnotes and text boxes follow it, in that order.
    let mainTextLength: Int
    /// The characters of the text boxes of the main text (ccpTxbx), and where they start.
    let textBoxes: Range<Int>
    /// Where the character (PlcBteChpx) and paragraph (PlcBtePapx) properties and the piece table
    /// (Clx) lie in the table stream.
    let characterProperties: Range<Int>
    let paragraphProperties: Range<Int>
    let pieceTable: Range<Int>
    /// Where the main text's shapes are anchored (PlcSpaMom) and which text belongs to which
    /// text box (PlcftxbxTxt), in the table stream.
    let shapeAnchors: Range<Int>
    let textBoxStories: Range<Int>

    static let wordIdentifier: UInt16 = 0xA5EC
    static let firstWord97Version = 106

    /// The FIB's own magic and version, read before anything else.
    static func identify(_ stream: LittleEndianBytes) throws(WordBinaryDamage) -> (identifier: UInt16, version: Int) {
        (try stream.u16(0), Int(try stream.u16(2)))
    }

    init(_ stream: LittleEndianBytes) throws(WordBinaryDamage) {
        version = Int(try stream.u16(0x02))
        let flags = try stream.u16(0x0A)
        isEncrypted = flags & 0x0100 != 0
        tableStreamName = flags & 0x0200 != 0 ? "1Table" : "0Table"
        // FibBase (32 bytes), then three arrays, each led by its count: 16-bit words, 32-bit
        // words, pairs of 32-bit offset and length.
        let wordCount = Int(try stream.u16(0x20))
        let longsAt = 0x22 + 2 * wordCount
        let longCount = Int(try stream.u16(longsAt))
        guard longCount > 9 else { throw WordBinaryDamage("its file information block is too short (\(longCount) counts)") }
        // ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx.
        let lengths = try (3...9).map { (index) throws(WordBinaryDamage) in Int(Int32(bitPattern: try stream.u32(longsAt + 2 + 4 * index))) }
        guard lengths.allSatisfy({ $0 >= 0 && $0 < 1 << 30 }) else { throw WordBinaryDamage("its text has a negative or impossible length") }
        mainTextLength = lengths[0]
        let textBoxesStart = lengths[0..<6].reduce(0, +)
        textBoxes = textBoxesStart..<textBoxesStart + lengths[6]
        let pairsAt = longsAt + 2 + 4 * longCount
        let pairCount = Int(try stream.u16(pairsAt))
        func pair(_ index: Int, _ name: String) throws(WordBinaryDamage) -> Range<Int> {
            guard index < pairCount else { throw WordBinaryDamage("its file information block has no \(name)") }
            let at = pairsAt + 2 + 8 * index
            let offset = Int(try stream.u32(at)), length = Int(try stream.u32(at + 4))
            return offset..<offset + length
        }
        characterProperties = try pair(12, "character properties")
        paragraphProperties = try pair(13, "paragraph properties")
        pieceTable = try pair(33, "piece table")
        shapeAnchors = try pair(40, "shape anchors")
        textBoxStories = try pair(56, "text boxes")
    }
}
