import Foundation
import GoujiModel
#if canImport(Testing)
// A plain `swift build` builds this target without the testing library: only the trait needs it.
import Testing
#endif

/// The second test tier: the project's evaluation cases (real reports, their conversions and
/// variants, each with its expected values). They live beside the package in the project's
/// workspace (`../shared/eval/cases`), or wherever `GOUJI_EVAL_DIR` names, but not in a user's
/// clone, where the tests of this tier are skipped with `EvalCases.tier`'s reason.
///
/// `.ci/run` sets `GOUJI_EVAL_REQUIRED=1`: the tier then runs whatever happens, so that a missing
/// folder fails the tests instead of skipping them.
public enum EvalCases {
    static let environment = ProcessInfo.processInfo.environment

    /// The cases' folder (holding `docs/` and `expected/`).
    public static let folder: URL = environment["GOUJI_EVAL_DIR"].map { URL(fileURLWithPath: $0) }
        ?? PackageFiles.root.deletingLastPathComponent().appendingPathComponent("shared/eval/cases")

    public static var isPresent: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("docs").path)
    }

    static var isRequired: Bool { environment["GOUJI_EVAL_REQUIRED"] == "1" }

    #if canImport(Testing)
    /// The trait of every suite or test that reads the cases.
    public static var tier: ConditionTrait {
        .enabled(if: isPresent || isRequired,
                 "eval tier: no evaluation cases at \(folder.path) (set GOUJI_EVAL_DIR to their folder)")
    }
    #endif

    /// A case's document, by file name.
    public static func document(_ name: String) -> URL {
        folder.appendingPathComponent("docs").appendingPathComponent(name)
    }

    /// A case's expected file, as JSON.
    public static func expected(_ name: String) throws -> [String: Any] {
        let url = folder.appendingPathComponent("expected/\(name).json")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    /// A case's expected values, keyed like the model; nil for a cell printed blank.
    public static func expectedValues(_ name: String) throws -> [CellKey: Decimal?] {
        var out: [CellKey: Decimal?] = [:]
        for (table, rows) in try expected(name)["values"] as! [String: [String: [String: Any]]] {
            for (row, columns) in rows {
                for (column, value) in columns {
                    out[CellKey(TableID(rawValue: table)!, row, column)] = (value as? NSNumber).flatMap { Decimal(string: $0.stringValue) }
                }
            }
        }
        return out
    }

    /// A case's failing rules, as its expected file lists them.
    public static func failingRules(_ name: String) throws -> Set<String> {
        Set(try expected(name)["failing_rules"] as! [String])
    }
}

extension EvalCases {
    /// The canonical model the cases are scored against (`../spec/canonical-model.yaml` beside the cases).
    public static var specification: URL {
        folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("spec/canonical-model.yaml")
    }
}
