import Foundation

/// The files committed with the package (samples/, scripts/), which every test may read.
public enum PackageFiles {
    /// The package's root folder, found from this file's place in it.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of samples/, by name.
    public static func sample(_ name: String) -> URL {
        root.appendingPathComponent("samples").appendingPathComponent(name)
    }

    /// The files of samples/ whose names end in `.ext`, by name.
    public static func samples(ext: String) -> [URL] {
        let folder = root.appendingPathComponent("samples")
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == ext }.sorted { $0.path < $1.path }
    }
}
