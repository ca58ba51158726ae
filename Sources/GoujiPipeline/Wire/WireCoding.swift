import GoujiModel

/// A type written to the worker pipe field by field, and read back exactly or not at all. Written by
/// hand: Codable's containers (as JSON) would make writing and reading each report cost many times as much.
protocol WireCoding {
    func write(to writer: inout WireWriter)
    init(wire reader: inout WireReader) throws(WireError)
}

extension Int: WireCoding {
    func write(to writer: inout WireWriter) { writer.append(word: UInt64(bitPattern: Int64(self))) }
    init(wire reader: inout WireReader) throws(WireError) { self = Int(Int64(bitPattern: try reader.word())) }
}

/// A double as its bit pattern: infinities and NaN cross too.
extension Double: WireCoding {
    func write(to writer: inout WireWriter) { writer.append(word: bitPattern) }
    init(wire reader: inout WireReader) throws(WireError) { self.init(bitPattern: try reader.word()) }
}

/// A text as its UTF-8 length and bytes.
extension String: WireCoding {
    func write(to writer: inout WireWriter) {
        var text = self
        text.withUTF8 { utf8 in
            writer.write(utf8.count)
            writer.append(contentsOf: utf8)
        }
    }

    init(wire reader: inout WireReader) throws(WireError) {
        let bytes = try reader.bytes(count: reader.count())
        // ASCII, as nearly every key and number is, is UTF-8 as it stands: it needs decoding, not
        // the validation `String(validating:)` does first.
        if bytes.allSatisfy({ $0 < 0x80 }) {
            self = String(decoding: bytes, as: UTF8.self)
            return
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .badUTF8 }
        self = text
    }
}

/// An optional behind a tag byte: 0 nil, 1 a value.
extension Optional: WireCoding where Wrapped: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.append(byte: self == nil ? 0 : 1)
        self?.write(to: &writer)
    }

    init(wire reader: inout WireReader) throws(WireError) {
        switch try reader.byte() {
        case 0: self = nil
        case 1: self = try Wrapped(wire: &reader)
        case let tag: throw .badTag(tag, field: "optional")
        }
    }
}

/// An array as its count and its elements.
extension Array: WireCoding where Element: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(count)
        for element in self { element.write(to: &writer) }
    }

    init(wire reader: inout WireReader) throws(WireError) {
        let count = try reader.count()
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(wire: &reader)) }
    }
}

/// A dictionary as its count and its pairs.
extension Dictionary: WireCoding where Key: WireCoding, Value: WireCoding {
    func write(to writer: inout WireWriter) {
        writer.write(count)
        for (key, value) in self {
            key.write(to: &writer)
            value.write(to: &writer)
        }
    }

    init(wire reader: inout WireReader) throws(WireError) {
        let count = try reader.count()
        self.init(minimumCapacity: count)
        for _ in 0..<count { self[try Key(wire: &reader)] = try Value(wire: &reader) }
    }
}

/// A case by its name, so that reordering an enum's cases changes nothing.
extension WireCoding where Self: RawRepresentable, RawValue == String {
    func write(to writer: inout WireWriter) { rawValue.write(to: &writer) }

    init(wire reader: inout WireReader) throws(WireError) {
        let name = try String(wire: &reader)
        guard let value = Self(rawValue: name) else { throw .unknownCase(name, field: "\(Self.self)") }
        self = value
    }
}

extension TableID: WireCoding {}
extension TemplateFormat: WireCoding {}
extension ReportStatus: WireCoding {}
extension SourceFile.Kind: WireCoding {}
extension Finding.Severity: WireCoding {}
extension StatedFigure.Quantity: WireCoding {}
