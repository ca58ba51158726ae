import Testing
import GoujiModel

@Suite struct ScalarPropertiesTests {
    @Test func answeredQuicklyTheyAgreeWithUnicode() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isAlphabetic == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(scalar.isWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
