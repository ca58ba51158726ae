import GoujiModel

extension Outcome: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(source)
        writer.write(status)
        writer.write(reason)
        writer.write(report)
        writer.write(findings)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(source: try reader.read(), status: try reader.read(), reason: try reader.read(),
                  report: try reader.read(), findings: try reader.read())
    }
}
