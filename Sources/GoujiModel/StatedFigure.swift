import Foundation

/// A figure the narrative states about the tables, e.g. 共收到政府信息公开申请 23 件.
public struct StatedFigure: Sendable, Hashable {
    public enum Quantity: String, Sendable, Hashable, CaseIterable {
        case received = "收到申请"
        case carriedOver = "上年结转"
        case concluded = "办结"
        case carriedForward = "结转下年度"
        case reviews = "行政复议"
        case lawsuits = "行政诉讼"
    }

    public var quantity: Quantity
    public var number: Decimal
    /// The words around the figure, as printed.
    public var text: String
    public var location: Location

    public init(_ quantity: Quantity, _ number: Decimal, text: String, at location: Location) {
        self.quantity = quantity; self.number = number; self.text = text; self.location = location
    }
}
