import GoujiModel

extension CellKey: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(table)
        writer.write(row)
        writer.write(column)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(try reader.read(), try reader.read(), try reader.read())
    }
}
