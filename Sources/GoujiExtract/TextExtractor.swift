import Foundation
import GoujiModel

/// Reads a plain-text or markdown report into lines, tabs kept.
public enum TextExtractor {
    public static func extract(_ data: Data, path: String) throws(ExtractError) -> ExtractedDocument {
        guard let (text, encoding) = TextDecoding.decode(data) else {
            throw ExtractError(path, .unreadable("text in an unknown encoding (neither UTF-8 nor GB18030)"))
        }
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let blocks = lines.enumerated().map { index, line in
            Block.text(TextLine(String(line), at: .line(index + 1)))
        }
        return ExtractedDocument(source: SourceFile(path: path, kind: .text, encoding: encoding), blocks: blocks)
    }
}
