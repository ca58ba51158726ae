import Foundation
import GoujiModel

/// Stage 1: a file's content in reading order, whatever kind of file it is.
public struct Extractor: Sendable {
    /// Whether pages without text (scans) are read by OCR.
    public var ocr: Bool

    public init(ocr: Bool = true) {
        self.ocr = ocr
    }

    /// Far larger than any report with a text layer; a larger file is not read into memory at all.
    public static let maxFileSize = 256 << 20

    public func extract(path: String) throws(ExtractError) -> ExtractedDocument {
        try extract(FileBytes.read(path, maxSize: Self.maxFileSize), path: path)
    }

    /// Reads a file's bytes already in memory; `path` names it in errors and provenance.
    public func extract(_ data: Data, path: String) throws(ExtractError) -> ExtractedDocument {
        guard !data.isEmpty else { throw ExtractError(path, .empty) }

        switch FileSniffer.kind(of: data.prefix(2048), fileName: path) {
        case .known(.text): return try TextExtractor.extract(data, path: path)
        case .known(.pdf): return try PDFExtractor.extract(data, path: path, ocr: ocr)
        case .known(.html): return try HTMLExtractor.extract(data, path: path)
        case .known(.wordXML): return try WordXMLExtractor.extract(data, path: path)
        case .known(.docx), .zip: return try DocxExtractor.extract(data, path: path)
        case .known(.doc): return try WordBinaryExtractor.extract(data, path: path)
        case .known(let kind): throw ExtractError(path, .unsupported("\(kind.rawValue) is not read yet"))
        case .compoundFile: return try WordBinaryExtractor.extract(data, path: path)
        case .rtf: return RTFExtractor.extract(data, path: path)
        case .webArchive:
            guard let page = WebArchive.page(in: data) else {
                throw ExtractError(path, .corrupt("a web archive (MHTML) without a web page in it"))
            }
            return try HTMLExtractor.extract(page, path: path)
        case .other(let what): throw ExtractError(path, .unsupported(what))
        }
    }
}
