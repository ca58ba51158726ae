import Foundation
import GoujiModel

/// Joins a table continued over a page break: a table that ends its page and one that opens
/// the next, with nothing but page furniture between them and the same column edges, are one
/// table. A header the continuation repeats is dropped; the continuation's rows are stacked
/// under the first part's, each cell keeping its own page and box.
enum TableContinuation {
    /// How far apart (points) column edges on the two pages may be and still be one edge.
    static let tolerance = 3.0

    static func join(_ contents: [PageContent]) -> [PageContent] {
        var result: [PageContent] = []
        var open: Int?  // index in `result` of a table nothing but furniture has followed since
        for content in contents {
            switch content {
            case .furniture:
                result.append(content)
            case .line:
                result.append(content)
                open = nil
            case .table(let table), .continuation(let table, _):
                if let k = open, case .table(let first) = result[k], table.page == lastPage(of: first) + 1,
                   continues(first, with: table) || first.runsOn && !table.opensWithHeading {
                    let (first, rest) = runningOn(table, onto: first)
                    result[k] = .table(rest.cells.isEmpty ? first : appending(rest, to: first))
                } else if case .continuation = content {
                    result.append(content)
                    open = nil
                } else {
                    result.append(content)
                    open = result.count - 1
                }
            }
        }
        return result
    }

    private static func lastPage(of table: PlacedTable) -> Int {
        table.cells.compactMap(\.location.page).max() ?? table.page
    }

    /// The same outer edges, and the column edges of one a subset of the other's: a
    /// continuation may lack the edges only its header rows had.
    static func continues(_ first: PlacedTable, with next: PlacedTable) -> Bool {
        let a = edges(first), b = edges(next)
        guard let a0 = a.first, let a1 = a.last, let b0 = b.first, let b1 = b.last,
              abs(a0 - b0) <= tolerance, abs(a1 - b1) <= tolerance else { return false }
        let (fewer, more) = a.count <= b.count ? (a, b) : (b, a)
        return fewer.allSatisfy { edge in more.contains { abs($0 - edge) <= tolerance } }
    }

    private static func edges(_ table: PlacedTable) -> [Double] {
        Lattice.positions(table.cells.map(\.frame.x) + table.cells.map(\.frame.maxX))
    }

    /// The first part with the values opening the next page put at the end of its last row,
    /// which ran out of room, and the next part without them.
    private static func runningOn(_ next: PlacedTable, onto first: PlacedTable) -> (PlacedTable, PlacedTable) {
        guard first.runsOn, let opening = rowsByTop(next).first,
              opening.allSatisfy({ AlignedTables.isValue($0.text) }) else { return (first, next) }
        let lastRow = rowsByTop(first).last!
        let shift = lastRow.map(\.frame.maxX).max()! - opening[0].frame.x
        var joined = first, rest = next
        joined.runsOn = false
        for var cell in opening {
            cell.frame.x += shift
            cell.frame.y = lastRow[0].frame.y
            cell.frame.height = lastRow[0].frame.height
            joined.cells.append(cell)
        }
        rest.cells.removeAll { cell in opening.contains { $0.frame == cell.frame } }
        return (joined, rest)
    }

    private static func appending(_ next: PlacedTable, to first: PlacedTable) -> PlacedTable {
        var cells = withoutRepeatedHeader(next, of: first)
        guard !cells.isEmpty else { return first }
        let top = cells.map(\.frame.y).min()!
        let shift = first.frame.maxY - top
        for k in cells.indices { cells[k].frame.y += shift }

        let bottom = first.frame.maxY, tolerance = Lattice.tolerance
        func above(_ cell: PlacedTable.Cell) -> Int? {
            guard abs(cell.frame.y - bottom) <= tolerance else { return nil }
            return first.cells.indices.first { k in
                let upper = first.cells[k].frame
                return abs(upper.maxY - bottom) <= tolerance
                    && abs(upper.x - cell.frame.x) <= tolerance && abs(upper.maxX - cell.frame.maxX) <= tolerance
            }
        }
        // A row the break cut in two goes on without a label of its own, and without a second
        // number under a number.
        let opening = cells.filter { abs($0.frame.y - bottom) <= tolerance }
        let rowGoesOn = !next.opensWithHeading && opening.allSatisfy { lower in
            !opensLabel(lower.text)
                && !(lower.text.contains(where: \.isDigit) && above(lower).map { first.cells[$0].text.contains(where: \.isDigit) } ?? false)
        }
        // The tops of both parts' rows, gathered once, and only if a cell may be a label cut in two.
        lazy var firstTops = Lattice.positions(first.cells.map(\.frame.y))
        lazy var restTops = Lattice.positions(cells.map(\.frame.y))
        var joined = first
        var continued = Set<Int>()
        for cell in cells {
            let k = above(cell).flatMap { k in
                !continued.contains(k)
                    && (rowGoesOn || isSplitLabel(first.cells[k], rows: firstTops, continuedBy: cell, rows: restTops)) ? k : nil
            }
            if let k {
                continued.insert(k)
                joined.cells[k].frame = joined.cells[k].frame.union(cell.frame)
                joined.cells[k].text += cell.text
            } else {
                joined.cells.append(cell)
            }
        }
        return joined
    }

    /// A tall cell (a group label) that the break cut in two: one of its parts spans rows, and
    /// the lower does not open a label of its own ("（四）无" over "法提供", or a blank).
    /// `rows` are the tops of the rows of each part.
    private static func isSplitLabel(_ upper: PlacedTable.Cell, rows upperTops: @autoclosure () -> [Double],
                                     continuedBy lower: PlacedTable.Cell, rows lowerTops: @autoclosure () -> [Double]) -> Bool {
        // A figure goes on no label: under a header repeated at a page's foot (自然人 over two
        // rows), the next page's first figures open a row of their own.
        guard !upper.text.isEmpty, !opensLabel(lower.text),
              !(AlignedTables.isValue(lower.text) && lower.text.contains(where: \.isWholeNumber)) else { return false }
        func rowsSpanned(_ cell: PlacedTable.Cell, tops: [Double]) -> Int {
            tops.filter { cell.frame.y - Lattice.tolerance <= $0 && $0 < cell.frame.maxY - Lattice.tolerance }.count
        }
        return rowsSpanned(upper, tops: upperTops()) > 1 || rowsSpanned(lower, tops: lowerTops()) > 1
    }

    /// A label opens with a bracket or a numeral, after spaces at most: a text opening otherwise
    /// is not run through the pattern.
    private static func opensLabel(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.isWhitespace }), labelOpenings.contains(first) else { return false }
        return labelOpening.matches(text)
    }

    private static let labelOpenings = Array("（(一二三四五六七八九十0123456789".unicodeScalars)

    private static let labelOpening = TextPattern(#"^\s*([（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+、|[0-9]+[.．、])"#)

    /// The continuation's cells less its leading rows that read as the first part's leading rows.
    private static func withoutRepeatedHeader(_ next: PlacedTable, of first: PlacedTable) -> [PlacedTable.Cell] {
        let nextRows = rowsByTop(next), firstRows = rowsByTop(first)
        var repeated = 0
        while repeated < min(nextRows.count - 1, firstRows.count),
              nextRows[repeated].map(\.text) == firstRows[repeated].map(\.text),
              nextRows[repeated].contains(where: { !$0.text.isEmpty }) {
            repeated += 1
        }
        return Array(nextRows.dropFirst(repeated).joined())
    }

    /// Cells grouped by the row their top edge opens, each row left to right. A row is gathered
    /// when asked for: a join looks at the first rows or the last row of a table, mostly.
    private static func rowsByTop(_ table: PlacedTable) -> LazyMapCollection<[Double], [PlacedTable.Cell]> {
        let tops = Lattice.positions(table.cells.map(\.frame.y))
        return tops.lazy.map { top in
            table.cells.filter { abs($0.frame.y - top) <= Lattice.tolerance }.sorted { $0.frame.x < $1.frame.x }
        }
    }
}
