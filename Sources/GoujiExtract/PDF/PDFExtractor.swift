import Foundation
import GoujiModel

/// Reads a PDF into one `.page` block per page: characters where they stand, and the lines
/// drawn that may be table borders.
public enum PDFExtractor {
    /// Far more than any annual report has; a longer PDF would hold every glyph of every page in
    /// memory at once (about 200 MB per thousand pages of dense text).
    public static let maxPages = 500

    public static func extract(_ data: Data, path: String) throws(ExtractError) -> ExtractedDocument {
        let document: PDFDocument
        do { document = try PDFDocument(data: data) } catch {
            switch error {
            case .encrypted: throw ExtractError(path, .encrypted("PDF"))
            case .damaged(let message): throw ExtractError(path, .corrupt(message))
            }
        }

        guard document.pageCount <= maxPages else {
            throw ExtractError(path, .tooLarge("\(document.pageCount) pages, over the \(maxPages) an annual report could have"))
        }
        let pages = (0..<document.pageCount).map { document.page(at: $0) }
        guard !pages.isEmpty else { throw ExtractError(path, .corrupt("no pages")) }
        guard pages.contains(where: { !$0.glyphs.isEmpty }) else { throw ExtractError(path, .noTextLayer) }
        return ExtractedDocument(source: SourceFile(path: path, kind: .pdf), blocks: pages.map(Block.page), title: document.title)
    }
}
