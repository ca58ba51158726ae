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
            case .outOfMemory: throw ExtractError(path, .overMemoryLimit)
            }
        }

        guard let pageCount = document.pageCount else { throw ExtractError(path, .corrupt("poppler cannot count its pages")) }
        guard pageCount <= maxPages else {
            throw ExtractError(path, .tooLarge("\(pageCount) pages, over the \(maxPages) an annual report could have"))
        }
        var pages: [Page] = []
        for index in 0..<pageCount {
            do { pages.append(try document.page(at: index)) } catch {
                let page = "page \(index + 1) of \(pageCount)"
                switch error {
                case .missing: throw ExtractError(path, .corrupt("\(page) is missing from its page tree: the file is damaged"))
                case .contentTooLarge: throw ExtractError(path, .tooLarge(
                    "\(page)'s content inflates to over \(PDFDocument.pageContentLimit >> 20) MB"))
                case .outOfMemory: throw ExtractError(path, .overMemoryLimit)
                case .failed: throw ExtractError(path, .corrupt("poppler failed reading \(page)"))
                }
            }
        }
        guard !pages.isEmpty else { throw ExtractError(path, .corrupt("no pages")) }
        guard pages.contains(where: { !$0.glyphs.isEmpty }) else { throw ExtractError(path, .noTextLayer) }
        return ExtractedDocument(source: SourceFile(path: path, kind: .pdf), blocks: pages.map(Block.page), title: document.title)
    }
}
