import GoujiModel
import Testing

struct RuledGridTests {
    @Test func positionsCloserThanTheToleranceAreOneAtTheirMean() {
        #expect(RuledGrid.positions([10, 0, 11, 30, 12.5, 1], tolerance: 2) == [0.5, 11.166666666666666, 30])
        #expect(RuledGrid.positions([], tolerance: 2).isEmpty)
    }

    /// A 3 × 3 grid whose top row is one cell across all columns and whose lower-left cell runs
    /// down two rows: the cells come in the order of their first slots.
    @Test func slotsWithNoLineBetweenThemAreOneCell() {
        let spans = RuledGrid.cells(rows: 3, columns: 3,
                                    lineAfterColumn: { r, c in r > 0 },
                                    lineBelowRow: { r, c in !(r == 1 && c == 0) })
        #expect(spans == [RuledGrid.Span(rows: 0...0, columns: 0...2),
                          RuledGrid.Span(rows: 1...2, columns: 0...0),
                          RuledGrid.Span(rows: 1...1, columns: 1...1), RuledGrid.Span(rows: 1...1, columns: 2...2),
                          RuledGrid.Span(rows: 2...2, columns: 1...1), RuledGrid.Span(rows: 2...2, columns: 2...2)])
    }

    @Test func everyLineDrawnLeavesEverySlotACell() {
        let spans = RuledGrid.cells(rows: 2, columns: 4, lineAfterColumn: { _, _ in true }, lineBelowRow: { _, _ in true })
        #expect(spans.count == 8)
        #expect(spans.allSatisfy { $0.rows.count == 1 && $0.columns.count == 1 })
    }
}

struct RuledGridLinesTests {
    /// Lines as numbers: two meet when they differ by one (a stand-in for crossing).
    private static func meet(_ a: Int, _ b: Int) -> Bool { abs(a - b) == 1 }

    @Test func linesMeetingTwoOthersStayTheRestGo() {
        // 1 2 3 4 form a chain: its ends meet one line only and go, then the next ends, and so on.
        #expect(RuledGrid.borders([1, 2, 3, 4], meet: Self.meet).isEmpty)
        // A ring meets two at every line (a 0…5 cycle by mod 6), and a stray line 20 goes.
        let ring = { (a: Int, b: Int) in a < 6 && b < 6 && (abs(a - b) == 1 || abs(a - b) == 5) }
        #expect(RuledGrid.borders([0, 1, 2, 3, 4, 5, 20], meet: ring) == [0, 1, 2, 3, 4, 5])
    }

    @Test func linesThatMeetThroughOthersAreOneGroupInTheOrderOfTheirFirstLines() {
        #expect(RuledGrid.connected([7, 1, 8, 2, 20, 9], meet: Self.meet) == [[7, 8, 9], [1, 2], [20]])
    }
}
