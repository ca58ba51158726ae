import GoujiModel

/// The exit codes scripts can rely on.
public enum ExitStatus {
    public static let allBalanced: Int32 = 0
    public static let someFlagged: Int32 = 1
    public static let someFailed: Int32 = 2
    /// The run itself failed, whatever its files: its corpus or outputs could not be opened, read or written
    /// (a full disk, a read-only folder, a corrupt corpus).
    public static let fatal: Int32 = 3
    public static let usage: Int32 = 64

    public static func of(_ outcomes: [Outcome]) -> Int32 {
        of(outcomes.map(\.status))
    }

    public static func of(_ statuses: [ReportStatus]) -> Int32 {
        code(anyFailed: statuses.contains { $0 == .failed || $0 == .unsupported },
             anyFlagged: statuses.contains { $0 == .unbalanced || $0 == .needsReview })
    }

    static func code(anyFailed: Bool, anyFlagged: Bool) -> Int32 {
        anyFailed ? someFailed : anyFlagged ? someFlagged : allBalanced
    }
}
