import Foundation
import GoujiModel

/// Reads a plain-text or markdown report into lines, tabs kept.
public enum TextExtractor {
    /// Far more lines than any report has (a long one has a few thousand). Each line costs a few hundred
    /// bytes on its way through the stages, so a file of more is refused before they are made: 20 MB of
    /// one-letter lines would otherwise take gigabytes.
    public static let maxLines = 100_000

    public static func extract(_ data: Data, path: String) throws(ExtractError) -> ExtractedDocument {
        guard let (text, encoding) = TextDecoding.decode(data) else {
            throw ExtractError(path, .unreadable("text in an unknown encoding (neither UTF-8 nor GB18030)"))
        }
        let count = lineCount(text)
        guard count <= maxLines else {
            throw ExtractError(path, .tooLarge("\(count) lines, over the \(maxLines) a report could have"))
        }
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let blocks = lines.enumerated().map { index, line in
            Block.text(TextLine(String(line), at: .line(index + 1)))
        }
        return ExtractedDocument(source: SourceFile(path: path, kind: .text, encoding: encoding), blocks: blocks)
    }

    /// The lines `text` splits into, ended by LF, CRLF or CR, counted over its bytes without making them.
    static func lineCount(_ text: String) -> Int {
        var count = 1
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0A {
                if !afterCR { count += 1 }
            } else if byte == 0x0D {
                count += 1
            }
            afterCR = byte == 0x0D
        }
        return count
    }
}
