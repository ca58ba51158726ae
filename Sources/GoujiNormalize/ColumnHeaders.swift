import GoujiModel

/// The header text standing above each column of a band of header rows, read top to bottom.
struct ColumnHeaders {
    var stacks: [Int: String] = [:]

    init(rows: [[Cell]], fillRight: (String) -> Bool = { _ in false }) {
        for row in rows {
            var carried: String?
            for (index, cell) in row.enumerated() {
                var text = LabelText.letters(cell.text)
                if text.isEmpty, let carried { text = carried } else { carried = fillRight(text) ? text : nil }
                guard !text.isEmpty else { continue }
                stacks[index, default: ""] += (stacks[index].map { _ in " " } ?? "") + text
            }
        }
    }

    var isEmpty: Bool { stacks.isEmpty }
}
