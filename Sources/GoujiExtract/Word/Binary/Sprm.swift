/// One property modifier (sprm) of a Word binary document: a 2-byte code and its operand. The
/// code's top three bits (spra) give the operand's size; a variable one carries its length first.
struct Sprm {
    let code: UInt16
    /// The operand, past the length of a variable one.
    let operand: ArraySlice<UInt8>

    // The sprms the reader acts on ([MS-DOC] 2.6).
    static let paragraphInTable: UInt16 = 0x2416      // sprmPFInTable
    static let paragraphRowEnd: UInt16 = 0x2417       // sprmPFTtp
    static let paragraphInnerCellEnd: UInt16 = 0x244B // sprmPFInnerTableCell
    static let paragraphInnerRowEnd: UInt16 = 0x244C  // sprmPFInnerTtp
    static let paragraphDepth: UInt16 = 0x6649        // sprmPItap
    static let paragraphDepthChange: UInt16 = 0x664A  // sprmPDtap
    /// sprmPHugePapx, and its Word 97 spelling: the paragraph's sprms lie in the Data stream.
    static let paragraphHugeProperties: Set<UInt16> = [0x6646, 0x6645]
    static let characterDeleted: UInt16 = 0x0800      // sprmCFRMarkDel
    static let characterHidden: UInt16 = 0x083C       // sprmCFVanish
    static let tableDefinition: UInt16 = 0xD608       // sprmTDefTable
    static let tableVerticalMerge: UInt16 = 0xD62B    // sprmTVertMerge
    static let tableMerge: UInt16 = 0x5624            // sprmTMerge
    static let tableSplit: UInt16 = 0x5625            // sprmTSplit
    private static let tableDefinition10: UInt16 = 0xD606
    private static let paragraphChangeTabs: UInt16 = 0xC615

    /// The sprms of a property list, in order. A list whose last sprm runs past its end (damage,
    /// or padding) ends there: what was read before stands.
    static func all(in grpprl: ArraySlice<UInt8>) -> [Sprm] {
        var sprms: [Sprm] = []
        var at = grpprl.startIndex
        while at + 2 <= grpprl.endIndex {
            let code = UInt16(grpprl[at]) | UInt16(grpprl[at + 1]) << 8
            at += 2
            guard let (start, length) = operandBounds(code, grpprl, at), start + length <= grpprl.endIndex else { break }
            sprms.append(Sprm(code: code, operand: grpprl[start..<start + length]))
            at = start + length
        }
        return sprms
    }

    /// Where the operand of `code` at `at` starts (past its length) and how long it is.
    private static func operandBounds(_ code: UInt16, _ grpprl: ArraySlice<UInt8>, _ at: Int) -> (Int, Int)? {
        switch code >> 13 {
        case 0, 1: return (at, 1)
        case 2, 4, 5: return (at, 2)
        case 3: return (at, 4)
        case 7: return (at, 3)
        default:
            guard at < grpprl.endIndex else { return nil }
            if code == tableDefinition || code == tableDefinition10 {
                // A 2-byte length, which counts one more than the bytes that follow it.
                guard at + 2 <= grpprl.endIndex else { return nil }
                let cb = Int(grpprl[at]) | Int(grpprl[at + 1]) << 8
                return (at + 2, max(0, cb - 1))
            }
            let cb = Int(grpprl[at])
            if code == paragraphChangeTabs && cb == 255 {
                // Too long for its length byte: tab stops deleted (4 bytes each), then added (3 each).
                let deleted = at + 1 < grpprl.endIndex ? Int(grpprl[at + 1]) : 0
                let addedAt = at + 2 + 4 * deleted
                let added = addedAt < grpprl.endIndex ? Int(grpprl[addedAt]) : 0
                return (at + 1, 1 + 4 * deleted + 1 + 3 * added)
            }
            return (at + 1, cb)
        }
    }

    var byte: UInt8 { operand.first ?? 0 }

    /// The operand as a little-endian 32-bit integer (0 when shorter).
    var uint32: UInt32 {
        guard operand.count >= 4 else { return 0 }
        let at = operand.startIndex
        return UInt32(operand[at]) | UInt32(operand[at + 1]) << 8 | UInt32(operand[at + 2]) << 16 | UInt32(operand[at + 3]) << 24
    }

    /// A toggle (sprmCFVanish …): 1 on, 0x81 the opposite of the style's (off in practice).
    var isOn: Bool { byte == 1 || byte == 0x81 }
}
