import GoujiModel

extension SourceFile: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(path)
        writer.write(kind)
        writer.write(encoding)
        writer.write(ocrPages)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(path: try reader.read(), kind: try reader.read(), encoding: try reader.read(), ocrPages: try reader.read())
    }
}
