import Foundation
import GoujiModel

/// Reads an RTF document, whatever its name (offices save RTF as .doc).
public enum RTFExtractor {
    public static func extract(_ data: Data, path: String) -> ExtractedDocument {
        ExtractedDocument(source: SourceFile(path: path, kind: .rtf), blocks: RTFReader.blocks(of: data))
    }
}
