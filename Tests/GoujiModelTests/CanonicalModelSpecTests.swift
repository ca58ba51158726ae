import Foundation
import GoujiTestSupport
import Testing
import Yams
@testable import GoujiModel

/// The code's canonical model against the scorer's (second tier): the same keys, labels,
/// numbering, printed rows, variants and kinds of number, for both editions.
@Suite(EvalCases.tier) struct CanonicalModelSpecTests {
    typealias Entry = [String: Any]

    static func specification() throws -> (f2021: [String: Entry], f2019: [String: Entry]) {
        let yaml = try Yams.load(yaml: String(contentsOf: EvalCases.specification, encoding: .utf8)) as! Entry
        let formats = yaml["formats"] as! [String: [String: Any]]
        return (formats["2021"]!.compactMapValues { $0 as? Entry }, formats["2019"]!.compactMapValues { $0 as? Entry })
    }

    /// Key, label, and numbering (t3) or article (t2), of each listed row.
    static func rows(_ list: Any?) -> [[String]] {
        (list as! [Entry]).map { row in
            [row["key"] as! String, row["label"] as! String, (row["number"] ?? row["article"]) as? String ?? ""]
        }
    }

    static func rows(_ spec: TableSpec) -> [[String]] { spec.rows.map { [$0.key, $0.label, $0.number] } }

    /// Key, label, and printed rows (t2) of each listed column.
    static func columns(_ list: Any?) -> [[String]] {
        (list as! [Entry]).map { column in
            [(column["key"] as! String).trimmingCharacters(in: .whitespaces), column["label"] as! String,
             (column["rows"] as? [String] ?? []).joined(separator: ",")]
        }
    }

    static func columns(_ spec: TableSpec) -> [[String]] {
        spec.columns.map { [$0.key, $0.label, ($0.rows ?? []).joined(separator: ",")] }
    }

    @Test func the2021Edition() throws {
        let spec = try Self.specification().f2021
        for table in TableID.allCases where table != .t4 {
            #expect(Self.rows(spec[table.rawValue]!["rows"]) == Self.rows(CanonicalModel.table(table, .f2021)), "\(table)")
        }
        for table in TableID.allCases {
            #expect(Self.columns(spec[table.rawValue]!["cols"]) == Self.columns(CanonicalModel.table(table, .f2021)), "\(table)")
        }
        #expect(CanonicalModel.table(.t4, .f2021).rows.map(\.key) == (spec["t4"]!["rows"] as! [Entry]).map { $0["key"] as! String })
    }

    @Test func the2019EditionsDifferences() throws {
        let spec = try Self.specification().f2019
        #expect(Self.rows(spec["t2"]!["rows"]) == Self.rows(CanonicalModel.table(.t2, .f2019)))
        #expect(Self.columns(spec["t2"]!["cols"]) == Self.columns(CanonicalModel.table(.t2, .f2019)))
        // 表三's three （六） rows become one.
        let replaced = (spec["t3"]!["rows_replaced"] as! [Entry])[0]
        let t3 = CanonicalModel.table(.t3, .f2019)
        let replacing = try #require(t3.row(replaced["key"] as! String))
        #expect([replacing.label, replacing.number] == [replaced["label"] as! String, replaced["number"] as! String])
        #expect(Set(CanonicalModel.table(.t3, .f2021).rows.map(\.key)).subtracting(t3.rows.map(\.key)) == Set(replaced["replaces"] as! [String]))
    }

    /// Every wording the specification lists for a row or column is one the code reads it by, and every
    /// column holds the kind of number the specification says (a count where it says none).
    @Test func variantsAndKindsOfNumber() throws {
        let (f2021, f2019) = try Self.specification()
        let listed: [(TableSpec, Entry)] = TableID.allCases.map { (CanonicalModel.table($0, .f2021), f2021[$0.rawValue]!) }
            + [(CanonicalModel.table(.t2, .f2019), f2019["t2"]!)]
        for (table, entry) in listed {
            for row in entry["rows"] as! [Entry] {
                let code = try #require(table.row(row["key"] as! String), "\(table.id) \(table.format) \(row)")
                #expect(Set(row["variants"] as? [String] ?? []).isSubset(of: code.variants), "\(table.id) \(code.key)")
            }
            for column in entry["cols"] as! [Entry] {
                let key = (column["key"] as! String).trimmingCharacters(in: .whitespaces)
                let code = try #require(table.column(key), "\(table.id) \(table.format) \(key)")
                #expect(Set(column["variants"] as? [String] ?? []).isSubset(of: code.variants), "\(table.id) \(key)")
                #expect(code.kind.rawValue == column["type"] as? String ?? "count", "\(table.id) \(table.format) \(key)")
            }
        }
    }
}
