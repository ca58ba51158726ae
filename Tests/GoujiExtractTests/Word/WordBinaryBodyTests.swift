import Testing
import GoujiModel
@testable import GoujiExtract

/// The body a Word binary document's paragraphs stand for, from paragraphs written here: the
/// table marks the LibreOffice fixtures do not hold.
@Suite struct WordBinaryBodyTests {
    typealias Paragraph = WordBinaryDocument.Paragraph

    /// A paragraph of a top-level table's cell: ended by a cell mark when it ends the cell.
    func cell(_ text: String, endsCell: Bool = true) -> Paragraph {
        var properties = ParagraphProperties()
        properties.inTable = true
        return Paragraph(text: text, endsWithCellMark: endsCell, properties: properties, end: 0)
    }

    /// A row's end mark, defining cells whose edges are `edges` (twips).
    func rowEnd(_ edges: [Int16], deleted: Bool = false) -> Paragraph {
        var operand: [UInt8] = [UInt8(edges.count - 1)]
        for edge in edges { operand += [UInt8(truncatingIfNeeded: edge), UInt8(truncatingIfNeeded: edge >> 8)] }
        operand += Array(repeating: 0, count: 20 * (edges.count - 1))
        let length = UInt16(operand.count + 1)
        let grpprl: [UInt8] = [0x16, 0x24, 1, 0x17, 0x24, 1, 0x08, 0xD6, UInt8(length & 0xFF), UInt8(length >> 8)] + operand
        var properties = ParagraphProperties()
        properties.apply(grpprl[...])
        return Paragraph(text: "", endsWithCellMark: true, properties: properties, isDeleted: deleted, end: 0)
    }

    func body(_ paragraphs: [Paragraph]) throws -> ExtractedDocument {
        let body = try WordBinaryBody.body(of: paragraphs)
        return ExtractedDocument(source: SourceFile(path: "t.doc", kind: .doc), blocks: WordBodyReader.blocks(of: body))
    }

    @Test func aRowDeletedWithChangesTrackedIsDropped() throws {
        let document = try body([
            cell("予以公开"), cell("12"), rowEnd([0, 2400, 3600]),
            cell("删掉的行"), cell("0"), rowEnd([0, 2400, 3600], deleted: true),
            cell("部分公开"), cell("31"), rowEnd([0, 2400, 3600]),
        ])
        #expect(try #require(document.tables.first).texts == [["予以公开", "12"], ["部分公开", "31"]])
    }

    @Test func cellEdgesMakeTheGridAndTheSpans() throws {
        // A row of one wide cell over two rows of two, the second row's middle edge 2 twips off.
        let document = try body([
            cell("申请人情况"), rowEnd([0, 2400]),
            cell("自然人"), cell("法人"), rowEnd([0, 1200, 2400]),
            cell("3"), cell("4"), rowEnd([0, 1202, 2400]),
            cell("合计"), rowEnd([1200, 2400]),
        ])
        let table = try #require(document.tables.first)
        #expect(table.layout == [["申请人情况[c2]"], ["自然人", "法人"], ["3", "4"], ["", "合计"]])
        #expect(table.rows[3][1].location == .tableCell(table: 1, row: 4, column: 2))
    }

    @Test func depthsThatSwingBeyondTheParagraphsAreDamage() throws {
        var deep = ParagraphProperties()
        deep.apply([0x49, 0x66, 40, 0, 0, 0][...]) // sprmPItap 40
        let swinging = (0..<10).flatMap { _ in
            [Paragraph(text: "x", endsWithCellMark: false, properties: deep, end: 0),
             Paragraph(text: "y", endsWithCellMark: false, properties: ParagraphProperties(), end: 0)]
        }
        #expect(throws: WordBinaryDamage.self) { try WordBinaryBody.body(of: swinging) }
    }
}
