import Foundation
import GoujiModel

/// Reads 表四 (行政复议、行政诉讼情况). Each value is keyed by the words standing above it and
/// beside it, so the usual one-row layout and the transposed 3 × 5 one read alike.
struct T4Reader {
    private(set) var values: [Value] = []
    private(set) var doubts: [String] = []
    private var headers = ColumnHeaders(rows: [])

    private static let groupWords = ["行政复议", "行政诉讼", "未经复议直接起诉", "直接起诉", "复议后起诉"]

    /// The one group a part's caption names (行政复议, 行政诉讼（复议后起诉）), the last line above
    /// the part to name one, for 表四 printed as three tables whose headers hold the results alone.
    private var captionGroup: String?

    /// Parts of five figures whose group nothing names, in document order.
    private var untitledParts: [[Cell]] = []

    /// Settles what the parts read could not: three untitled parts of five, and nothing else of
    /// 表四, are taken as its three groups in the template's order, in doubt; fewer or more are
    /// left unread.
    mutating func finish() {
        guard !untitledParts.isEmpty else { return }
        defer { untitledParts = [] }
        guard untitledParts.count == CanonicalModel.t4Groups.count, values.isEmpty else {
            let parts = untitledParts.count == 1 ? "1 part" : "\(untitledParts.count) parts"
            doubts.append("表四: \(parts) of five figures without a title, their groups unknown")
            return
        }
        let doubt = "表四 printed in three parts without titles: taken in the template's order"
        doubts.append(doubt)
        for (group, part) in zip(CanonicalModel.t4Groups, untitledParts) {
            for (result, cell) in zip(CanonicalModel.t4Results, part) {
                var value = ValueReading.value(CellKey(.t4, "all", "\(group).\(result)"), from: cell)
                value.doubt = value.doubt ?? doubt
                values.append(value)
            }
        }
    }

    mutating func read(_ rows: [[Cell]], captions: [String] = []) {
        captionGroup = captions.reversed().lazy.compactMap(Self.soleGroup).first
        var headerRows: [[Cell]] = []
        // The last row read, when it held figures alone, and what reading it added.
        var figuresAlone: (cells: [Cell], values: Int, doubts: Int, parts: Int)?
        for cells in rows {
            let row = RowView(cells)
            if row.labels.isEmpty, row.hasNumber, let above = figuresAlone, let joined = Self.runningOn(above.cells, cells) {
                // Figures alone under a row of figures alone, as many as 表四 lacks: the end
                // of its one row, which ran out of room (a word processor's tabs wrapped).
                values.removeSubrange(above.values...); doubts.removeSubrange(above.doubts...)
                untitledParts.removeSubrange(above.parts...)
                readMisaligned(RowView(joined))
                figuresAlone = nil
                continue
            }
            if !row.hasNumber && !cells.indices.contains(where: { row.readings[$0] == .noValue && !cells[$0].text.isEmpty }) {
                figuresAlone = nil
                // A part's title in a row of its own, over a header of results alone, names the
                // part's group as a caption above the table does.
                let texts = Set(cells.map(\.text).filter { !$0.allSatisfy(\.isWhitespace) })
                if texts.count == 1, let group = Self.soleGroup(texts.first!) {
                    captionGroup = group
                    continue
                }
                headerRows.append(cells)
                continue
            }
            if !headerRows.isEmpty {
                headers = ColumnHeaders(rows: headerRows) { word in Self.groupWords.contains { word.includes($0) } && !word.includes("审结") }
                headerRows = []
            }
            let before = (cells: cells, values: values.count, doubts: doubts.count, parts: untitledParts.count)
            readRow(row)
            figuresAlone = row.labels.isEmpty ? before : nil
        }
    }

    /// The figures of two rows as one, when the first lacks some of 表四's fifteen and together
    /// they make them (or one more, a stray cell the balance rules place).
    private static func runningOn(_ first: [Cell], _ second: [Cell]) -> [Cell]? {
        func figures(_ cells: [Cell]) -> [Cell] { cells.filter { !$0.isSpanCopy && !$0.text.allSatisfy(\.isWhitespace) } }
        let all = CanonicalModel.t4Groups.count * CanonicalModel.t4Results.count
        let (above, below) = (figures(first), figures(second))
        return above.count < all && !below.isEmpty && (all...all + 1).contains(above.count + below.count) ? above + below : nil
    }

    private mutating func readRow(_ row: RowView) {
        let rowContext = row.labels.map(LabelText.letters).joined(separator: " ")
        var keyed: [(key: String, index: Int)] = []
        var unkeyed = 0
        for index in ((row.lastLabelIndex ?? -1) + 1)..<row.cells.count where !row.cells[index].isSpanCopy {
            let cell = row.cells[index]
            let context = rowContext + " " + (headers.stacks[index] ?? "")
            if let key = Self.key(context) ?? captionGroup.flatMap({ Self.key($0 + " " + context) }) {
                keyed.append((key, index))
            } else if !cell.text.allSatisfy(\.isWhitespace) {
                unkeyed += 1
            }
        }
        let keys = Set(keyed.map(\.key))
        if unkeyed == 0 && keys.count == keyed.count {
            values += keyed.map { row.value(CellKey(.t4, "all", $0.key), at: $0.index) }
        } else if rowContext.isEmpty {
            readMisaligned(row)
        } else {
            doubts.append("表四: a row's cells do not line up with its headers")
        }
    }

    /// A one-row 表四 whose cells do not line up with its headers: with one stray cell too many
    /// (a text dump's extra tab), the alignment whose groups balance is taken, and marked.
    private mutating func readMisaligned(_ row: RowView) {
        let cells = row.trailingValues.map(\.cell)
        if cells.count == CanonicalModel.t4Results.count {
            untitledParts.append(cells)
            return
        }
        let order = CanonicalModel.t4Groups.flatMap { g in CanonicalModel.t4Results.map { "\(g).\($0)" } }
        var candidates: [[Cell]] = []
        if cells.count == order.count {
            candidates = [cells]
        } else if cells.count == order.count + 1 {
            for skip in cells.indices {
                var trial = cells
                trial.remove(at: skip)
                if Self.groupsBalance(trial), !candidates.contains(where: { $0.map(\.text) == trial.map(\.text) }) {
                    candidates.append(trial)
                }
            }
        }
        guard candidates.count == 1, let chosen = candidates.first else {
            doubts.append("表四: \(cells.count) cells under 15 headers, and no single alignment fits")
            return
        }
        let doubt = cells.count == order.count ? nil : "表四 has \(cells.count) cells under 15 headers; aligned where its groups balance"
        if let doubt { doubts.append(doubt) }
        for (key, cell) in zip(order, chosen) {
            var value = ValueReading.value(CellKey(.t4, "all", key), from: cell)
            value.doubt = value.doubt ?? doubt
            values.append(value)
        }
    }

    private static func groupsBalance(_ cells: [Cell]) -> Bool {
        let numbers = cells.map { cell -> Decimal? in
            if case .number(let n) = CellNumber.read(cell.text) { return n } else { return nil }
        }
        return stride(from: 0, to: 15, by: 5).allSatisfy { start in
            let group = numbers[start..<start + 5]
            guard group.allSatisfy({ $0 != nil }) else { return true }
            return group.prefix(4).reduce(Decimal(0)) { $0 + $1! } == group.last!!
        }
    }

    /// The group words of a line that names one group alone: a heading over all of 表四 names
    /// both 行政复议 and 行政诉讼, and decides nothing.
    private static func soleGroup(_ line: String) -> String? {
        let words = LabelText.letters(line)
        guard words.unicodeScalars.count <= 20 else { return nil }
        if words.includes("复议后起诉") { return "复议后起诉" }
        if words.includes("直接起诉") { return "直接起诉" }
        if (words.includes("行政复议") || words.includes("行政法复议")) && !words.includes("行政诉讼") { return "行政复议" }
        return nil
    }

    /// The t4 column a cell's surrounding words name, if they name one.
    static func key(_ context: String) -> String? {
        let group: String
        if context.includes("复议后起诉") { group = "suit_after_review" }
        else if context.includes("直接起诉") { group = "suit_direct" }
        else if context.includes("行政复议") || context.includes("行政法复议") { group = "review" }
        else { return nil }
        let result: String
        if context.includes("维持") { result = "upheld" }
        else if context.includes("纠正") { result = "corrected" }
        else if context.includes("其他") { result = "other" }
        else if context.includes("审结") { result = "pending" }
        else if context.includes("总计") || context.includes("合计") || context.includes("小计") { result = "total" }
        else { return nil }
        return "\(group).\(result)"
    }
}
