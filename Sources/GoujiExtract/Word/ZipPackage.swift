import Foundation
import ZIPFoundation

/// A zip package read entry by entry. An entry's size is checked against the limit before it
/// is unpacked (as the directory declares it) and again while it is (in case the directory
/// lies), so a zip bomb is refused in bounded memory. A package with two entries of one name is
/// refused as damaged, as Word refuses it: which of the two was meant cannot be told.
struct ZipPackage {
    private let archive: Archive
    private let path: String

    init(_ data: Data, path: String) throws(ExtractError) {
        do { archive = try Archive(data: data, accessMode: .read) }
        catch { throw ExtractError(path, .corrupt("not a readable zip package")) }
        self.path = path
        var names = Set<String>()
        if let repeated = archive.first(where: { !names.insert($0.path).inserted }) {
            throw ExtractError(path, .corrupt("two entries named \(repeated.path): a damaged package"))
        }
    }

    func contains(_ name: String) -> Bool { archive[name] != nil }

    /// The entry's bytes, or nil when there is no such entry.
    func read(_ name: String, maxBytes: Int) throws(ExtractError) -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= UInt64(maxBytes) else {
            throw ExtractError(path, .tooLarge("\(name) unpacks to \(megabytes(entry.uncompressedSize)), over the \(megabytes(UInt64(maxBytes))) allowed"))
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= maxBytes else { throw Oversized() }
                data.append(chunk)
            }
        } catch is Oversized {
            throw ExtractError(path, .tooLarge("\(name) unpacks to more than the \(megabytes(UInt64(maxBytes))) allowed"))
        } catch {
            throw ExtractError(path, .corrupt("\(name) cannot be unpacked (\(error))"))
        }
        return data
    }

    private struct Oversized: Error {}

    private func megabytes(_ bytes: UInt64) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
