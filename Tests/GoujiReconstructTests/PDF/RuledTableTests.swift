import GoujiModel
import Testing
@testable import GoujiReconstruct

@Suite("Bordered PDF tables")
struct RuledTableTests {
    @Test func cellsLineUpAndKeepTheirPlace() throws {
        var p = PageBuilder()
        p.lattice(xs: [50, 200, 260, 320], ys: [100, 120, 140])
        p.text("信息内容", x: 55, y: 105); p.text("本年制发件数", x: 202, y: 105, size: 9); p.text("现行", x: 265, y: 105)
        p.text("规章", x: 55, y: 125); p.text("12", x: 210, y: 125); p.text("0", x: 270, y: 125)
        let items = PageLayout.items(from: [p.page])
        let grid = try #require(items.compactMap(\.grid).first)
        #expect(grid.dump == [["信息内容", "本年制发件数", "现行"], ["规章", "12", "0"]])
        let twelve = grid.rows[1][1]
        #expect(twelve.location == .page(1, Box(x: 210, y: 125, width: 10, height: 10)))
        #expect(items.count == 1, "every character is inside the table")
    }

    @Test func charactersDrawnInAnyOrderFindTheirCells() throws {
        // A character's row band is tried first where the one drawn before stood: here the rows
        // are drawn bottom to top, and a column's characters one after another.
        var p = PageBuilder()
        p.lattice(xs: [50, 200, 260, 320], ys: [100, 120, 140, 160])
        p.text("0", x: 270, y: 145); p.text("9", x: 270, y: 125); p.text("现行", x: 265, y: 105)
        p.text("7", x: 210, y: 145); p.text("12", x: 210, y: 125); p.text("件数", x: 202, y: 105)
        p.text("规范性文件", x: 55, y: 145); p.text("规章", x: 55, y: 125); p.text("信息内容", x: 55, y: 105)
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.dump == [["信息内容", "件数", "现行"], ["规章", "12", "9"], ["规范性文件", "7", "0"]])
    }

    @Test func spanningCellsRepeatAsCopies() throws {
        var p = PageBuilder()
        // A header cell over three columns, a label cell over two rows.
        p.horizontal(100, from: 50, to: 290); p.horizontal(120, from: 50, to: 290)
        p.horizontal(140, from: 110, to: 290); p.horizontal(160, from: 50, to: 290)
        p.vertical(50, from: 100, to: 160); p.vertical(110, from: 100, to: 160)
        p.vertical(170, from: 120, to: 160); p.vertical(230, from: 120, to: 160); p.vertical(290, from: 100, to: 160)
        p.text("法人或其他组织", x: 130, y: 105)
        p.text("（三）", x: 55, y: 135)
        p.text("1", x: 120, y: 125); p.text("2", x: 180, y: 125); p.text("3", x: 240, y: 125)
        p.text("4", x: 120, y: 145); p.text("5", x: 180, y: 145); p.text("6", x: 240, y: 145)
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.dump == [
            ["", "法人或其他组织", "^法人或其他组织", "^法人或其他组织"],
            ["（三）", "1", "2", "3"],
            ["^（三）", "4", "5", "6"],
        ])
    }

    @Test func aLabelWrappingOverLinesIsOneCell() throws {
        var p = PageBuilder()
        p.lattice(xs: [50, 130, 170], ys: [100, 130])
        p.text("（二）部分公开（区", x: 52, y: 102, size: 8)
        p.text("分处理的）", x: 52, y: 114, size: 8)
        p.text("29", x: 140, y: 110)
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.dump == [["（二）部分公开（区分处理的）", "29"]])
    }

    @Test func aTallLabelPrintedOneCharacterPerLineReadsAsOneLabel() throws {
        var p = PageBuilder()
        let ys = stride(from: 100.0, through: 220, by: 20).map { $0 }
        p.vertical(50, from: 100, to: 220); p.vertical(70, from: 100, to: 220); p.vertical(150, from: 100, to: 220); p.vertical(190, from: 100, to: 220)
        p.horizontal(100, from: 50, to: 190); p.horizontal(220, from: 50, to: 190)
        for y in ys.dropFirst().dropLast() { p.horizontal(y, from: 70, to: 190) }
        p.column("三、本年度办理结果", x: 55, y: 105, size: 10)
        for (i, y) in ys.dropLast().enumerated() {
            p.text("行\(i + 1)", x: 75, y: y + 5); p.text("\(i)", x: 160, y: y + 5)
        }
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.rows.count == 6)
        #expect(grid.rows[0][0].text == "三、本年度办理结果" && !grid.rows[0][0].isSpanCopy)
        #expect(grid.rows.dropFirst().allSatisfy { $0[0].isSpanCopy && $0[0].text == "三、本年度办理结果" })
        #expect(grid.rows.map { $0[2].text } == ["0", "1", "2", "3", "4", "5"])
    }

    @Test func aThreeLevelHeaderSplitCharacterByCharacter() throws {
        var p = PageBuilder()
        // 行政诉讼 over 未经复议直接起诉 over five narrow result columns, one character per line.
        let xs = [50.0, 70, 90, 110, 130, 150]
        p.horizontal(100, from: 50, to: 150); p.horizontal(120, from: 50, to: 150); p.horizontal(140, from: 50, to: 150)
        p.horizontal(200, from: 50, to: 150); p.horizontal(220, from: 50, to: 150)
        p.vertical(50, from: 100, to: 220); p.vertical(150, from: 100, to: 220)
        for x in xs.dropFirst().dropLast() { p.vertical(x, from: 140, to: 220) }
        p.text("行政诉讼", x: 80, y: 105)
        p.text("未经复议直接起诉", x: 60, y: 125, size: 10)
        for (x, word) in zip(xs, ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]) {
            p.column(word, x: x + 5, y: 145, size: 10)
        }
        for (x, n) in zip(xs, ["1", "0", "3", "0", "4"]) { p.text(n, x: x + 8, y: 205) }
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.dump[2] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
        #expect(grid.dump[0] == ["行政诉讼"] + Array(repeating: "^行政诉讼", count: 4))
        #expect(grid.dump[3] == ["1", "0", "3", "0", "4"])
    }

    @Test func aNumberWrappedInANarrowCellIsOneNumber() throws {
        var p = PageBuilder()
        p.lattice(xs: [50, 62, 74], ys: [100, 130])
        p.text("2", x: 53, y: 102); p.text("6", x: 53, y: 114)
        p.text("1", x: 65, y: 110)
        let cell = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first?.rows[0][0])
        #expect(cell.text == "26")
        #expect(cell.doubt == nil, "the cell is too narrow for 26 on one line")
    }

    @Test func digitsStackedWhereTheColumnHasRoomAreInDoubt() throws {
        var p = PageBuilder()
        p.lattice(xs: [50, 110], ys: [100, 130, 150])
        p.text("2", x: 53, y: 102); p.text("6", x: 53, y: 114)
        p.text("123456", x: 53, y: 135)
        let cell = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first?.rows[0][0])
        #expect(cell.text == "26")
        #expect(cell.doubt != nil)
    }

    @Test func aTransposedTable4KeepsItsShape() throws {
        var p = PageBuilder()
        p.lattice(xs: [50, 130, 160, 190, 220, 250], ys: [100, 120, 140, 160])
        let labels = ["行政复议", "未经复议直接起诉", "复议后起诉"]
        for (r, label) in labels.enumerated() {
            p.text(label, x: 52, y: 104 + Double(r) * 20, size: 8)
            for c in 0..<4 { p.text("\(r)\(c)", x: 140 + Double(c) * 30, y: 104 + Double(r) * 20) }
        }
        let grid = try #require(PageLayout.items(from: [p.page]).compactMap(\.grid).first)
        #expect(grid.rows.count == 3 && grid.columnCount == 5)
        #expect(grid.rows.map { $0[0].text } == labels)
        #expect(grid.rows[2].map(\.text) == ["复议后起诉", "20", "21", "22", "23"])
    }

    @Test func strokesOfCharactersCrossingMakeNoTable() {
        var p = PageBuilder()
        // 井 drawn as two short lines each way; 12 points square.
        p.horizontal(104, from: 100, to: 112); p.horizontal(108, from: 100, to: 112)
        p.vertical(104, from: 100, to: 112); p.vertical(108, from: 100, to: 112)
        p.text("井", x: 100, y: 100, size: 12)
        let items = PageLayout.items(from: [p.page])
        #expect(items.compactMap(\.grid).isEmpty)
        #expect(items.compactMap(\.line).map(\.text) == ["井"])
    }

    @Test func aHeadingTouchingTheTableStaysOutOfIt() throws {
        var p = PageBuilder()
        p.lattice(xs: [50, 150, 200], ys: [120, 140])
        // One vertical border picked up a stroke of the heading above it.
        p.vertical(50, from: 106, to: 118)
        p.text("四、情况", x: 45, y: 107)
        p.text("行政复议", x: 55, y: 125); p.text("2", x: 170, y: 125)
        let items = PageLayout.items(from: [p.page])
        #expect(items.compactMap(\.line).map(\.text) == ["四、情况"])
        #expect(items.compactMap(\.grid).first?.dump == [["行政复议", "2"]])
    }

    @Test func cellsInAnyOrderLandWhereTheirEdgesStand() {
        // Grid layout looks for a cell's edges first where the cell before it suggests: cells
        // coming bottom to top, right to left, with edges a little off the lines, miss each guess.
        func cell(_ text: String, _ x: Double, _ y: Double, _ width: Double, _ height: Double) -> PlacedTable.Cell {
            PlacedTable.Cell(frame: Box(x: x, y: y, width: width, height: height), text: text,
                             location: .page(1, Box(x: x, y: y, width: width, height: height)))
        }
        let cells = [
            cell("6", 230.5, 140, 60, 20), cell("5", 170, 139.5, 60, 20), cell("4", 110, 140, 60, 20.5),
            cell("3", 229.5, 120, 60.5, 20), cell("2", 170, 120, 60, 20), cell("1", 110, 120.5, 60, 19.5),
            cell("（三）", 50, 120, 60, 40), cell("法人或其他组织", 110, 100, 180, 20), cell("", 50, 100, 60, 20),
        ]
        let grid = GridLayout.grid(PlacedTable(cells: cells, page: 1, box: Box(x: 50, y: 100, width: 240, height: 60)))
        #expect(grid.dump == [
            ["", "法人或其他组织", "^法人或其他组织", "^法人或其他组织"],
            ["（三）", "1", "2", "3"],
            ["^（三）", "4", "5", "6"],
        ])
    }
}
