import Foundation
import Testing
import GoujiModel
@testable import GoujiExtract

/// The .doc fixtures (made by scripts/make-doc-fixtures.py with LibreOffice from the DOCX beside
/// them or in samples/) read as their DOCX do; damaged and encrypted ones fail fast with their reason.
@Suite struct WordBinaryExtractorTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/doc")
    static let samples = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    static func fixture(_ name: String) throws -> Data { try Data(contentsOf: fixtures.appendingPathComponent(name)) }

    static func read(_ data: Data, _ name: String = "test.doc") throws(ExtractError) -> ExtractedDocument {
        try Extractor().extract(data, path: name)
    }

    /// Every block with its location, a table as its cells' text, spans and locations.
    static func dump(_ document: ExtractedDocument) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case .text(let line): return ["\(line.location) \(line.text)"]
            case .table(let table):
                return ["table \(table.index)"] + zip(table.layout, table.rows).map { layout, row in
                    zip(layout, row).map { "\($0) @\($1.location)" }.joined(separator: " | ")
                }
            case .page(let page): return ["page \(page.number)"]
            }
        }
    }

    @Test(arguments: [("hangzhou-style-2025.doc", samples.appendingPathComponent("hangzhou-style-2025.docx")),
                      ("constructs.doc", fixtures.appendingPathComponent("constructs.docx"))])
    func aDocReadsAsTheDocxItWasMadeFrom(doc: String, docx: URL) throws {
        let binary = try Self.read(try Self.fixture(doc), doc)
        let xml = try Self.read(try Data(contentsOf: docx), docx.lastPathComponent)
        #expect(binary.source.kind == .doc)
        #expect(xml.source.kind == .docx)
        #expect(!binary.tables.isEmpty)
        #expect(Self.dump(binary) == Self.dump(xml))
    }

    @Test func mergedCellsBecomeSpans() throws {
        let document = try Self.read(try Self.fixture("constructs.doc"))
        let table = try #require(document.tables.first)
        #expect(table.layout == [["本列数据", "申请人情况[c2]", "总计"], ["[^]", "自然人", "法人", "[^]"],
                                 ["一、本年新收", "21", "3", "24"], ["四、结转下年度继续办理[c2]", "0", "0"]])
        #expect(table.rows[0][2].location == .tableCell(table: 1, row: 1, column: 4))
        #expect(table.rows[3][1].location == .tableCell(table: 1, row: 4, column: 3))
    }

    @Test func fieldResultsStayAndDeletedAndHiddenTextGo() throws {
        let document = try Self.read(try Self.fixture("constructs.doc"))
        #expect(document.tables.count >= 2)
        // =SUM fields print their results; 34 was deleted for 31 with changes tracked; 隐藏 is hidden.
        #expect(document.tables[1].texts == [["予以公开", "12", "7"], ["部分公开", "31", "5"]])
        #expect(document.lines.contains("共24件"))
    }

    @Test func aTableInALayoutCellIsATableOfItsOwnAndATextBoxIsReadAtItsAnchor() throws {
        let document = try Self.read(try Self.fixture("constructs.doc"))
        #expect(document.tables.count == 3)
        #expect(document.tables[2].texts == [["规章", "0"], ["行政规范性文件", "5"]])
        let outline = document.outline
        let nested = try #require(outline.firstIndex(of: "三、嵌套表格"))
        #expect(Array(outline[nested...].prefix(4)) == ["三、嵌套表格", "（一）主动公开方面", "table 4", "说明"])
        let anchor = try #require(outline.firstIndex(of: "见文本框"))
        #expect(Array(outline[anchor...]) == ["见文本框", "文本框里的话", "完"])
    }

    // MARK: - Refused

    @Test func anEncryptedDocNeedsAPassword() throws {
        var bytes = [UInt8](try Self.fixture("constructs.doc"))
        let fib = try #require(CompoundFileBytes(bytes).streamOffset("WordDocument"))
        bytes[fib + 0x0B] |= 0x01 // fEncrypted, bit 8 of the flags at 0x0A
        #expect(throws: ExtractError("locked.doc", .encrypted("Word document"))) { try Self.read(Data(bytes), "locked.doc") }
        #expect(ExtractError("locked.doc", .encrypted("Word document")).summary == "encrypted Word document: needs a password")
    }

    @Test func aWord95DocumentIsUnsupported() throws {
        var bytes = [UInt8](try Self.fixture("constructs.doc"))
        let fib = try #require(CompoundFileBytes(bytes).streamOffset("WordDocument"))
        bytes[fib + 2] = 104; bytes[fib + 3] = 0 // nFib of Word 95
        let error = try #require(throws: ExtractError.self) { try Self.read(Data(bytes)) }
        #expect(error.isUnsupported)
        #expect(error.summary.contains("Word 6.0/95"))
    }

    @Test func aCompoundFileOfAnotherProgramSaysWhatItIs() throws {
        let bytes = [UInt8](try Self.fixture("constructs.doc"))
        func renamed(_ names: [(String, String)]) throws -> ExtractError {
            var file = CompoundFileBytes(bytes)
            for (old, new) in names {
                let renamed = file.rename(old, to: new)
                try #require(renamed)
            }
            return try #require(throws: ExtractError.self) { try Self.read(Data(file.bytes), "renamed.doc") }
        }
        let excel = try renamed([("WordDocument", "Workbook"), ("1Table", "Other")])
        #expect(excel.summary == "unsupported: an Excel 97–2003 workbook, not a Word document")
        let powerPoint = try renamed([("WordDocument", "PowerPoint Document"), ("1Table", "Other")])
        #expect(powerPoint.summary == "unsupported: a PowerPoint 97–2003 presentation, not a Word document")
        let other = try renamed([("WordDocument", "WpsContent"), ("1Table", "Other")])
        #expect(other.isUnsupported)
        #expect(other.summary.contains("without a Word document in it") && other.summary.contains("WpsContent"))
        let broken = try renamed([("WordDocument", "WordDocumenX")])
        #expect(broken.summary == "corrupt: a Word binary document whose WordDocument stream is missing or damaged")
    }

    // MARK: - Damaged, failing fast

    /// Reads a damaged file, which must fail as corrupt within a second.
    func corruption(_ bytes: [UInt8]) throws -> String {
        let clock = ContinuousClock()
        var error: ExtractError?
        let took = clock.measure { error = #expect(throws: ExtractError.self) { try Self.read(Data(bytes), "damaged.doc") } }
        #expect(took < .seconds(1))
        let found = try #require(error)
        guard case .corrupt(let why) = found.reason else { Issue.record("not corrupt: \(found)"); return "" }
        return why
    }

    @Test func aTruncatedCompoundFileIsCorrupt() throws {
        let bytes = [UInt8](try Self.fixture("hangzhou-style-2025.doc"))
        for length in [100, 600, bytes.count / 2, bytes.count - 512] {
            let why = try corruption(Array(bytes.prefix(length)))
            #expect(why.contains("compound file") || why.contains("stream"), "\(length) bytes: \(why)")
        }
    }

    @Test func aLoopingSectorChainIsCorrupt() throws {
        var file = CompoundFileBytes([UInt8](try Self.fixture("hangzhou-style-2025.doc")))
        let entry = try #require(file.entry("WordDocument"))
        let start = file.u32(entry + 0x74)
        #expect(file.u32(entry + 0x78) > 4096, "a stream of the big-sector chain")
        file.setFAT(sector: Int(start) + 1, to: start) // its second sector leads back to its first
        let why = try corruption(file.bytes)
        #expect(why.contains("WordDocument") && why.contains("sector chain loops"), "\(why)")
    }

    @Test func aStreamSizeBeyondTheFileIsCorrupt() throws {
        var file = CompoundFileBytes([UInt8](try Self.fixture("hangzhou-style-2025.doc")))
        let entry = try #require(file.entry("WordDocument"))
        file.setU32(entry + 0x78, 0x7FFF_0000)
        let why = try corruption(file.bytes)
        #expect(why.contains("WordDocument stream is missing or damaged"), "\(why)")
    }

    @Test func aPieceTableBeyondItsStreamIsCorrupt() throws {
        var bytes = [UInt8](try Self.fixture("constructs.doc"))
        let fib = try #require(CompoundFileBytes(bytes).streamOffset("WordDocument"))
        // fcClx: the 34th offset/length pair, after FibBase, the 16-bit and the 32-bit words.
        let pairs = 0x22 + 2 * 14 + 2 + 4 * 22 + 2
        for (index, byte) in [0xF0, 0xFF, 0xFF, 0x0F].enumerated() { bytes[fib + pairs + 8 * 33 + index] = UInt8(byte) }
        let why = try corruption(bytes)
        #expect(why == "a damaged Word binary document: its piece table lies beyond its 1Table stream")
    }
}

/// A compound file's bytes, with just enough of its layout known to find and damage a stream:
/// 512-byte sectors, the first FAT sector named in the header, directory entries of 128 bytes.
struct CompoundFileBytes {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    mutating func setU32(_ at: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[at + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    /// A directory entry's name: UTF-16 and a 0 after it.
    static func encoded(_ name: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in name.utf16 { bytes += [UInt8(truncatingIfNeeded: unit), UInt8(unit >> 8)] }
        return bytes + [0, 0]
    }

    /// The directory entry of the stream `name`: its UTF-16 name, then its name's size at 0x40.
    func entry(_ name: String) -> Int? {
        let encoded = Self.encoded(name)
        return stride(from: 512, to: bytes.count - 128, by: 128).first { at in
            Array(bytes[at..<at + encoded.count]) == encoded && Int(bytes[at + 0x40]) == encoded.count
        }
    }

    /// Where a big stream's first sector lies in the file.
    func streamOffset(_ name: String) -> Int? {
        entry(name).map { 512 + 512 * Int(u32($0 + 0x74)) }
    }

    mutating func rename(_ name: String, to new: String) -> Bool {
        guard let at = entry(name) else { return false }
        let encoded = Self.encoded(new)
        bytes.replaceSubrange(at..<at + 64, with: encoded + Array(repeating: 0, count: 64 - encoded.count))
        bytes[at + 0x40] = UInt8(encoded.count)
        return true
    }

    /// Sets the FAT's entry for `sector`, in the first FAT sector.
    mutating func setFAT(sector: Int, to next: UInt32) {
        let fat = 512 + 512 * Int(u32(0x4C))
        setU32(fat + 4 * sector, next)
    }
}
