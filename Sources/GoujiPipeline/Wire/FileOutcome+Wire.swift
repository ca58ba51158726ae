import GoujiLoad

extension FileOutcome: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(outcome)
        writer.write(sha256)
        writer.write(size)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(outcome: try reader.read(), sha256: try reader.read(), size: try reader.read())
    }
}
