import GoujiModel

enum ValueReading {
    /// A cell read as a value; text that is no number is kept raw and marked, never guessed.
    static func value(_ key: CellKey, from cell: Cell) -> Value {
        value(key, from: cell, reading: CellNumber.read(cell.text))
    }

    /// A cell read as a value, from what its text was already read to say.
    static func value(_ key: CellKey, from cell: Cell, reading: CellNumber.Reading) -> Value {
        switch reading {
        case .number(let number):
            let doubt = cell.doubt ?? (cell.isSpanCopy ? "a number spanning several columns" : nil)
            return Value(key, number: number, raw: cell.text, at: cell.location, doubt: doubt, confidence: cell.confidence)
        case .noValue:
            return Value(key, number: nil, raw: cell.text, at: cell.location, doubt: cell.doubt, confidence: cell.confidence)
        case .text:
            return Value(key, number: nil, raw: cell.text, at: cell.location, doubt: "not a number: \(cell.text)",
                         confidence: cell.confidence)
        }
    }
}
