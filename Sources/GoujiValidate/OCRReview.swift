import Foundation
import GoujiModel

extension Validator {
    /// Why a report read by OCR whose balance rules fail needs a person to look at the scan
    /// rather than being unbalanced: an operand of a failing equation was read with low
    /// confidence, or the cell that would balance it was read by OCR at all (a misread digit
    /// breaks an equation just as a misprint does). Nil where every operand of every failing
    /// equation was printed in the file's own text, or read by OCR with high confidence and no
    /// cell read by OCR explains the failure. `otherReadings`: what else OCR read where it was
    /// unsure, by page, to name the one that would balance.
    public func ocrReview(of report: Report, otherReadings: [Int: [OtherReading]] = [:]) -> String? {
        guard report.values.contains(where: { $0.confidence != nil }) else { return nil }
        let values = Dictionary(report.values.lazy.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let numbers = values.mapValues(\.number)
        let checked = BalanceRules.equations(for: report).filter { rules.contains($0.rule) }.map { Checked($0, numbers) }
        let failing = checked.filter(\.fails)
        guard !failing.isEmpty else { return nil }

        let suspects = SuspectCells(failing: failing, holding: checked.filter(\.holds), numbers: numbers)
        for equation in failing.map(\.equation) {
            if let unsure = equation.operands.compactMap({ values[$0] }).filter(\.isUnsure).min(by: { $0.confidence! < $1.confidence! }) {
                return "\(equation.rule) fails, and \(unsure.key) was read by OCR with low confidence "
                    + "(\(Int(unsure.confidence!.rounded())) of 100, read \"\(unsure.raw)\"\(Self.misreading(unsure, suspects, otherReadings))): check the scan"
            }
        }
        if let suspect = suspects.suspects.first(where: { values[$0.key]?.confidence != nil }) {
            return "\(failing[0].equation.rule) fails, and the cell that would balance it was read by OCR: "
                + "\(suspect.description): check the scan"
        }
        return nil
    }

    /// "; N … would balance" where the number that would balance the failing equations is what
    /// OCR also read there (the other engine's reading, or tesseract's next choice for a digit),
    /// or else differs from what it read by one character (a digit misread, doubled or missed):
    /// the reading OCR most likely got wrong. Only named, never put in its place.
    static func misreading(_ value: Value, _ suspects: SuspectCells, _ otherReadings: [Int: [OtherReading]]) -> String {
        guard let suspect = suspects.suspects.first(where: { $0.key == value.key }) else { return "" }
        func digits(_ text: String) -> [Character] { Array(text.filter { $0 != "," && $0 != "，" && !$0.isWhitespace }) }
        let read = digits(value.raw)
        let balancing = Array("\(suspect.balancing)")
        guard read != balancing else { return "" }
        if case .page(let page, let box) = value.location,
           otherReadings[page, default: []].contains(where: { box.contains($0.box.midX, $0.box.midY, margin: 1) && $0.texts.contains { digits($0) == balancing } }) {
            return "; \(suspect.balancing), what OCR also read there, would balance"
        }
        guard oneEditApart(read, balancing) else { return "" }
        return "; \(suspect.balancing), one character from it, would balance"
    }

    /// Whether `a` becomes `b` by changing, adding or dropping one character.
    static func oneEditApart(_ a: [Character], _ b: [Character]) -> Bool {
        if a.count == b.count { return zip(a, b).filter { $0 != $1 }.count == 1 }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        return long.indices.contains { k in Array(long[..<k] + long[(k + 1)...]) == short }
    }
}
