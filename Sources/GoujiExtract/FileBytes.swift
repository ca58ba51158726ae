import Foundation
import GoujiModel
#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes, opened by the path's own bytes (`PathBytes`: a name that is not UTF-8 is read like any
/// other), and why they cannot be had, said for a user: a folder that cannot be listed, a path longer than
/// the system takes, a file without permission to read.
public enum FileBytes {
    public static func read(_ path: String, maxSize: Int) throws(ExtractError) -> Data {
        var status = stat()
        guard PathBytes.withCString(path, { stat($0, &status) }) == 0 else { throw ExtractError(path, .unreadable(reason(errno))) }
        if status.st_mode & S_IFMT == S_IFDIR {
            guard let folder = PathBytes.withCString(path, { opendir($0) }) else {
                throw ExtractError(path, .unreadable("a folder that cannot be listed: " + reason(errno)))
            }
            closedir(folder)
            throw ExtractError(path, .unreadable("a folder, not a file"))
        }
        let size = Int(status.st_size)
        if size > maxSize { throw ExtractError(path, .tooLarge("\(size >> 20) MB, over the \(maxSize >> 20) MB read")) }
        let file = PathBytes.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard file >= 0 else { throw ExtractError(path, .unreadable(reason(errno))) }
        defer { close(file) }
        // Read to its end, which may have moved since stat; never past the limit.
        var data = Data(count: min(size, maxSize) + 1)
        var filled = 0
        while filled < data.count {
            let got = data.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw ExtractError(path, .unreadable(reason(errno))) }
            if got == 0 { break }
            filled += got
            if filled == data.count, filled <= maxSize { data.count = min(data.count * 2, maxSize + 1) }
        }
        if filled > maxSize { throw ExtractError(path, .tooLarge("over the \(maxSize >> 20) MB read")) }
        data.count = filled
        return data
    }

    /// The size the system gives the file, 0 where it gives none.
    public static func size(_ path: String) -> Int {
        var status = stat()
        return PathBytes.withCString(path, { stat($0, &status) }) == 0 ? Int(status.st_size) : 0
    }

    /// The system's reason, as the rest of a sentence.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case ENAMETOOLONG: "its path is longer than the system allows (\(PATH_MAX) bytes, \(NAME_MAX) a name)"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
