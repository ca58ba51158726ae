import Foundation

/// A horizontal bar chart as inline SVG: one labelled bar per item, its length in proportion to its value.
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        /// A CSS color.
        var color: String
    }

    var title: String
    var bars: [Bar]

    private static let rowHeight = 26.0, barHeight = 18.0, width = 720.0, valueRoom = 70.0
    /// Pixels per terminal cell of label text at the chart's 13px font: CJK characters take two.
    private static let cellWidth = 7.2

    var svg: String {
        let labelWidth = (bars.map { Double(TextTable.width($0.label)) * Self.cellWidth }.max() ?? 0) + 12
        let barRoom = max(Self.width - labelWidth - Self.valueRoom, 80)
        let largest = bars.map(\.value).max() ?? 0
        let height = Double(bars.count) * Self.rowHeight + 8
        var out = #"<svg class="chart" role="img" width="\#(Self.number(labelWidth + barRoom + Self.valueRoom))" "#
            + #"height="\#(Self.number(height))" viewBox="0 0 \#(Self.number(labelWidth + barRoom + Self.valueRoom)) "#
            + #"\#(Self.number(height))"><title>\#(HTML.escape(title))</title>"#
        for (index, bar) in bars.enumerated() {
            let y = 4 + Double(index) * Self.rowHeight
            let length = largest > 0 ? max(bar.value / largest * barRoom, bar.value > 0 ? 1 : 0) : 0
            let middle = y + Self.barHeight / 2 + 4.5
            out += #"<text x="\#(Self.number(labelWidth - 8))" y="\#(Self.number(middle))" text-anchor="end">"#
                + "\(HTML.escape(bar.label))</text>"
            out += #"<rect x="\#(Self.number(labelWidth))" y="\#(Self.number(y))" width="\#(Self.number(length))" "#
                + #"height="\#(Self.number(Self.barHeight))" fill="\#(HTML.escape(bar.color))"/>"#
            out += #"<text x="\#(Self.number(labelWidth + length + 6))" y="\#(Self.number(middle))">"#
                + "\(HTML.escape(Self.figure(bar.value)))</text>"
        }
        return out + "</svg>"
    }

    /// A figure as people write it: whole numbers without a point, others to two places.
    static func figure(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.2f", value)
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
