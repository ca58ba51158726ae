import Testing
import GoujiModel
@testable import GoujiReconstruct

@Suite struct SpanExpansionTests {
    @Test func spansRepeatTheirTextAndMarkTheCopies() {
        let at = Location.tableCell(table: 1, row: 1, column: 1)
        let table = SourceTable(index: 1, rows: [
            [SourceCell("三、本年度办理结果", rowSpan: 2, at: at), SourceCell("法人或其他组织", columnSpan: 2, at: at)],
            [SourceCell("1", at: at), SourceCell("2", at: at)],
        ])
        let grid = SpanExpansion.grid(from: table)
        #expect(grid.rows.map { $0.map(\.text) } == [["三、本年度办理结果", "法人或其他组织", "法人或其他组织"], ["三、本年度办理结果", "1", "2"]])
        #expect(grid.rows.map { $0.map(\.isSpanCopy) } == [[false, false, true], [true, false, false]])
    }

    func cell(_ text: String, _ row: Int, _ column: Int, columnSpan: Int = 1, continuesAbove: Bool = false) -> SourceCell {
        SourceCell(text, columnSpan: columnSpan, continuesAbove: continuesAbove, at: .tableCell(table: 1, row: row, column: column))
    }

    @Test func aContinuedVerticalMergeCopiesTheCellAbove() {
        let table = SourceTable(index: 1, rows: [
            [cell("三、本年度办理结果", 1, 1, columnSpan: 2), cell("7", 1, 3)],
            [cell("", 2, 1, columnSpan: 2, continuesAbove: true), cell("8", 2, 3)],
            [cell("", 3, 1, continuesAbove: true), cell("x", 3, 2), cell("9", 3, 3)],
        ])
        let grid = SpanExpansion.grid(from: table)
        #expect(grid.rows.map { $0.map(\.text) } == [
            ["三、本年度办理结果", "三、本年度办理结果", "7"],
            ["三、本年度办理结果", "三、本年度办理结果", "8"],
            ["三、本年度办理结果", "x", "9"],
        ])
        #expect(grid.rows.map { $0.map(\.isSpanCopy) } == [[false, true, false], [true, true, false], [true, false, false]])
        #expect(grid.rows[2][0].location == .tableCell(table: 1, row: 1, column: 1))
    }

    @Test func aContinuationWithNothingAboveIsABlankCellOfItsOwn() {
        let grid = SpanExpansion.grid(from: SourceTable(index: 1, rows: [[cell("", 1, 1, continuesAbove: true), cell("1", 1, 2)]]))
        #expect(grid.rows[0].map(\.text) == ["", "1"])
        #expect(grid.rows[0][0].isSpanCopy == false)
    }
}
