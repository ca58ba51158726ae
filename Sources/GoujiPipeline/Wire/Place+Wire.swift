import GoujiModel

extension Place.Level: WireCoding {}

extension Place: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(code)
        writer.write(province)
        writer.write(city)
        writer.write(county)
        writer.write(township)
        writer.write(level)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(code: try reader.read(), province: try reader.read(), city: try reader.read(), county: try reader.read(),
                  township: try reader.read(), level: try reader.read())
    }
}
