import Testing
import GoujiModel
@testable import GoujiReconstruct

@Suite struct SpanExpansionTests {
    func cell(_ text: String, _ row: Int, _ column: Int, rowSpan: Int = 1, columnSpan: Int = 1, continuesAbove: Bool = false) -> SourceCell {
        SourceCell(text, rowSpan: rowSpan, columnSpan: columnSpan, continuesAbove: continuesAbove,
                   at: .tableCell(table: 1, row: row, column: column))
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

    @Test func rowAndColumnSpansAreRepeatedAndMarked() {
        let table = SourceTable(index: 1, rows: [
            [cell("a", 1, 1, rowSpan: 2), cell("b", 1, 2, columnSpan: 2)],
            [cell("c", 2, 1), cell("d", 2, 2)],
        ])
        let grid = SpanExpansion.grid(from: table)
        #expect(grid.rows.map { $0.map(\.text) } == [["a", "b", "b"], ["a", "c", "d"]])
        #expect(grid.rows[1][1].location == .tableCell(table: 1, row: 2, column: 1))
    }

    @Test func aContinuationWithNothingAboveIsABlankCellOfItsOwn() {
        let grid = SpanExpansion.grid(from: SourceTable(index: 1, rows: [[cell("", 1, 1, continuesAbove: true), cell("1", 1, 2)]]))
        #expect(grid.rows[0].map(\.text) == ["", "1"])
        #expect(grid.rows[0][0].isSpanCopy == false)
    }
}
