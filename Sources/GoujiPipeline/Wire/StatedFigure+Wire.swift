import Foundation
import GoujiModel

extension StatedFigure: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(quantity)
        writer.write(number)
        writer.write(text)
        writer.write(location)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(try reader.read(), try reader.read(), text: try reader.read(), at: try reader.read())
    }
}
