import Foundation
import GoujiModel

/// Stage 1: a file's content in reading order, whatever kind of file it is.
public struct Extractor: Sendable {
    public init() {}

    public func extract(path: String) throws(ExtractError) -> ExtractedDocument {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) }
        catch { throw ExtractError(path, .unreadable(error.localizedDescription)) }
        return try extract(data, path: path)
    }

    /// Reads a file's bytes already in memory; `path` names it in errors and provenance.
    public func extract(_ data: Data, path: String) throws(ExtractError) -> ExtractedDocument {
        guard !data.isEmpty else { throw ExtractError(path, .empty) }

        switch FileSniffer.kind(of: data.prefix(2048), fileName: path) {
        case .known(.text): return try TextExtractor.extract(data, path: path)
        case .known(.pdf): return try PDFExtractor.extract(path: path)
        case .known(let kind): throw ExtractError(path, .unsupported("\(kind.rawValue) is not read yet"))
        case .zip: throw ExtractError(path, .unsupported("zip packages are not read yet"))
        case .legacyWord: throw ExtractError(path, .unsupported("legacy Word .doc (OLE2): save as DOCX or PDF"))
        case .rtf: throw ExtractError(path, .unsupported("RTF: save as DOCX or PDF"))
        case .other(let what): throw ExtractError(path, .unsupported(what))
        }
    }
}
