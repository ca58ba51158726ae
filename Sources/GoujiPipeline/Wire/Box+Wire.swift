import GoujiModel

/// A box's coordinates cross as bit patterns, so a damaged PDF's infinite or NaN ones cross too.
extension Box: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(x)
        writer.write(y)
        writer.write(width)
        writer.write(height)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(x: try reader.read(), y: try reader.read(), width: try reader.read(), height: try reader.read())
    }
}
