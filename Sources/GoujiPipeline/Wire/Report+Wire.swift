import GoujiModel

extension Report: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(source)
        writer.write(body)
        writer.write(region)
        writer.write(year)
        writer.write(formats)
        writer.write(values)
        writer.write(doubts)
        writer.write(statedFigures)
        writer.write(unread)
        writer.write(bodyAsPrinted)
        writer.write(place)
        writer.write(placeNote)
        writer.write(published)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(source: try reader.read(), body: try reader.read(), region: try reader.read(), year: try reader.read(),
                  formats: try reader.read(), values: try reader.read(), doubts: try reader.read())
        statedFigures = try reader.read()
        unread = try reader.read()
        bodyAsPrinted = try reader.read()
        place = try reader.read()
        placeNote = try reader.read()
        published = try reader.read()
    }
}

extension UnreadPart: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(table)
        writer.write(row)
        writer.write(columns)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(try reader.read(), row: try reader.read(), columns: try reader.read())
    }
}
