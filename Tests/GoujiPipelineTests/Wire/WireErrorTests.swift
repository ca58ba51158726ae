import Foundation
import Testing
import GoujiModel
@testable import GoujiPipeline

/// Bytes no writer wrote are refused with a reason, never read as something else, never a crash.
@Suite struct WireErrorTests {
    @Test func anAnswerCutShortAnywhereIsRefused() throws {
        var writer = WireWriter()
        writer.write(WireRoundTripTests.rich)
        for length in 0..<writer.bytes.count {
            #expect(throws: WireError.truncated) { try WireFrame.decode(Array(writer.bytes.prefix(length))) as Outcome }
        }
    }

    @Test func anAnswerWithBytesLeftOverIsRefused() {
        var writer = WireWriter()
        writer.write(WireRoundTripTests.rich)
        #expect(throws: WireError.trailingBytes(1)) { try WireFrame.decode(writer.bytes + [0]) as Outcome }
    }

    @Test func aBadTagIsRefused() {
        #expect(throws: WireError.badTag(3, field: "location")) { try Self.read([3], as: Location.self) }
        #expect(throws: WireError.badTag(2, field: "optional")) { try Self.read([2], as: String?.self) }
        #expect(throws: WireError.badTag(2, field: "number")) { try Self.read([2], as: Decimal.self) }
        #expect(throws: WireError.badTag(2, field: "sign")) { try Self.read([0, 2] + Self.word(0) + Self.word(1), as: Decimal.self) }
    }

    @Test func anUnknownCaseIsRefused() {
        #expect(throws: WireError.unknownCase("t9", field: "TableID")) { try Self.read(Self.text("t9"), as: TableID.self) }
        #expect(throws: WireError.unknownCase("", field: "ReportStatus")) { try Self.read(Self.text(""), as: ReportStatus.self) }
    }

    @Test func aTextThatIsNoUTF8IsRefused() {
        #expect(throws: WireError.badUTF8) { try Self.read(Self.word(2) + [0xFF, 0xFE], as: String.self) }
        #expect(throws: WireError.badUTF8) { try Self.read(Self.word(1) + [0xE4], as: String.self) }
    }

    @Test func aNumberOutOfItsRangeIsRefused() {
        #expect(throws: WireError.notANumber("12x")) { try Self.read([1] + Self.text("12x"), as: Decimal.self) }
        #expect(throws: WireError.notANumber("012")) { try Self.read([1] + Self.text("012"), as: Decimal.self) }
        #expect(throws: WireError.outOfRange(300, field: "a number's exponent")) {
            try Self.read([0, 0] + Self.word(300) + Self.word(1), as: Decimal.self)
        }
    }

    @Test func aCountOutOfItsRangeIsRefused() throws {
        #expect(throws: WireError.outOfRange(-1, field: "a count")) { try Self.read(Self.word(-1), as: [String].self) }
        #expect(throws: WireError.truncated) { try Self.read(Self.word(.max), as: [Int].self) }
        #expect(throws: WireError.truncated) { try Self.read(Self.word(.max), as: String.self) }
        #expect(throws: WireError.outOfRange(WireFrame.maxLength + 1, field: "an answer's length")) {
            try WireFrame.length(header: Self.word(WireFrame.maxLength + 1))
        }
        #expect(try WireFrame.length(header: Self.word(WireFrame.maxLength)) == WireFrame.maxLength)
    }

    static func read<Value: WireCoding>(_ bytes: [UInt8], as type: Value.Type) throws -> Value {
        try WireFrame.decode(bytes)
    }

    static func word(_ integer: Int) -> [UInt8] {
        var writer = WireWriter()
        writer.write(integer)
        return writer.bytes
    }

    static func text(_ text: String) -> [UInt8] {
        var writer = WireWriter()
        writer.write(text)
        return writer.bytes
    }
}
