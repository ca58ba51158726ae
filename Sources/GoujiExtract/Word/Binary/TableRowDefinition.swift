/// A table row's cells as the row's end mark defines them (sprmTDefTable, then the merges
/// applied to it): where each cell's edges lie, and how it is merged with its neighbours.
struct TableRowDefinition {
    /// The cells' edges from left to right in twips, one more than the cells.
    private(set) var edges: [Int] = []
    private(set) var cells: [Cell] = []

    struct Cell {
        /// Word 97's horizontal merge (fFirstMerged, fMerged): the cells stay, one is drawn.
        var horizontalMerge: Word.Merge?
        /// fVertRestart / fVertMerge, or sprmTVertMerge.
        var verticalMerge: Word.Merge?
    }

    /// Word makes at most 63 cells a row.
    private static let maxCells = 64
    /// The size of a TC80, a cell's definition in sprmTDefTable.
    private static let cellDefinitionSize = 20

    mutating func apply(_ sprm: Sprm) {
        let operand = Array(sprm.operand)
        switch sprm.code {
        case Sprm.tableDefinition:
            guard let count = operand.first.map(Int.init), count <= Self.maxCells, operand.count >= 1 + 2 * (count + 1) else { return }
            edges = (0...count).map { Int(Int16(bitPattern: UInt16(operand[1 + 2 * $0]) | UInt16(operand[2 + 2 * $0]) << 8)) }
            let definitions = 1 + 2 * (count + 1)
            cells = (0..<count).map { index in
                let at = definitions + index * Self.cellDefinitionSize
                guard at + 2 <= operand.count else { return Cell() }
                let flags = UInt16(operand[at]) | UInt16(operand[at + 1]) << 8
                return Cell(horizontalMerge: flags & 0x01 != 0 ? .restart : flags & 0x02 != 0 ? .continuation : nil,
                            verticalMerge: flags & 0x40 != 0 ? .restart : flags & 0x20 != 0 ? .continuation : nil)
            }
        case Sprm.tableVerticalMerge:
            guard operand.count >= 2, Int(operand[0]) < cells.count else { return }
            cells[Int(operand[0])].verticalMerge = switch operand[1] { case 0: nil; case 3: .restart; default: .continuation }
        case Sprm.tableMerge, Sprm.tableSplit:
            guard operand.count >= 2 else { return }
            let first = Int(operand[0]), limit = min(Int(operand[1]), cells.count)
            guard first < limit else { return }
            for index in first..<limit {
                cells[index].horizontalMerge = sprm.code == Sprm.tableSplit ? nil : index == first ? .restart : .continuation
            }
        default: break
        }
    }
}
