import Testing
@testable import GoujiLoad
import GoujiModel

@Suite struct CanonicalOrderTests {
    @Test func theCanonicalOrderMergesBothEditions() {
        let rows = CanonicalOrder.rows(.t3)
        #expect(rows.count == 26)
        #expect(rows.firstIndex(of: "other") == rows.firstIndex(of: "other.no_correction").map { $0 - 1 })
        #expect(rows.first == "new" && rows.last == "carried_forward")
        let t2 = CanonicalOrder.rows(.t2)
        #expect(t2 == ["rules", "normative_docs", "licensing", "other_services", "penalty", "coercion", "fees",
                       "procurement"])
        #expect(CanonicalOrder.columns(.t4).count == 15)
    }

    @Test func keysSortInPrintedOrderUnknownOnesLast() {
        let keys = [CellKey(.t3, "zzz", "total"), CellKey(.t3, "other.no_correction", "total"),
                    CellKey(.t3, "new", "total"), CellKey(.t3, "new", "natural_person"), CellKey(.t3, "other", "total"),
                    CellKey(.t2, "fees", "amount"), CellKey(.t3, "aaa", "total")]
        #expect(CanonicalOrder.sorted(keys, by: { $0 }).map(\.description) == [
            "t2[fees, amount]", "t3[new, natural_person]", "t3[new, total]", "t3[other, total]",
            "t3[other.no_correction, total]", "t3[aaa, total]", "t3[zzz, total]",
        ])
    }
}
