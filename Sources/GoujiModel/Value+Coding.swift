import Foundation

// A report's values cross from a `gouji worker` to the batch by the hundred per file: each is
// coded as one flat array (table, row, column, number, raw, location, doubt), which decodes
// several times faster than nested keyed objects. The number is its exact decimal text.
extension Value {
    public init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        let key = try CellKey(fields.decode(TableID.self), fields.decode(String.self), fields.decode(String.self))
        let number = try fields.decodeIfPresent(String.self).map { text in
            // Decimal(string:) reads a number's prefix ("12x" is 12): the text must be the number's own.
            guard let number = Decimal(string: text), "\(number)" == text else {
                throw DecodingError.dataCorruptedError(in: fields, debugDescription: "not a number: \(text)")
            }
            return number
        }
        self.init(key, number: number, raw: try fields.decode(String.self), at: try fields.decode(Location.self),
                  doubt: try fields.decodeIfPresent(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        try fields.encode(key.table)
        try fields.encode(key.row)
        try fields.encode(key.column)
        try fields.encode(number.map { "\($0)" })
        try fields.encode(raw)
        try fields.encode(location)
        try fields.encode(doubt)
    }
}

// A location as a flat array too: a kind, then its numbers.
extension Location {
    private enum Kind: String, Codable { case line, page, cell }

    public init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        switch try fields.decode(Kind.self) {
        case .line:
            self = .line(try fields.decode(Int.self))
        case .page:
            let page = try fields.decode(Int.self)
            self = .page(page, try Box(x: fields.decode(Double.self), y: fields.decode(Double.self),
                                       width: fields.decode(Double.self), height: fields.decode(Double.self)))
        case .cell:
            self = .tableCell(table: try fields.decode(Int.self), row: try fields.decode(Int.self), column: try fields.decode(Int.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        switch self {
        case .line(let line):
            try fields.encode(Kind.line)
            try fields.encode(line)
        case .page(let page, let box):
            try fields.encode(Kind.page)
            try fields.encode(page)
            for coordinate in [box.x, box.y, box.width, box.height] { try fields.encode(coordinate) }
        case .tableCell(let table, let row, let column):
            try fields.encode(Kind.cell)
            for index in [table, row, column] { try fields.encode(index) }
        }
    }
}
