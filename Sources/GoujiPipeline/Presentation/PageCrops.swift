import Foundation
import GoujiModel

/// Bands of PDF pages rendered to PNG by poppler's own renderer, `pdftoppm` (poppler-utils), for the
/// audit page: the rows an equation runs over, the page's full width. Rendering is the page's concern
/// only while it is written, so it runs as poppler's tool rather than inside gouji's readers.
public struct PageCrops: Sendable {
    /// A band of a page: its PNG, where it starts on the page, and pixels per point.
    public struct Band: Sendable, Hashable {
        public var png: Data
        public var top: Double
        public var scale: Double
        /// The PNG's size in pixels, from its header.
        public var width: Int { Self.bigEndian(png, at: 16) }
        public var height: Int { Self.bigEndian(png, at: 20) }

        private static func bigEndian(_ data: Data, at offset: Int) -> Int {
            data.count < offset + 4 ? 0 : data[data.startIndex + offset..<data.startIndex + offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
    }

    /// Screen resolution.
    public static let dpi = 96.0
    /// Longer than a band of one page ever takes: a file that makes poppler work longer gets no picture.
    static let timeLimit: TimeInterval = 20
    var tool = "/usr/bin/pdftoppm"

    public init() {}

    /// The band of `page` (1-based) of the PDF at `path` from `top` to `bottom`, in points from the
    /// page's top; nil where the file, or the tool, is missing or fails.
    public func band(of path: String, page: Int, top: Double, bottom: Double) -> Band? {
        guard FileManager.default.isReadableFile(atPath: path), FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let scale = Self.dpi / 72, top = max(0, top)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-png", "-r", "\(Int(Self.dpi))", "-f", "\(page)", "-l", "\(page)", "-singlefile",
                             "-x", "0", "-y", "\(Int(top * scale))", "-W", "100000", "-H", "\(Int((bottom - top) * scale))", path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.timeLimit, execute: watchdog)
        let png = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationStatus == 0, png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        return Band(png: png, top: top, scale: scale)
    }
}
