import Testing
@testable import GoujiModel

/// A path's bytes come back exactly from the String gouji holds, UTF-8 or not.
@Suite struct PathBytesTests {
    @Test(arguments: [
        Array("/reports/泰州-2024.pdf".utf8),
        [0x2F, 0xB9, 0xAB, 0xBF, 0xAA, 0x2E, 0x74, 0x78, 0x74],  // /公开.txt in GBK
        [0xFF, 0xFE, 0x41, 0xC3],  // stray bytes, a sequence cut short at the end
        [0xF4, 0x8F, 0xBE, 0x80, 0x41],  // the UTF-8 of U+10FF80, which holds a byte: held byte by byte itself
        [0xED, 0xA0, 0x80],  // an encoded surrogate, not UTF-8
    ] as [[UInt8]])
    func bytesComeBack(_ bytes: [UInt8]) {
        let path = PathBytes.string(bytes)
        #expect(PathBytes.bytes(path) == bytes)
        #expect(PathBytes.withCString(path) { pointer in Array(UnsafeBufferPointer(start: pointer, count: bytes.count + 1)) }
                    .map(UInt8.init(bitPattern:)) == bytes + [0])
    }

    @Test func utf8IsKeptAsItIsAndOtherBytesAreShownEscaped() {
        #expect(PathBytes.string(Array("泰州.pdf".utf8)) == "泰州.pdf")
        #expect(!PathBytes.holdsBytes("泰州.pdf"))
        let gbk = PathBytes.string([0xB9, 0xAB, 0xBF, 0xAA, 0x2E, 0x70, 0x64, 0x66])
        #expect(PathBytes.holdsBytes(gbk))
        #expect(PathBytes.shown(gbk) == #"\xB9\xAB\xBF\xAA.pdf"#)
        #expect(SourceFile(path: "/in/" + gbk, kind: .pdf).name == #"\xB9\xAB\xBF\xAA.pdf"#)
        #expect(PathBytes.shown(PathBytes.string([0x41, 0x80])) == #"A\x80"#)
    }
}
