import Testing
@testable import GoujiExtract

/// What else an unsure number may be, from the readings a cell's engines gave.
@Suite struct OtherReadingsTests {
    private func symbols(_ digits: [(String, Double, [String])]) -> [Tesseract.Symbol] {
        let box = PixelBox(x: 0, y: 0, width: 10, height: 10)
        return digits.map { Tesseract.Symbol(text: $0.0, box: box, line: box, confidence: $0.1, alternatives: $0.2) }
    }

    /// The other engine's reading, then each unsure digit replaced by tesseract's next digit for
    /// it (a letter it also weighed is no reading of a number); sure digits stay.
    @Test func theOtherEngineAndTheNextDigitForEachUnsureOne() {
        let read = symbols([("7", 99.5, ["1"]), ("9", 30, ["了", "5", "3"]), ("5", 30, ["6"])])
        #expect(ScanReader.otherReadings(of: read, besides: "75") == ["75", "755", "796"])
    }

    /// A reading that is no number has none; the other engine's reading of the same number
    /// (thousands commas aside) is not another.
    @Test func noneForTextOrTheSameNumber() {
        #expect(ScanReader.otherReadings(of: symbols([("无", 40, ["1"])]), besides: "1").isEmpty)
        #expect(ScanReader.otherReadings(of: symbols([("1", 99, []), (",", 99, []), ("2", 99, []), ("0", 99, []), ("5", 99, [])]),
                                         besides: "1205").isEmpty)
    }
}
