import Foundation
import GoujiModel

/// Builds stage inputs from text, so each stage is tested on plain values.
public enum Fixtures {
    /// A grid from tab-separated lines, each cell at its own line.
    public static func grid(_ text: String) -> Grid {
        Grid(rows: text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { Cell(String($0), at: .line(index + 1)) }
        })
    }

    /// A structured document of heading lines and grids, in order.
    public static func document(_ items: [StructuredDocument.Item], name: String = "fixture.txt") -> StructuredDocument {
        StructuredDocument(source: SourceFile(path: name, kind: .text), items: items)
    }

    public static func heading(_ text: String) -> StructuredDocument.Item {
        .text(TextLine(text, at: .line(0)))
    }

    /// The t3 header of the national template, as a text dump prints it.
    public static let t3Header = """
        (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计
        \t\t自然人\t法人或其他组织\t\t\t\t\t
        \t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t
        """

    /// A t3 grid's rows for the given row labels, every applicant column `n`, total `6n`.
    public static func t3Rows(_ rows: [(label: String, n: Int)]) -> String {
        rows.map { "\($0.label)\t\t" + Array(repeating: "\($0.n)", count: 6).joined(separator: "\t") + "\t\(6 * $0.n)" }
            .joined(separator: "\n")
    }
}
