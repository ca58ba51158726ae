import Foundation
import Testing
@testable import GoujiModel

@Suite struct ValueCodingTests {
    @Test func valuesCrossAsFlatArraysAndComeBackEqual() throws {
        let values = [
            Value(CellKey(.t3, "new", "total"), number: Decimal(string: "18651.06")!, raw: "18,651.06",
                  at: .page(3, Box(x: 147.1, y: 354.5, width: 7.63, height: 15.6))),
            Value(CellKey(.t2, "fees", "amount"), number: nil, raw: "—", at: .line(12), doubt: "blank"),
            Value(CellKey(.t4, "review.upheld", "total"), number: -15, raw: "-15", at: .tableCell(table: 2, row: 3, column: 4)),
        ]
        let data = try JSONEncoder().encode(values)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix(#"[["t3","new","total","18651.06","18,651.06",["page",3,"#))
        #expect(try JSONDecoder().decode([Value].self, from: data) == values)
    }

    @Test func aNumberThatIsNoNumberIsRefused() {
        let data = Data(#"["t3","new","total","12x","12",["line",1],null]"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Value.self, from: data) }
    }
}
