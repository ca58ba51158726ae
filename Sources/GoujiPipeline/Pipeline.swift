import Foundation
import GoujiExtract
import GoujiModel
import GoujiNormalize
import GoujiReconstruct
import GoujiValidate

/// The five stages composed: the only place that knows their order. One file in, one
/// outcome out, whatever the file holds.
public struct Pipeline: Sendable {
    public var extractor = Extractor()
    public var reconstructor = Reconstructor()
    public var normalizer = Normalizer()
    public var validator: Validator

    /// The spec's hard rules, every one checked unless a run says otherwise.
    public static let hardRules = Validator.hardRules

    /// The version of the reading: a corpus rereads every file loaded by another one. Bump it
    /// with every change to what the stages make of a file.
    public static let readingVersion = "6"

    /// `ocr`: whether scanned pages (without text) are read by OCR.
    public init(rules: Set<String> = Set(Validator.hardRules), ocr: Bool = true) {
        validator = Validator(rules: rules)
        extractor = Extractor(ocr: ocr)
    }

    public func process(path: String) -> Outcome {
        outcome(path: path) { () throws(ExtractError) in try extractor.extract(path: path) }
    }

    /// Processes a file whose bytes are already read.
    public func process(_ data: Data, path: String) -> Outcome {
        outcome(path: path) { () throws(ExtractError) in try extractor.extract(data, path: path) }
    }

    private func outcome(path: String, extracting extract: () throws(ExtractError) -> ExtractedDocument) -> Outcome {
        let document: ExtractedDocument
        do { document = try extract() } catch {
            return Outcome(source: SourceFile(path: path, kind: .unknown), status: error.isUnsupported ? .unsupported : .failed,
                           reason: error.summary)
        }
        let report: Report
        do { report = try normalizer.normalize(reconstructor.reconstruct(document)) } catch {
            // A damaged file whose tables were not found is damaged, not "not a report": the damage may have taken them.
            if let damage = document.damage {
                return Outcome(source: document.source, status: .failed,
                               reason: "corrupt: the file is damaged (\(damage)); in what could be read: \(error.summary)")
            }
            let status: ReportStatus = if case .unsupported = error.reason { .unsupported } else { .failed }
            return Outcome(source: document.source, status: status, reason: error.summary)
        }
        let findings = validator.validate(report)
        var outcome = Outcome(source: document.source, report: report, findings: findings, ocrReview: validator.ocrReview(of: report, otherReadings: document.otherReadings))
        if let damage = document.damage, outcome.status == .needsReview || outcome.status == .unbalanced {
            outcome.reason += "; the file is damaged: \(damage)"
        }
        return outcome
    }
}

extension Outcome {
    /// A read report's status: needs review when part of a table was not read (whatever the
    /// rules say, since an unread cell may hide or cause an imbalance), or when a hard rule fails
    /// and OCR may have misread its cells (`ocrReview` says why), or when a value could not be
    /// read with confidence; unbalanced when a hard rule fails; ok when every cell of every table
    /// was read and every rule holds.
    public init(source: SourceFile, report: Report, findings: [Finding], ocrReview: String? = nil) {
        let errors = findings.filter { $0.severity == .error }
        let doubtful = report.values.filter { $0.doubt != nil }
        var failing: String?
        if !errors.isEmpty {
            let rules = Array(Set(errors.map(\.rule))).sorted()
            failing = "\(errors.count) failing equation\(errors.count == 1 ? "" : "s"): \(rules.joined(separator: ", "))"
        }
        let status: ReportStatus
        let reason: String
        if !report.unread.isEmpty {
            status = .needsReview
            reason = report.unread.summary + (failing.map { "; and \($0)" } ?? "")
        } else if failing != nil, let ocrReview {
            status = .needsReview
            reason = ocrReview
        } else if let failing {
            status = .unbalanced
            reason = failing
        } else if let first = report.doubts.first ?? doubtful.first.map({ "\($0.key): \($0.doubt!)" }) {
            status = .needsReview
            reason = first
        } else if report.values.isEmpty {
            status = .needsReview
            reason = "no values read from the tables"
        } else {
            status = .ok
            reason = "\(report.values.count) values read, every rule holds"
        }
        self.init(source: source, status: status, reason: reason, report: report, findings: findings)
    }
}
