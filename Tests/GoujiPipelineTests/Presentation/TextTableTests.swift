import Testing
@testable import GoujiPipeline

@Suite struct TextTableTests {
    @Test func chineseTakesTwoCellsAndNumbersAlignRight() {
        let table = TextTable(rows: [["body", "天坛街道", "x"], ["new.total", "12", "3"]], headerRows: 1) { row, column in
            row > 0 && column > 0
        }
        #expect(table.render() == """
            body       天坛街道  x
            ──────────────────────
            new.total        12  3

            """)
    }

    @Test func widthCountsWideCharactersTwice() {
        #expect(TextTable.width("平潭2024") == 8)
        #expect(TextTable.width("“三安全一稳定”") == 16)
    }
}
