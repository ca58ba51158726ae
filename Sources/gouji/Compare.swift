import ArgumentParser
import Foundation
import GoujiLoad
import GoujiModel
import GoujiPipeline

struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Set reports in the corpus side by side: several bodies in one year, or one body across years.",
        discussion: """
            Shows one table's cells (default 表三, t3) for every report that matches, one column per report, \
            as a table on the terminal or as CSV. Cells are named row.col after the canonical model \
            (new.total is 本年新收申请 总计; t4 cells by column alone, e.g. review.total). In the table, · marks \
            a cell printed without a number, ? a number read in doubt; a blank means the report has no such cell.
            --body and --region match any part of the name; --province, --city, --level and --region-code \
            take the bodies placed there in China's administrative divisions.

            Examples:
              gouji compare --year 2024
              gouji compare --year 2024 --region 宿迁 --rows new,total --cols total
              gouji compare --body 平潭综合实验区
              gouji compare --year 2024 --province 江苏 --level county
              gouji compare --region-code 321322 --rows new --cols total
              gouji compare --body 平潭 --table t4 --cols review.total,suit_direct.total
              gouji compare --year 2023 --layout rows --csv compare-2023.csv --bom
              gouji compare --year 2024 --sqlite out/corpus.sqlite
            """)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only reports of this year.")
    var year: Int?

    @Option(help: "Only reports of bodies whose name contains this text.")
    var body: String?

    @Option(help: "Only reports of regions whose name contains this text.")
    var region: String?

    @OptionGroup var place: PlaceOptions

    @Option(help: "The table to compare: t2, t3 or t4.")
    var table: TableID = .t3

    @Option(help: ArgumentHelp("Only these rows, comma separated (e.g. new,carried_over,total).", valueName: "keys"))
    var rows: String?

    @Option(help: ArgumentHelp("Only these columns, comma separated (e.g. total,natural_person).", valueName: "keys"))
    var cols: String?

    @Option(help: "columns: one column per report, side by side; rows: one row per report.")
    var layout: Comparison.Layout = .reportsAsColumns

    @Option(help: ArgumentHelp("Write the comparison to this CSV file instead of the terminal.", valueName: "file"))
    var csv: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, for Excel.")
    var bom = false

    func validate() throws {
        guard year != nil || body != nil || place.regionCode != nil else {
            throw ValidationError("Give --year (bodies side by side) or --body or --region-code (one body across years), or both.")
        }
        for (option, keys, known) in [("--rows", rowKeys, Self.keys(table, \.rows, \.key)),
                                      ("--cols", columnKeys, Self.keys(table, \.columns, \.key))] {
            if let unknown = keys?.first(where: { !known.contains($0) }) {
                throw ValidationError("\(option): \(table.rawValue) has no '\(unknown)' (known: \(known.joined(separator: ", "))).")
            }
        }
    }

    func run() async throws {
        let query = ComparisonQuery(year: year, body: body, region: region, table: table,
                                    rows: rowKeys.map(Set.init), columns: columnKeys.map(Set.init), place: place.filter)
        let comparison: Comparison
        do {
            comparison = try corpus.open().compare(query)
            if let csv {
                try comparison.writeCSV(to: csv, layout: layout, bom: bom)
            }
        } catch let error as LoadError {
            FileHandle.standardError.write("gouji: \(error)\n")
            throw ExitCode(ExitStatus.someFailed)
        }
        if comparison.reports.isEmpty {
            FileHandle.standardError.write("gouji: no report in the corpus matches, or none prints \(table.rawValue)\n")
        } else if let csv {
            FileHandle.standardError.write("gouji: \(comparison.reports.count) reports, \(comparison.cells.count) cells → \(csv)\n")
        } else {
            print(ComparisonText.render(comparison, layout: layout), terminator: "")
        }
    }

    private var rowKeys: [String]? { rows.map(Self.split) }
    private var columnKeys: [String]? { cols.map(Self.split) }

    private static func split(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The keys a table has in either template edition, in printed order.
    private static func keys<Spec>(_ table: TableID, _ specs: KeyPath<TableSpec, [Spec]>,
                                   _ key: KeyPath<Spec, String>) -> [String] {
        var keys: [String] = []
        let all = TemplateFormat.allCases.flatMap { CanonicalModel.table(table, $0)[keyPath: specs] }
            .map { $0[keyPath: key] }
        for candidate in all where !keys.contains(candidate) { keys.append(candidate) }
        return keys
    }
}

extension TableID: ExpressibleByArgument {}
extension Comparison.Layout: ExpressibleByArgument {}
