import Testing
@testable import GoujiModel

@Suite struct CanonicalModelTests {
    @Test func t3Has25RowsIn2021And23In2019() {
        #expect(CanonicalModel.table(.t3, .f2021).rows.count == 25)
        #expect(CanonicalModel.table(.t3, .f2019).rows.count == 23)
        #expect(CanonicalModel.table(.t3, .f2019).rows.map(\.key).contains("other"))
    }

    @Test func t4Has15Columns() {
        let keys = CanonicalModel.table(.t4, .f2021).columns.map(\.key)
        #expect(keys.count == 15)
        #expect(keys.first == "review.upheld" && keys.last == "suit_after_review.total")
    }

    @Test func sourceNameIsTheBaseName() {
        #expect(SourceFile(path: "/a/b/天坛-2024.txt", kind: .text).name == "天坛-2024.txt")
    }
}
