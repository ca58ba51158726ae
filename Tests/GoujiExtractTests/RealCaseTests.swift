import Foundation
import Testing
import GoujiModel
import GoujiTestSupport
@testable import GoujiExtract

/// The real and variant evaluation documents (second tier) read into the tables their expected
/// values come from.
@Suite(EvalCases.tier) struct RealCaseTests {
    func extract(_ name: String) throws -> ExtractedDocument {
        try Extractor().extract(path: EvalCases.document(name).path)
    }

    /// The texts of the first source row, in any table, whose cells include `label`.
    func row(_ label: String, in document: ExtractedDocument) -> [String]? {
        document.tables.lazy.flatMap(\.texts).first { $0.contains(label) }
    }

    struct Case: Sendable, CustomStringConvertible {
        let file: String
        let kind: SourceFile.Kind
        let tables: Int
        let label: String
        let values: [String]
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "pingtan-2024.docx", kind: .docx, tables: 3, label: "行政事业性收费", values: ["18651.06"]),
        Case(file: "pingtan-2024.html", kind: .html, tables: 3, label: "行政事业性收费", values: ["18651.06"]),
        Case(file: "pingtan-2022.html", kind: .html, tables: 3, label: "行政规范性文件", values: ["88", "55", "698"]),
        Case(file: "pingtan-2019.html", kind: .html, tables: 3, label: "规范性文件", values: ["89", "89", "89"]),
        Case(file: "tmpl-suqian-2024.docx", kind: .docx, tables: 3, label: "行政许可", values: ["1573179"]),
        Case(file: "var-002-pingtan-2022.docx", kind: .docx, tables: 3, label: "行政事业性收费", values: ["9116.36"]),
        Case(file: "var-003-pingtan-2019.html", kind: .html, tables: 7, label: "政府集中采购", values: ["135", "75394432.52"]),
        Case(file: "var-004-huaian-hongze-2024.xml", kind: .wordXML, tables: 4, label: "二、上年结转政府信息公开申请数量",
             values: ["0", "/", "无", "/", "无", "无", "0"]),
        Case(file: "var-005-district-stats-2023.html", kind: .html, tables: 4, label: "行政规范性文件", values: ["０", "０", "０"]),
        Case(file: "var-007-tiantan-2024.docx", kind: .docx, tables: 3, label: "本年新收政府信息公开申请数量",
             values: ["4", "0", "0", "0", "0", "0", "0", "4"]),
    ]

    @Test(arguments: cases) func readsTheTablesOf(_ expected: Case) throws {
        let document = try extract(expected.file)
        #expect(document.source.kind == expected.kind)
        #expect(document.tables.count == expected.tables)
        let cells = try #require(row(expected.label, in: document))
        #expect(Array(cells.drop { $0 != expected.label }.dropFirst().filter { !$0.isEmpty || expected.values.contains("") }) == expected.values)
    }

    @Test func readingInParallelGivesWhatReadingAloneGives() async throws {
        let files = Self.cases.map(\.file)
        let alone = try files.map { try extract($0).tables.map(\.texts) }
        let together = try await withThrowingTaskGroup(of: (Int, [[[String]]]).self) { group in
            for _ in 0..<3 {
                for (i, file) in files.enumerated() { group.addTask { (i, try extract(file).tables.map(\.texts)) } }
            }
            return try await group.reduce(into: [(Int, [[[String]]])]()) { $0.append($1) }
        }
        #expect(together.count == files.count * 3)
        for (i, tables) in together { #expect(tables == alone[i]) }
    }

    @Test func trackedChangesInWord2003XMLGiveThePrintedNumbers() throws {
        let document = try extract("var-004-huaian-hongze-2024.xml")
        #expect(row("1.本机关不掌握相关政府信息", in: document)?.last == "31")
        #expect(row("1.属于国家秘密", in: document)?.last == "0")
    }

    @Test func theTextBoxTableOfVariant2StandsUnderItsHeading() throws {
        let document = try extract("var-002-pingtan-2022.docx")
        let heading = try #require(document.outline.firstIndex(of: "二、主动公开政府信息情况"))
        let table = try #require(document.outline.firstIndex(of: "table 1"))
        #expect(heading < table && table < document.outline.firstIndex(of: "三、收到和处理政府信息公开申请情况")!)
    }
}
