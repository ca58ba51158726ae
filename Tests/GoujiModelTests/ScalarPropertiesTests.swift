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

    @Test func theDigitsAreASCIIAndFullWidthOnes() {
        let digits = (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init).filter(\.isDigit)
        #expect(String(String.UnicodeScalarView(digits)) == "0123456789０１２３４５６７８９")
    }
}
