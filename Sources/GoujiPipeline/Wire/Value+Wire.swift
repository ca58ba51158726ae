import Foundation
import GoujiModel

extension Value: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(key)
        writer.write(number)
        writer.write(raw)
        writer.write(location)
        writer.write(doubt)
        writer.write(confidence)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(try reader.read(), number: try reader.read(), raw: try reader.read(), at: try reader.read(),
                  doubt: try reader.read(), confidence: try reader.read())
    }
}
