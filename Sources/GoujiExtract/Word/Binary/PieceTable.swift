/// The piece table of a Word binary document (the Clx, [MS-DOC] 2.9.38): where each stretch of
/// the text lies in the WordDocument stream, as 8-bit Windows-1252 ("compressed") or UTF-16.
/// Chinese text is always in UTF-16 pieces.
struct PieceTable {
    struct Piece {
        /// The character positions (CPs) it holds.
        let characters: Range<Int>
        /// The byte offset (FC) of its first character in the WordDocument stream.
        let offset: Int
        let isCompressed: Bool
        /// The property list (of `propertyLists`) applied to all its characters, when its Prm
        /// names one; a fast-saved document records edits this way.
        let propertyList: Int?

        var bytesPerCharacter: Int { isCompressed ? 1 : 2 }
    }

    let pieces: [Piece]
    /// The Clx's property lists (RgPrc).
    let propertyLists: [ArraySlice<UInt8>]

    init(in table: LittleEndianBytes, at range: Range<Int>, documentSize: Int) throws(WordBinaryDamage) {
        guard range.upperBound <= table.count else {
            throw WordBinaryDamage("its piece table lies beyond its \(table.name) stream")
        }
        var lists: [ArraySlice<UInt8>] = []
        var at = range.lowerBound
        while true {
            guard at < range.upperBound else { throw WordBinaryDamage("its piece table holds no pieces") }
            switch try table.u8(at) {
            case 0x01:
                let length = Int(try table.u16(at + 1))
                lists.append(try table.slice(at + 3, length))
                at += 3 + length
            case 0x02:
                let length = Int(try table.u32(at + 1))
                guard length >= 4, at + 5 + length <= range.upperBound else {
                    throw WordBinaryDamage("its piece table's length (\(length) bytes) runs past its end")
                }
                propertyLists = lists
                pieces = try Self.pieces(in: table, at: at + 5, length: length, documentSize: documentSize)
                return
            case let kind:
                throw WordBinaryDamage("its piece table holds an entry of unknown kind \(kind)")
            }
        }
    }

    /// The PlcPcd: n + 1 character positions, then n piece descriptors of 8 bytes.
    private static func pieces(in table: LittleEndianBytes, at start: Int, length: Int, documentSize: Int) throws(WordBinaryDamage) -> [Piece] {
        let count = (length - 4) / 12
        let descriptors = start + 4 * (count + 1)
        var pieces: [Piece] = []
        pieces.reserveCapacity(count)
        var bytes = 0
        var first = Int(try table.u32(start))
        for index in 0..<count {
            let limit = Int(try table.u32(start + 4 * (index + 1)))
            guard limit >= first else { throw WordBinaryDamage("its piece table's character positions go backwards") }
            let raw = try table.u32(descriptors + 8 * index + 2)
            let prm = try table.u16(descriptors + 8 * index + 6)
            let compressed = raw & 0x4000_0000 != 0
            let offset = Int(raw & 0x3FFF_FFFF) / (compressed ? 2 : 1)
            let piece = Piece(characters: first..<limit, offset: offset, isCompressed: compressed,
                              propertyList: prm & 1 == 1 ? Int(prm >> 1) : nil)
            let size = piece.characters.count * piece.bytesPerCharacter
            bytes += size
            // Pieces never share bytes: more text than the stream holds is damage, not a long document.
            guard offset + size <= documentSize, bytes <= documentSize else {
                throw WordBinaryDamage("a piece of its text lies beyond the WordDocument stream")
            }
            pieces.append(piece)
            first = limit
        }
        return pieces
    }
}
