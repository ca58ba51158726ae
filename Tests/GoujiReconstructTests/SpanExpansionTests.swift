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
}
