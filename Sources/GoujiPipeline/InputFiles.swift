import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files a run's inputs name: files as they are, folders read recursively, and glob
/// patterns (`reports/**/*.pdf`, `2024-*.docx`) matched against the files below their fixed part.
public enum InputFiles {
    public static func expand(_ inputs: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) {
                files += isFolder.boolValue ? filesBelow(input) : [input]
            } else if input.contains(where: { "*?[".contains($0) }) {
                let folder = fixedPrefix(of: input)
                files += filesBelow(folder).filter { matches(input, $0) }
            } else {
                throw InputError(path: input)
            }
        }
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }

    /// Every regular, non-hidden file below a folder, in a stable order.
    static func filesBelow(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: folder),
                                                           includingPropertiesForKeys: [.isRegularFileKey],
                                                           options: [.skipsHiddenFiles]) else { return [] }
        return walker.compactMap { item -> String? in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { return nil }
            return url.path
        }.sorted()
    }

    /// The folder part of a pattern before its first wildcard.
    static func fixedPrefix(of pattern: String) -> String {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let fixed = parts.prefix { !$0.contains(where: { "*?[".contains($0) }) }
        let folder = fixed.joined(separator: "/")
        return folder.isEmpty ? (pattern.hasPrefix("/") ? "/" : ".") : folder
    }

    /// Shell-style matching, where `**/` also matches no folder at all.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        if fnmatch(pattern, path, 0) == 0 { return true }
        return pattern.contains("**/") && fnmatch(pattern.replacingOccurrences(of: "**/", with: ""), path, 0) == 0
    }
}

/// An input that names nothing on disk.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var description: String { "\(path): no such file or folder, and no file matches it as a pattern" }
}
