import Foundation
import GoujiTestSupport
import Testing
import GoujiLoad
import GoujiModel
@testable import GoujiPipeline

/// An outcome crosses the worker pipe and comes back equal, field for field.
@Suite struct WireRoundTripTests {
    /// An outcome with every field of every model type set somewhere, in unicode and in the
    /// numbers' and locations' awkward corners.
    static let rich: Outcome = {
        let source = SourceFile(path: "/报告/福建省 平潭县 2024.pdf", kind: .pdf, encoding: "GB18030")
        var report = Report(
            source: source, body: "平潭综合实验区管理委员会", region: "福建省", year: 2024,
            formats: [.t2: .f2019, .t3: .f2021, .t4: .f2021],
            values: [
                Value(CellKey(.t3, "new", "total"), number: Decimal(string: "18651.06")!, raw: "18,651.06",
                      at: .page(3, Box(x: 147.1, y: 354.5, width: 7.63, height: 15.6)), doubt: "两个数字挤在一格", confidence: 61),
                Value(CellKey(.t2, "fees", "amount"), number: nil, raw: "", at: .line(12)),
                Value(CellKey(.t4, "review.upheld", "total"), number: -15, raw: "-15",
                      at: .tableCell(table: 2, row: 3, column: 4), doubt: ""),
                Value(CellKey(.t3, "", ""), number: Decimal(string: "-123456789012345678901234567890.5")!, raw: "𠀀 🧾",
                      at: .page(1, Box(x: .infinity, y: -.infinity, width: 0, height: -0.0))),
                Value(CellKey(.t3, "carried", "natural_person"), number: Decimal(string: "18446744073709551615")!,
                      raw: "0.001", at: .line(Int.min)),
                Value(CellKey(.t3, "carried", "total"), number: Decimal(string: "0.001")!, raw: "1e30",
                      at: .tableCell(table: Int.max, row: 0, column: -1)),
            ],
            doubts: ["表三的页眉缺失", ""])
        report.unread = [UnreadPart(.t4), UnreadPart(.t3, row: "partial"), UnreadPart(.t2, row: "rules", columns: ["issued", "in_force"])]
        report.bodyAsPrinted = "平潭综合实验区 管理委员会"
        report.place = Place(code: "350128", province: "福建省", city: "福州市", county: "平潭县", township: "某镇", level: .township)
        report.placeNote = "鼓楼区 names 4 divisions"
        report.published = "2025-01-23"
        report.statedFigures = [
            StatedFigure(.received, 23, text: "共收到政府信息公开申请 23 件", at: .line(40)),
            StatedFigure(.lawsuits, Decimal(string: "1000000000000000000000000000000")!, text: "",
                         at: .page(2, Box(x: 1, y: 2, width: 3, height: 4))),
        ]
        let findings = [
            Finding(rule: "t3.flow", severity: .error, table: .t3, row: "new", column: "total", expected: 12,
                    found: Decimal(string: "12.5")!, suspect: "t3[new, total]", message: "does not add up", messageZh: "不平衡"),
            Finding(rule: "t2.x", severity: .warning, message: "", messageZh: ""),
        ]
        return Outcome(source: source, status: .needsReview, reason: "表三：2 个数字存疑", report: report, findings: findings)
    }()

    @Test func theRichOutcomeSetsEveryField() {
        #expect(Self.unsetFields(of: Self.rich).isEmpty)
    }

    @Test func aRichOutcomeComesBackEqual() throws {
        let frame = WireFrame.encode(Self.rich)
        #expect(try WireFrame.length(header: frame.prefix(WireFrame.headerSize)) == frame.count - WireFrame.headerSize)
        #expect(try WireFrame.decode(Array(frame.dropFirst(WireFrame.headerSize))) == Self.rich)
    }

    @Test func aFileOutcomeComesBackEqual() throws {
        let file = FileOutcome(outcome: Self.rich, sha256: String(repeating: "0f", count: 32), size: 1 << 40)
        #expect(try Self.roundTrip(file) == file)
    }

    @Test func anOutcomeWithoutReportComesBackEqual() throws {
        let outcome = Outcome(source: SourceFile(path: "", kind: .unknown), status: .failed, reason: "")
        #expect(try Self.roundTrip(outcome) == outcome)
    }

    @Test(arguments: ["hongze-2024.txt", "suqian-2024.pdf", "pingtan-2024.html", "hangzhou-style-2025.docx"])
    func aSampleReadComesBackEqual(name: String) throws {
        let outcome = Pipeline().process(path: PackageFiles.root.appendingPathComponent("samples/\(name)").path)
        #expect(outcome.report?.values.isEmpty == false)
        #expect(try Self.roundTrip(outcome) == outcome)
    }

    @Test func aBoxOfNoFiniteSizeCrosses() throws {
        let box = Box(x: .nan, y: .infinity, width: -.infinity, height: -.nan)
        let read: Box = try Self.roundTrip(box)
        #expect([read.x, read.y, read.width, read.height].map(\.bitPattern) == [box.x, box.y, box.width, box.height].map(\.bitPattern))
    }

    @Test(arguments: ["0", "-15", "18651.06", "0.001", "-0.5", "100", "1000000000000000000000000000000",
                      "18446744073709551615", "18446744073709551616", "-123456789012345678901234567890.5",
                      "0.33333333333333333333333333333333333333"])
    func aNumberComesBackExactly(text: String) throws {
        let number = try #require(Decimal(string: text))
        let read: Decimal = try Self.roundTrip(number)
        #expect(read == number && "\(read)" == text)
    }

    static func roundTrip<Value: WireCoding>(_ value: Value) throws -> Value {
        var writer = WireWriter()
        writer.write(value)
        return try WireFrame.decode(writer.bytes)
    }

    /// The fields (as `Type.field`) that are nil or empty wherever they occur in `value`: a field
    /// added to the model later must be set here, and so crosses the round trip above.
    static func unsetFields(of value: Any) -> Set<String> {
        var set: [String: Bool] = [:]
        func walk(_ value: Any) {
            guard !(value is Decimal) else { return }
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional, .collection, .dictionary, .set, .tuple:
                for child in mirror.children { walk(child.value) }
            default:
                for child in mirror.children {
                    let field = "\(type(of: value)).\(child.label ?? "")"
                    let inner = Mirror(reflecting: child.value)
                    let isEmpty = [.optional, .collection, .dictionary, .set].contains(inner.displayStyle) && inner.children.isEmpty
                    set[field] = set[field] == true || !isEmpty
                    walk(child.value)
                }
            }
        }
        walk(value)
        return Set(set.filter { !$0.value }.keys)
    }
}
