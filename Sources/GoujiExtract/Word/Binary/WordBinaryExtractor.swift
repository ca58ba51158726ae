import Foundation
import GoujiModel

/// Reads a Word 97–2003 binary document (.doc), or a WPS document saved in the same format: a
/// compound file (OLE2) holding a WordDocument stream. Its main text becomes the WordprocessingML
/// body it stands for, read by the same `WordBodyReader` as a DOCX.
public enum WordBinaryExtractor {
    public static func extract(_ data: Data, path: String) throws(ExtractError) -> ExtractedDocument {
        let file = try CompoundFile(data, path: path)
        guard file.contains("WordDocument") else { throw notWord(file, path: path) }
        return try extract(streams: file.stream, path: path)
    }

    /// Reads the document out of its streams, which `streams` gives by name (nil: no such
    /// stream); the fuzz tests hand it damaged streams directly.
    static func extract(streams: (String) throws(ExtractError) -> Data?, path: String) throws(ExtractError) -> ExtractedDocument {
        guard let documentStream = try streams("WordDocument") else {
            throw ExtractError(path, .corrupt("a Word binary document whose WordDocument stream is missing"))
        }
        do {
            let document = LittleEndianBytes([UInt8](documentStream), name: "WordDocument")
            let (identifier, version) = try FileInformationBlock.identify(document)
            guard identifier == FileInformationBlock.wordIdentifier else {
                throw ExtractError(path, .corrupt(String(format: "its WordDocument stream does not begin as a Word document (0x%04X)", identifier)))
            }
            guard version >= FileInformationBlock.firstWord97Version else {
                throw ExtractError(path, .unsupported("a Word 6.0/95 document: save as DOCX or PDF"))
            }
            let fib = try FileInformationBlock(document)
            guard !fib.isEncrypted else { throw ExtractError(path, .encrypted("Word document")) }
            guard let tableStream = try streams(fib.tableStreamName) else {
                throw ExtractError(path, .corrupt("its table stream (\(fib.tableStreamName)) is missing"))
            }
            let table = LittleEndianBytes([UInt8](tableStream), name: fib.tableStreamName)
            let dataStream = try streams("Data").map { LittleEndianBytes([UInt8]($0), name: "Data") }
            var binary = try WordBinaryDocument(fib: fib, document: document, table: table, data: dataStream)
            let body = try WordBinaryBody.body(of: try binary.paragraphs())
            return ExtractedDocument(source: SourceFile(path: path, kind: .doc), blocks: WordBodyReader.blocks(of: body))
        } catch let error as ExtractError {
            throw error
        } catch let damage as WordBinaryDamage {
            throw ExtractError(path, .corrupt("a damaged Word binary document: \(damage.reason)"))
        } catch {
            throw ExtractError(path, .corrupt("\(error)"))
        }
    }

    /// Why a compound file without a WordDocument stream is not read, in the words a user knows.
    private static func notWord(_ file: CompoundFile, path: String) -> ExtractError {
        if file.contains("0Table") || file.contains("1Table") {
            return ExtractError(path, .corrupt("a Word binary document whose WordDocument stream is missing or damaged"))
        }
        if file.contains("Workbook") || file.contains("Book") {
            return ExtractError(path, .unsupported("an Excel 97–2003 workbook, not a Word document"))
        }
        if file.contains("PowerPoint Document") {
            return ExtractError(path, .unsupported("a PowerPoint 97–2003 presentation, not a Word document"))
        }
        if file.contains("CONTENTS") && file.contains("MatOST") {
            return ExtractError(path, .unsupported("a Microsoft Works document: save as DOCX or PDF"))
        }
        let names = file.rootNames.prefix(8).map { $0.unicodeScalars.filter { $0.value >= 0x20 }.map(String.init).joined() }
        return ExtractError(path, .unsupported("a compound file (OLE2) without a Word document in it (it holds \(names.isEmpty ? "nothing" : names.joined(separator: ", "))): an older WPS or another program's file; save as DOCX or PDF"))
    }
}
