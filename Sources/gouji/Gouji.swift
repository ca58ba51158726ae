import ArgumentParser

@main
struct Gouji: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gouji",
        abstract: "Read 政府信息公开工作年度报告 into a corpus of numbers, and flag the ones whose totals don't balance.",
        discussion: """
            gouji reads annual government information disclosure reports (PDF, DOCX, Word 2003 XML, HTML, \
            plain text), rebuilds their statistics tables 表二, 表三 and 表四, maps every cell onto the \
            canonical model, checks the balance rules (勾稽关系) and writes a SQLite and CSV corpus.             docs/canonical-model.md lists every table, row and column key, with its Chinese label, and             every rule.

            Exit codes: 0 every report read and balanced; 1 some report flagged (unbalanced or needs \
            review); 2 some input failed or is unsupported; 64 bad usage or configuration.
            """,
        subcommands: [Run.self, Check.self, Compare.self, AuditPage.self, Merge.self, Push.self, Bench.self, WorkerCommand.self])
}
