/// Where a piece of text stood in its source: the provenance every value keeps.
public enum Location: Sendable, Hashable {
    /// A 1-based line of a text file.
    case line(Int)
    /// A 1-based page and a box on it, in points from the page's top-left corner.
    case page(Int, Box)
    /// A cell of a table the document itself delimits (DOCX, HTML), all 1-based.
    case tableCell(table: Int, row: Int, column: Int)

    public var page: Int? {
        if case .page(let number, _) = self { return number }
        return nil
    }
}

/// An axis-aligned rectangle in PDF points, y growing downwards.
public struct Box: Sendable, Hashable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        let minX = min(x, other.x), minY = min(y, other.y)
        return Box(x: minX, y: minY, width: max(maxX, other.maxX) - minX, height: max(maxY, other.maxY) - minY)
    }

    public func encloses(_ other: Box, margin: Double = 1) -> Bool {
        x - margin <= other.x && other.maxX <= maxX + margin && y - margin <= other.y && other.maxY <= maxY + margin
    }

    public func contains(_ x: Double, _ y: Double, margin: Double = 0) -> Bool {
        self.x - margin <= x && x <= maxX + margin && self.y - margin <= y && y <= maxY + margin
    }
}

extension Location: CustomStringConvertible {
    public var description: String {
        switch self {
        case .line(let n): return "line \(n)"
        case .page(let p, let b):
            return "page \(p) at (\(Int(b.x.rounded())),\(Int(b.y.rounded())) \(Int(b.width.rounded()))×\(Int(b.height.rounded())))"
        case .tableCell(let t, let r, let c): return "table \(t) row \(r) column \(c)"
        }
    }
}
