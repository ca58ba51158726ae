import Foundation
import GoujiModel

/// A source file the corpus holds, as it was last loaded.
public struct LoadedSource: Sendable, Hashable {
    public var path: String
    public var sha256: String
    public var size: Int
    public var status: ReportStatus
    public var readAt: Date

    /// The version of gouji's reading that loaded it (`Pipeline.readingVersion`, kept in the `reader` column).
    public var readingVersion: String

    public init(path: String, sha256: String, size: Int, status: ReportStatus, readAt: Date, readingVersion: String = "") {
        self.path = path; self.sha256 = sha256; self.size = size; self.status = status; self.readAt = readAt
        self.readingVersion = readingVersion
    }
}
