import Foundation
import GoujiModel
#if canImport(Glibc)
import Glibc
#endif

/// The files a run's inputs name: files as they are, folders read recursively, and glob
/// patterns (`reports/**/*.pdf`, `2024-*.docx`) matched against the files below their fixed part.
public enum InputFiles {
    /// Every file the inputs name, once each. A file found is never left out silently: a folder that cannot
    /// be listed, or a path the system will not take (longer than it allows), is listed as it is, so that
    /// reading it fails with the reason. Names are kept as the system's bytes (`PathBytes`).
    public static func expand(_ inputs: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        for input in inputs {
            var status = stat()
            if PathBytes.withCString(input, { stat($0, &status) }) == 0 {
                files += status.st_mode & S_IFMT == S_IFDIR ? filesBelow(input) : [absolute(input)]
            } else if errno != ENOENT && errno != ENOTDIR {
                files.append(absolute(input))
            } else if input.contains(where: { "*?[".contains($0) }) {
                let pattern = absolute(input)
                files += filesBelow(fixedPrefix(of: pattern)).filter { matches(pattern, $0) }
            } else {
                throw InputError(path: input)
            }
        }
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }

    /// Every regular, non-hidden file below a folder, in a stable order, and every folder below it that
    /// cannot be listed and every name that cannot be looked at (so that each is answered with its reason).
    /// Symbolic links are left alone, as links to folders could loop. Read by name and `lstat`, not by
    /// Foundation's enumerator, which makes a URL and its resource values for every file and skips
    /// names that are not UTF-8.
    static func filesBelow(_ folder: String) -> [String] {
        var files: [String] = []
        var folders = [absolute(folder)]
        while let current = folders.popLast() {
            guard let names = names(in: current) else {
                files.append(current)
                continue
            }
            let prefix = current.hasSuffix("/") ? current : current + "/"
            for name in names where !name.hasPrefix(".") {
                let path = prefix + name
                var status = stat()
                guard PathBytes.withCString(path, { lstat($0, &status) }) == 0 else {
                    files.append(path)
                    continue
                }
                switch status.st_mode & S_IFMT {
                case S_IFREG: files.append(path)
                case S_IFDIR: folders.append(path)
                default: break
                }
            }
        }
        return files.sorted()
    }

    /// The names in a folder as the system has them (bytes that are not UTF-8 held as `PathBytes` holds
    /// them); nil if it cannot be listed.
    static func names(in folder: String) -> [String]? {
        guard let listing = PathBytes.withCString(folder, { opendir($0) }) else { return nil }
        defer { closedir(listing) }
        var names: [String] = []
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in PathBytes.string(raw.prefix { $0 != 0 }) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// A path or pattern made absolute, as the corpus keeps paths and as patterns are matched.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).absoluteURL.standardized.path
    }

    /// The folder part of a pattern before its first wildcard.
    static func fixedPrefix(of pattern: String) -> String {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let fixed = parts.prefix { !$0.contains(where: { "*?[".contains($0) }) }
        let folder = fixed.joined(separator: "/")
        return folder.isEmpty ? (pattern.hasPrefix("/") ? "/" : ".") : folder
    }

    /// Shell-style matching, a folder's name at a time: `*`, `?` and `[…]` match within a name, and a
    /// `**` name matches any number of folders, none included.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        matches(pattern.split(separator: "/")[...], path.split(separator: "/")[...])
    }

    private static func matches(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            return (path.startIndex...path.endIndex).contains { matches(pattern.dropFirst(), path[$0...]) }
        }
        guard let name = path.first, fnmatch(String(first), String(name), 0) == 0 else { return false }
        return matches(pattern.dropFirst(), path.dropFirst())
    }
}

/// An input that names nothing on disk.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var description: String { "\(PathBytes.shown(path)): no such file or folder, and no file matches it as a pattern" }
}
