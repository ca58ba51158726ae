import Testing
import GoujiModel
@testable import GoujiReconstruct

@Suite struct TextTablesTests {
    private func lines(_ text: String) -> [TextLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { TextLine(String($1), at: .line($0 + 1)) }
    }

    private func grids(_ text: String) -> [Grid] {
        TextTables.items(from: lines(text)).compactMap { if case .grid(let g) = $0 { return g } else { return nil } }
    }

    @Test func tabRowsFormOneGridBetweenProse() {
        let items = TextTables.items(from: lines("标题\n信息内容\t本年制发件数\n规章\t0\n\n后记"))
        #expect(items.count == 4)
        guard case .grid(let grid) = items[1] else { Issue.record("no grid"); return }
        #expect(grid.rows.map { $0.map(\.text) } == [["信息内容", "本年制发件数"], ["规章", "0"]])
        #expect(grid.rows[1][1].location == .line(3))
    }

    @Test func spaceRunsSeparateCellsButSingleSpacesDoNot() {
        let grid = grids("行政许可      396     0     181\n结果 维持  结果 纠正  总计")
        #expect(grid.first?.rows.map { $0.map(\.text) } == [["行政许可", "396", "0", "181"], ["结果 维持", "结果 纠正", "总计"]])
    }

    @Test func aFigurePrintedBlankInASpaceAlignedRowLeavesABlankCellInItsColumn() {
        let text = """
            一、本年新收                5    1    0    0    0    0    6
            二、上年结转                1         0    0    0    0    1
            三、本年度办理结果  （一）予以公开   13   2    0    0    0    0    15
            （二）部分公开                  12   0    0    0    0    0    12
            """
        let rows = grids(text).first?.rows.map { $0.map(\.text) }
        #expect(rows?[1] == ["二、上年结转", "1", "", "0", "0", "0", "0", "1"])
        // The rows below are set further right: each row goes by its nearest full row.
        #expect(rows?[3] == ["（二）部分公开", "12", "0", "0", "0", "0", "0", "12"])
        // A figure between two columns is not placed: the row stays as printed.
        let between = grids("甲   5    1    0    0    0    0    6\n乙   1  0      0    0    0    1\n丙   7    1    0    0    0    0    8")
        #expect(between.first?.rows[1].count == 7)
    }

    @Test func markdownPipesAndRuleRows() {
        let grid = grids("| 规章 | 1 | 2 |\n|---|:-:|---|\n| 行政强制 | 3 | |")
        #expect(grid.first?.rows.map { $0.map(\.text) } == [["规章", "1", "2"], ["行政强制", "3", ""]])
    }

    @Test func blankLinesInsideATableDoNotSplitIt() {
        #expect(grids("a\t1\n\n\nb\t2").first?.rows.count == 2)
    }

    @Test func proseIsNotATable() {
        #expect(grids("本年度共收到申请 4 件，办结 4 件。").isEmpty)
    }
}
