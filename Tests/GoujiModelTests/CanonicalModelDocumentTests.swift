import GoujiTestSupport
import Testing
@testable import GoujiModel

/// docs/canonical-model.md, the analysts' page of keys, holds exactly the keys, labels and
/// numbering the code files values under.
@Suite struct CanonicalModelDocumentTests {
    static let document = ModelDocument()

    /// A row as the page prints it: key, numbering (t3) or article (t2), label, variants.
    static func described(_ row: RowSpec) -> [String] {
        [row.key, row.number, row.label, row.variants.joined(separator: "、")]
    }

    /// A column as the page prints it; t2 adds the rows it is printed for and its kind.
    static func described(_ column: ColumnSpec, in table: TableID) -> [String] {
        table == .t2 ? [column.key, column.label, (column.rows ?? []).joined(separator: ", "), column.kind.rawValue,
                        column.variants.joined(separator: "、")]
            : [column.key, column.label]
    }

    @Test(arguments: TemplateFormat.allCases)
    func t2RowsAndColumns(_ format: TemplateFormat) {
        let spec = CanonicalModel.table(.t2, format)
        // The page prints a t2 row as key, label, article, variants.
        let rows = Self.document.rows(of: "t2", "\(format.rawValue) edition: rows").map { [$0[0], $0[2], $0[1], $0[3]] }
        #expect(rows == spec.rows.map(Self.described))
        #expect(Self.document.rows(of: "t2", "\(format.rawValue) edition: columns") == spec.columns.map { Self.described($0, in: .t2) })
    }

    @Test func t3RowsOfBothEditions() {
        // The page prints a t3 row as key, numbering, label, variants.
        let rows2021 = Self.document.rows(of: "t3", "2021 edition: rows")
        #expect(rows2021 == CanonicalModel.table(.t3, .f2021).rows.map(Self.described))
        // The 2019 edition: its own rows take the place of the 2021 rows of their group.
        let own = Self.document.rows(of: "t3", "2019 edition: rows")
        #expect(!own.isEmpty)
        let group = own.map { $0[0] }
        var rows2019 = rows2021.filter { row in !group.contains { row[0].hasPrefix($0 + ".") } }
        rows2019.insert(contentsOf: own, at: rows2019.firstIndex { $0[0] == "total" }!)
        #expect(rows2019 == CanonicalModel.table(.t3, .f2019).rows.map(Self.described))
    }

    @Test(arguments: [TableID.t3, .t4], TemplateFormat.allCases)
    func columnsOfBothEditions(_ table: TableID, _ format: TemplateFormat) {
        let columns = Self.document.rows(of: table.rawValue, "Both editions: columns").map { Array($0.prefix(2)) }
        #expect(columns == CanonicalModel.table(table, format).columns.map { Self.described($0, in: table) })
    }

    @Test func t4HasOneRowCalledAll() {
        #expect(CanonicalModel.table(.t4, .f2021).rows.map(\.key) == ["all"])
        #expect(Self.document.tables.contains { $0.section.hasSuffix("(`t4`)") })
    }

    @Test func everyTableOfTheModelHasItsSection() {
        for table in TableID.allCases {
            #expect(Self.document.tables.contains { $0.section.hasSuffix("(`\(table.rawValue)`)") }, "\(table)")
        }
    }
}
