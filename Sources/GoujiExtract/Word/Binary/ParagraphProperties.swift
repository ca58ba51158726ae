/// What the reader needs of a paragraph: where it stands in tables, and for the last paragraph
/// of a table row (the row's end mark), the row's cells.
struct ParagraphProperties {
    var inTable = false
    /// Ends a row of a top-level table (sprmPFTtp).
    var endsRow = false
    /// Ends a cell of a nested table, whose cell marks are paragraph marks (sprmPFInnerTableCell).
    var endsInnerCell = false
    /// Ends a row of a nested table (sprmPFInnerTtp).
    var endsInnerRow = false
    private var depth: Int?
    private var depthChange = 0
    /// The row's cell definitions, on a row's end mark.
    var row: TableRowDefinition?

    /// Deeper tables than Word makes (it stops at 63) are read as this deep: a damaged depth
    /// must not open millions of tables.
    static let maxDepth = 64

    /// How many tables the paragraph is in: 0 for the body, 1 for a cell of a top-level table.
    var tableDepth: Int {
        min(Self.maxDepth, max(0, (depth ?? (inTable ? 1 : 0)) + depthChange))
    }

    /// Applies a paragraph's sprms; `hugeProperties` fetches the sprms a sprmPHugePapx points to
    /// in the Data stream.
    mutating func apply(_ grpprl: ArraySlice<UInt8>, hugeProperties: (UInt32) -> ArraySlice<UInt8>? = { _ in nil }) {
        for sprm in Sprm.all(in: grpprl) {
            switch sprm.code {
            case Sprm.paragraphInTable: inTable = sprm.byte != 0
            case Sprm.paragraphRowEnd: endsRow = sprm.byte != 0
            case Sprm.paragraphInnerCellEnd: endsInnerCell = sprm.byte != 0
            case Sprm.paragraphInnerRowEnd: endsInnerRow = sprm.byte != 0
            case Sprm.paragraphDepth: depth = Int(min(sprm.uint32, UInt32(Self.maxDepth)))
            case Sprm.paragraphDepthChange: depthChange = Int(max(-Int32(Self.maxDepth), min(Int32(Self.maxDepth), Int32(bitPattern: sprm.uint32))))
            case let code where Sprm.paragraphHugeProperties.contains(code):
                // The huge list holds no further pointer: applied without one.
                if let huge = hugeProperties(sprm.uint32) { apply(huge) }
            case let code where code >> 10 & 7 == 5:
                // A table sprm (sgc 5): the row's properties ride on its end mark.
                var row = self.row ?? TableRowDefinition()
                row.apply(sprm)
                self.row = row
            default: break
            }
        }
    }
}
