import Foundation
import Testing
import GoujiModel
@testable import GoujiExtract

@Suite struct TextExtractorTests {
    @Test func readsUTF8WithBOMAndCRLF() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("第一行\r\n第二\t行\r\n".utf8)
        let document = try TextExtractor.extract(data, path: "a.txt")
        #expect(document.source.encoding == "UTF-8 (BOM)")
        let lines = document.blocks.compactMap { if case .text(let l) = $0 { return l } else { return nil } }
        #expect(lines.map(\.text) == ["第一行", "第二\t行", ""])
        #expect(lines[1].location == .line(2))
    }

    @Test func detectsGB18030() throws {
        let gbk = try #require("天坛街道办事处 2024 年".data(using: TextDecoding.gb18030))
        #expect(String(data: gbk, encoding: .utf8) == nil)
        let document = try TextExtractor.extract(gbk, path: "gbk.txt")
        #expect(document.source.encoding == "GB18030")
        guard case .text(let line) = document.blocks.first else { Issue.record("no line"); return }
        #expect(line.text == "天坛街道办事处 2024 年")
    }

    @Test func sniffsByContentNotName() {
        #expect(FileSniffer.kind(of: Data("%PDF-1.7\n".utf8), fileName: "a.txt") == .known(.pdf))
        #expect(FileSniffer.kind(of: Data([0x50, 0x4B, 0x03, 0x04, 0]), fileName: "a.pdf") == .zip)
        #expect(FileSniffer.kind(of: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), fileName: "a.doc") == .compoundFile)
        #expect(FileSniffer.kind(of: Data("<!DOCTYPE html><html>".utf8), fileName: "a.doc") == .known(.html))
        #expect(FileSniffer.kind(of: Data("一、总体情况".utf8), fileName: "a.md") == .known(.text))
    }

    @Test func emptyFileIsAClearError() {
        #expect(throws: ExtractError("e.txt", .empty)) { try Extractor().extract(Data(), path: "e.txt") }
    }
}
