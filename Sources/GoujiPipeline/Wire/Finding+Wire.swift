import Foundation
import GoujiModel

extension Finding: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(rule)
        writer.write(severity)
        writer.write(table)
        writer.write(row)
        writer.write(column)
        writer.write(expected)
        writer.write(found)
        writer.write(suspect)
        writer.write(message)
        writer.write(messageZh)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        self.init(rule: try reader.read(), severity: try reader.read(), table: try reader.read(), row: try reader.read(),
                  column: try reader.read(), expected: try reader.read(), found: try reader.read(),
                  suspect: try reader.read(), message: try reader.read(), messageZh: try reader.read())
    }
}
