import Foundation
import GoujiModel

/// Where failing equations cross: the cells that, each changed alone, would make every failing
/// equation it sits in hold without breaking one that holds. One wrong cell breaks one row rule
/// and one column rule; two wrong cells in different rows and columns break two of each.
struct SuspectCells {
    struct Suspect: Equatable {
        var key: CellKey
        var printed: Decimal
        var balancing: Decimal
        /// The failing equations (indices into `failing`) this cell's change would mend.
        var mends: Set<Int>

        var description: String { "\(key): \(printed) printed, \(balancing) would balance" }
    }

    private let failing: [Checked]
    /// Each failing equation's group (index into `groupCovers`).
    private let groupOf: [Int]
    /// For each group of failing equations that share cells, the smallest sets of suspects that
    /// mend every equation of the group (one set per alternative). Groups are told apart, so
    /// that an error in 表四 does not hide a single wrong cell in 表三.
    private let groupCovers: [[[Suspect]]]

    init(failing: [Checked], holding: [Checked], numbers: [CellKey: Decimal?]) {
        self.failing = failing
        var candidates: [Suspect] = []
        let keys = Set(failing.flatMap(\.equation.operands)).sorted()
        for key in keys where !holding.contains(where: { $0.equation.has(key) }) {
            guard let printed = numbers[key] ?? nil else { continue }
            var balancing: Set<Decimal> = []
            var mends: Set<Int> = []
            for (index, checked) in failing.enumerated() where checked.equation.has(key) {
                guard case .fails(let expected, let found) = checked.outcome else { continue }
                balancing.insert(checked.equation.parts.contains(key) ? printed + found - expected : printed + expected - found)
                mends.insert(index)
            }
            if balancing.count == 1, let value = balancing.first, value >= 0 {
                candidates.append(Suspect(key: key, printed: printed, balancing: value, mends: mends))
            }
        }
        let groups = Self.groups(failing)
        var groupOf = [Int](repeating: 0, count: failing.count)
        for (g, group) in groups.enumerated() { for index in group { groupOf[index] = g } }
        self.groupOf = groupOf
        groupCovers = groups.map { group in
            // A suspect mends equations of one group alone: they share it.
            Self.covers(of: group, from: candidates.filter { !$0.mends.isDisjoint(with: group) })
        }
    }

    /// The failing equations in groups that share no cell, each group a set of indices.
    private static func groups(_ failing: [Checked]) -> [Set<Int>] {
        var groups: [Set<Int>] = []
        var cells: [Set<CellKey>] = []
        for (index, checked) in failing.enumerated() {
            let operands = Set(checked.equation.operands)
            let joined = cells.indices.filter { !cells[$0].isDisjoint(with: operands) }
            var group: Set<Int> = [index], keys = operands
            for g in joined.reversed() {
                group.formUnion(groups.remove(at: g))
                keys.formUnion(cells.remove(at: g))
            }
            groups.append(group)
            cells.append(keys)
        }
        return groups
    }

    /// The single suspects that mend the whole group, or else the pairs that do.
    private static func covers(of group: Set<Int>, from candidates: [Suspect]) -> [[Suspect]] {
        let singles = candidates.filter { $0.mends == group }.map { [$0] }
        if !singles.isEmpty { return singles }
        return candidates.indices.flatMap { i in
            candidates.indices.dropFirst(i + 1).compactMap { j -> [Suspect]? in
                let (a, b) = (candidates[i], candidates[j])
                return a.mends.isDisjoint(with: b.mends) && a.mends.union(b.mends) == group ? [a, b] : nil
            }
        }
    }

    /// Every cell that, alone or with one other, would mend the failing equations.
    var suspects: [Suspect] {
        var all: [Suspect] = []
        for suspect in groupCovers.joined().joined() where !all.contains(suspect) { all.append(suspect) }
        return all
    }

    /// What to say about one failing equation's suspect cell.
    func explanation(for checked: Checked) -> String {
        guard let index = failing.firstIndex(where: { $0.equation == checked.equation }) else { return "" }
        let covers = groupCovers[groupOf[index]]
        guard !covers.isEmpty else {
            return "no single cell explains the failing equations: several cells, or a figure outside the table, are wrong"
        }
        var mine: [Suspect] = []
        for cover in covers {
            if let suspect = cover.first(where: { $0.mends.contains(index) }), !mine.contains(suspect) { mine.append(suspect) }
        }
        if mine.count == 1 { return mine[0].description }
        let shown = mine.prefix(3).map(\.description).joined(separator: "; ")
        return "one of \(mine.count) cells, each alone would balance: \(shown)\(mine.count > 3 ? "; …" : "")"
    }
}
