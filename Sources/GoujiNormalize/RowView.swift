import GoujiModel

/// A grid row split into its label part and its value part.
struct RowView {
    let cells: [Cell]
    /// What each cell says, read once: every question below asks it.
    let readings: [CellNumber.Reading]
    /// Which cells are labels: text, but for a character or two OCR read right of a figure, a
    /// value it misread (a 1 read as 工): a row's labels come before its figures.
    private let isLabel: [Bool]

    init(_ cells: [Cell]) {
        self.cells = cells
        let readings = cells.map { CellNumber.read($0.text) }
        var isLabel = readings.map { $0 == .text }
        var afterFigure = false
        for (index, cell) in cells.enumerated() where !cell.isSpanCopy {
            if afterFigure, cell.confidence != nil, cell.text.count <= 2 { isLabel[index] = false }
            if case .number = readings[index] { afterFigure = true }
        }
        self.readings = readings
        self.isLabel = isLabel
    }

    /// Index of the rightmost cell that is a label rather than a value, if any.
    var lastLabelIndex: Int? {
        isLabel.lastIndex(of: true)
    }

    /// The label cells' texts, left to right.
    var labels: [String] {
        labelCells.map(\.text)
    }

    /// The label cells, left to right.
    var labelCells: [Cell] {
        cells.indices.filter { isLabel[$0] }.map { cells[$0] }
    }

    /// Whether any cell holds a number: header rows hold none.
    var hasNumber: Bool {
        cells.indices.contains { index in
            if case .number = readings[index] { !cells[index].isSpanCopy } else { false }
        }
    }

    /// The cell at `index` read as the value for `key`.
    func value(_ key: CellKey, at index: Int) -> Value {
        ValueReading.value(key, from: cells[index], reading: readings[index])
    }

    /// The cells right of the label, span copies left out, trailing blanks trimmed (but for those
    /// placed by their column): the values as a text dump that lost its column alignment still
    /// shows them.
    var trailingValues: [(index: Int, cell: Cell)] {
        let start = (lastLabelIndex ?? -1) + 1
        // Made with its labels at once: an array of unlabeled pairs would be copied again to label them.
        var run = cells.indices.dropFirst(start).filter { !cells[$0].isSpanCopy }.map { (index: $0, cell: cells[$0]) }
        while let last = run.last, !last.cell.isPlaced, last.cell.text.unicodeScalars.allSatisfy(\.isWhitespace) { run.removeLast() }
        return run
    }
}
