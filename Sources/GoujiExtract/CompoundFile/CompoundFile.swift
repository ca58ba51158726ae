import Foundation
internal import CGsf

/// The door to libgsf: a compound file (OLE2, the container of Word 97–2003, Excel and
/// PowerPoint files and of WPS) opened from memory, its root streams handed out as `Data`. All
/// pointer work and freeing stays here.
///
/// libgsf checks what a damaged file can break: it refuses a header whose sizes make no sense,
/// stops a sector chain that loops or leaves the file, and drops a directory entry whose size
/// is beyond the file. A stream whose chain ends before its stated size then cannot be read,
/// which this reports as the damage it is. Nothing is ever larger than the file.
final class CompoundFile {
    /// libgsf's handle on the file; released in `deinit`.
    private let infile: OpaquePointer
    private let path: String
    private let fileSize: Int
    /// The names of the entries at the root, in libgsf's order.
    let rootNames: [String]

    private static let initialized: Void = {
        gsf_init()
        // libgsf warns on stderr about the damage it meets; the error thrown here says it better.
        for domain in ["libgsf", "libgsf:msole"] {
            g_log_set_handler(domain, GLogLevelFlags(rawValue: ~0), { _, _, _, _ in }, nil)
        }
    }()

    init(_ data: Data, path: String) throws(ExtractError) {
        _ = Self.initialized
        self.path = path
        fileSize = data.count
        // libgsf keeps its own copy: Data's bytes are lent only for the closure's duration.
        let input = data.withUnsafeBytes { raw -> OpaquePointer? in
            guard let base = raw.baseAddress else { return nil }
            return gsf_input_memory_new_clone(base.assumingMemoryBound(to: UInt8.self), gsf_off_t(raw.count))
        }
        guard let input else { throw ExtractError(path, .corrupt("an empty compound file (OLE2)")) }
        defer { g_object_unref(UnsafeMutableRawPointer(input)) }
        var error: UnsafeMutablePointer<GError>?
        guard let infile = gsf_infile_msole_new(input, &error) else {
            var why = "its header or allocation table is damaged"
            if let error {
                if let message = error.pointee.message { why = String(cString: message) }
                g_error_free(error)
            }
            throw ExtractError(path, .corrupt("not a readable compound file (OLE2): \(why)"))
        }
        self.infile = infile
        let count = max(0, gsf_infile_num_children(infile))
        rootNames = (0..<count).compactMap { index in
            gsf_infile_name_by_index(infile, index).map { String(cString: $0) }
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(infile)) }

    func contains(_ name: String) -> Bool { rootNames.contains(name) }

    /// The whole of the root stream `name`, or nil when there is none.
    func stream(_ name: String) throws(ExtractError) -> Data? {
        guard contains(name) else { return nil }
        guard let child = gsf_infile_child_by_name(infile, name) else {
            throw ExtractError(path, .corrupt("the \(name) stream of the compound file cannot be opened: its sector chain is damaged"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(child)) }
        let size = gsf_input_size(child)
        guard size >= 0, size <= gsf_off_t(fileSize) else {
            throw ExtractError(path, .corrupt("the \(name) stream claims \(size) bytes, more than the whole file"))
        }
        guard size > 0 else { return Data() }
        var data = Data(count: Int(size))
        let read = data.withUnsafeMutableBytes { raw -> Bool in
            gsf_input_read(child, Int(size), raw.baseAddress!.assumingMemoryBound(to: UInt8.self)) != nil
        }
        guard read else {
            throw ExtractError(path, .corrupt("the \(name) stream of the compound file ends before its stated \(size) bytes: its sector chain loops or leaves the file"))
        }
        return data
    }
}
