import Foundation

/// One share of a folder, `index` of `count` (1-based): a file belongs to the share its name hashes
/// to, so every machine of a sweep agrees on the split without talking to the others.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    /// Reads `i/n`, as `--shard` takes it.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        self.index = index; self.count = count
    }

    public func contains(_ path: String) -> Bool {
        Int(Self.fnv1a(URL(fileURLWithPath: path).lastPathComponent) % UInt64(count)) == index - 1
    }

    /// FNV-1a over the name's UTF-8: stable across machines and runs, unlike `hashValue`.
    private static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    public var description: String { "\(index)/\(count)" }
}
