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
                files += isFolder.boolValue ? filesBelow(input) : [absolute(input)]
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

    /// Every regular, non-hidden file below a folder, in a stable order. Symbolic links are left
    /// alone, as links to folders could loop. Read by name and `lstat`, not by Foundation's
    /// enumerator, which makes a URL and its resource values for every file.
    static func filesBelow(_ folder: String) -> [String] {
        var files: [String] = []
        var folders = [absolute(folder)]
        while let current = folders.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            let prefix = current.hasSuffix("/") ? current : current + "/"
            for name in names where !name.hasPrefix(".") {
                let path = prefix + name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFREG: files.append(path)
                case S_IFDIR: folders.append(path)
                default: break
                }
            }
        }
        return files.sorted()
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
    public var description: String { "\(path): no such file or folder, and no file matches it as a pattern" }
}
