import GoujiModel

/// A location as a tag byte, then its numbers.
extension Location: WireCoding {
    private enum Tag: UInt8 { case line, page, tableCell }

    func write(to writer: inout WireWriter) {
        switch self {
        case .line(let line):
            writer.append(byte: Tag.line.rawValue)
            writer.write(line)
        case .page(let page, let box):
            writer.append(byte: Tag.page.rawValue)
            writer.write(page)
            writer.write(box)
        case .tableCell(let table, let row, let column):
            writer.append(byte: Tag.tableCell.rawValue)
            writer.write(table)
            writer.write(row)
            writer.write(column)
        }
    }

    init(wire reader: inout WireReader) throws(WireError) {
        let tag = try reader.byte()
        switch Tag(rawValue: tag) {
        case .line: self = .line(try reader.read())
        case .page: self = .page(try reader.read(), try reader.read())
        case .tableCell: self = .tableCell(table: try reader.read(), row: try reader.read(), column: try reader.read())
        case nil: throw .badTag(tag, field: "location")
        }
    }
}
