import Foundation

/// A Word 97–2003 binary document's main text, read as paragraphs with the properties that place
/// them in tables, and the text boxes anchored in it. Footnotes, headers, footers and comments
/// (which follow the main text's `ccpText` characters) are left out.
///
/// What a reader of the printed page sees is what is kept, as the DOCX reader does: field results
/// stay and field instructions go, deleted revisions and hidden text go.
struct WordBinaryDocument {
    /// A paragraph's printed text (tabs and line breaks as `\t` and `\n`), and how it ends.
    struct Paragraph {
        var text: String
        /// Ended by a cell mark (U+0007) rather than a paragraph mark: the last paragraph of a
        /// cell of a top-level table, or a row's end mark.
        var endsWithCellMark: Bool
        var properties: ParagraphProperties
        /// Its mark is deleted with changes tracked: on a row's end mark, the row is deleted.
        var isDeleted = false
        /// The character position just past its mark.
        var end: Int
        /// The text boxes anchored in it, each read as paragraphs of its own.
        var textBoxes: [[Paragraph]] = []
    }

    private let document: LittleEndianBytes
    private let table: LittleEndianBytes
    private let data: LittleEndianBytes?
    private let fib: FileInformationBlock
    private let pieces: PieceTable
    private var paragraphPages: FormattedDiskPages
    private var characterPages: FormattedDiskPages

    /// `document` is the WordDocument stream, `table` the table stream the FIB names, `data`
    /// the Data stream if there is one.
    init(fib: FileInformationBlock, document: LittleEndianBytes, table: LittleEndianBytes, data: LittleEndianBytes?) throws(WordBinaryDamage) {
        self.fib = fib; self.document = document; self.table = table; self.data = data
        pieces = try PieceTable(in: table, at: fib.pieceTable, documentSize: document.count)
        paragraphPages = try FormattedDiskPages(.paragraph, binTable: try Self.within(fib.paragraphProperties, table), in: table, document: document)
        characterPages = try FormattedDiskPages(.character, binTable: try Self.within(fib.characterProperties, table), in: table, document: document)
    }

    private static func within(_ range: Range<Int>, _ stream: LittleEndianBytes) throws(WordBinaryDamage) -> Range<Int> {
        guard range.upperBound <= stream.count else { throw WordBinaryDamage("its property tables lie beyond its \(stream.name) stream") }
        return range
    }

    /// Where the reader stands in fields (0x13 begin … 0x14 separator … 0x15 end, nested).
    private enum FieldPart { case instruction, result }

    /// The main text's paragraphs, each with the text boxes anchored in it.
    mutating func paragraphs() throws(WordBinaryDamage) -> [Paragraph] {
        var paragraphs = try self.paragraphs(in: 0..<fib.mainTextLength)
        try attachTextBoxes(to: &paragraphs)
        return paragraphs
    }

    /// The paragraphs of the characters in `range`.
    private mutating func paragraphs(in range: Range<Int>) throws(WordBinaryDamage) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var units: [UInt16] = []
        var fields: [FieldPart] = []
        // How many of `fields` are instructions: counted, not searched, on every character.
        var instructions = 0
        var run = FormattedDiskPages.Run(bytes: 0..<0, grpprl: [])
        var characters = CharacterProperties()
        for piece in pieces.pieces where piece.characters.overlaps(range) {
            let listed = piece.propertyList.flatMap { $0 < pieces.propertyLists.count ? pieces.propertyLists[$0] : nil }
            let width = piece.bytesPerCharacter
            let first = max(piece.characters.lowerBound, range.lowerBound)
            var offset = piece.offset + (first - piece.characters.lowerBound) * width
            for position in first..<min(piece.characters.upperBound, range.upperBound) {
                defer { offset += width }
                let unit = piece.isCompressed ? Self.windows1252[Int(document.bytes[offset])]
                    : UInt16(document.bytes[offset]) | UInt16(document.bytes[offset + 1]) << 8
                switch unit {
                case 0x0D, 0x07:
                    paragraphs.append(try paragraph(&units, endingAt: offset, cellMark: unit == 0x07, end: position + 1, listed))
                    continue
                case 0x0C:
                    // A section break ends its paragraph; a page break inside one is a line break.
                    if try paragraphPages.run(at: offset).bytes.upperBound == offset + width {
                        paragraphs.append(try paragraph(&units, endingAt: offset, cellMark: false, end: position + 1, listed))
                        continue
                    }
                case 0x13:
                    fields.append(.instruction); instructions += 1
                    continue
                case 0x14:
                    if fields.last == .instruction { fields[fields.count - 1] = .result; instructions -= 1 }
                    continue
                case 0x15:
                    if fields.popLast() == .instruction { instructions -= 1 }
                    continue
                default: break
                }
                guard instructions == 0 else { continue }
                if !run.bytes.contains(offset) {
                    run = try characterPages.run(at: offset)
                    characters = CharacterProperties()
                    characters.apply(run.grpprl)
                    if let listed { characters.apply(listed) }
                }
                guard characters.isPrinted else { continue }
                switch unit {
                case 0x09: units.append(0x09)
                case 0x0B, 0x0C, 0x0E: units.append(0x0A)  // line, page and column breaks
                case 0x1E: units.append(0x2D)              // a non-breaking hyphen
                case ..<0x20: break                        // pictures, note marks, optional hyphens …
                default: units.append(unit)
                }
            }
        }
        if !units.isEmpty {
            paragraphs.append(Paragraph(text: String(decoding: units, as: UTF16.self), endsWithCellMark: false,
                                        properties: ParagraphProperties(), end: range.upperBound))
        }
        return paragraphs
    }

    /// The paragraph whose mark lies at `offset`, its text taken from `units`.
    private mutating func paragraph(_ units: inout [UInt16], endingAt offset: Int, cellMark: Bool, end: Int,
                                    _ listed: ArraySlice<UInt8>?) throws(WordBinaryDamage) -> Paragraph {
        var properties = ParagraphProperties()
        let data = self.data
        let huge = { (offset: UInt32) -> ArraySlice<UInt8>? in
            guard let data, let length = try? data.u16(Int(offset)) else { return nil }
            return try? data.slice(Int(offset) + 2, Int(length))
        }
        properties.apply(try paragraphPages.run(at: offset).grpprl, hugeProperties: huge)
        if let listed { properties.apply(listed, hugeProperties: huge) }
        var mark = CharacterProperties()
        mark.apply(try characterPages.run(at: offset).grpprl)
        if let listed { mark.apply(listed) }
        defer { units.removeAll(keepingCapacity: true) }
        return Paragraph(text: String(decoding: units, as: UTF16.self), endsWithCellMark: cellMark, properties: properties,
                         isDeleted: mark.deleted, end: end)
    }

    // MARK: - Text boxes

    /// Reads each text box of the main text into the paragraph that anchors its shape, as a
    /// DOCX holds a text box in the paragraph it is anchored to. A shape (in PlcSpaMom) and a
    /// text box (in PlcftxbxTxt) are matched by the shape's identifier; a box read once is not
    /// read again.
    private mutating func attachTextBoxes(to paragraphs: inout [Paragraph]) throws(WordBinaryDamage) {
        guard !fib.textBoxes.isEmpty, !paragraphs.isEmpty else { return }
        let anchors = try plc(fib.shapeAnchors, entrySize: 26, identifierAt: 0)
        let boxes = try plc(fib.textBoxStories, entrySize: 22, identifierAt: 14)
        var boxByShape: [UInt32: Int] = [:]
        for (index, box) in boxes.enumerated() where boxByShape[box.identifier] == nil { boxByShape[box.identifier] = index }
        for anchor in anchors {
            guard let index = boxByShape.removeValue(forKey: anchor.identifier) else { continue }
            let story = boxes[index].characters
            let range = (fib.textBoxes.lowerBound + story.lowerBound..<fib.textBoxes.lowerBound + story.upperBound).clamped(to: fib.textBoxes)
            guard !range.isEmpty else { continue }
            var content = try self.paragraphs(in: range)
            // A box's text ends with a mark of its own, which a DOCX does not hold as a paragraph.
            if let last = content.last, last.text.isEmpty, last.properties.tableDepth == 0, last.textBoxes.isEmpty {
                content.removeLast()
            }
            guard !content.isEmpty else { continue }
            let anchoring = paragraphs.firstIndex { $0.end > anchor.characters.lowerBound } ?? paragraphs.count - 1
            paragraphs[anchoring].textBoxes.append(content)
        }
    }

    /// A PLC of the table stream: n + 1 character positions, then n entries of `entrySize`
    /// bytes, of which a 32-bit identifier at `identifierAt` is read.
    private func plc(_ range: Range<Int>, entrySize: Int, identifierAt: Int) throws(WordBinaryDamage) -> [(characters: Range<Int>, identifier: UInt32)] {
        guard range.count >= 4 + entrySize, range.upperBound <= table.count else { return [] }
        let count = (range.count - 4) / (4 + entrySize)
        return try (0..<count).map { (index) throws(WordBinaryDamage) in
            let start = Int(try table.u32(range.lowerBound + 4 * index)), end = Int(try table.u32(range.lowerBound + 4 * (index + 1)))
            let identifier = try table.u32(range.lowerBound + 4 * (count + 1) + entrySize * index + identifierAt)
            return (start..<max(start, end), identifier)
        }
    }

    /// Windows-1252, in which compressed pieces are written ([MS-DOC] 2.4.1); the five bytes it
    /// leaves undefined stand for themselves.
    private static let windows1252: [UInt16] = (0...255).map { byte in
        guard (0x80...0x9F).contains(byte),
              let text = String(bytes: [UInt8(byte)], encoding: .windowsCP1252), let unit = text.utf16.first
        else { return UInt16(byte) }
        return unit
    }
}
