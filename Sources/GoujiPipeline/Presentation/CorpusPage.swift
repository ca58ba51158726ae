import Foundation
import GoujiLoad
import GoujiModel
import GoujiValidate

/// The audit page of a corpus: one self-contained HTML file, its style and charts inline, that opens
/// without a network. Every text taken from the corpus is escaped.
public enum CorpusPage {
    /// `corpus` names the corpus file on the page; `generated` says when, as the caller words it; `crops`
    /// renders the bands of PDF pages shown beside failing equations (none without it).
    public static func html(_ overview: CorpusOverview, corpus: String, generated: String, crops: PageCrops? = nil) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>gouji corpus audit</title>
        <style>\(style)</style>
        </head>
        <body>
        <h1>gouji corpus audit <span class="zh">政府信息公开年度报告 勾稽核查</span></h1>
        <p class="meta">\(escape(corpus)) · \(overview.total) files · \(escape(generated))</p>
        \(statusSection(overview))
        \(ratesSection(overview.rates))
        \(flaggedSection(overview.flagged, crops: crops))
        \(warnedSection(overview.warned))
        \(unreadSection(overview.unread))
        \(totalsSection(overview.regionYears))
        </body>
        </html>

        """
    }

    // MARK: - Sections

    private static func statusSection(_ overview: CorpusOverview) -> String {
        let rows = ReportStatus.allCases.map { status in
            "<tr class=\"\(status.rawValue)\"><td>\(statusName(status))</td><td class=\"n\">\(overview.counts[status] ?? 0)</td></tr>"
        }
        let chart = BarChart(title: "Reports by status", bars: ReportStatus.allCases.map {
            BarChart.Bar(label: statusName($0), value: Double(overview.counts[$0] ?? 0), color: statusColors[$0]!)
        })
        return """
            <section id="status"><h2>Reports by status</h2>
            <div class="side"><table><tr><th>status</th><th>files</th></tr>\(rows.joined())</table>
            \(chart.svg)</div></section>
            """
    }

    private static func flaggedSection(_ flagged: [CorpusOverview.ListedReport], crops: PageCrops?) -> String {
        guard !flagged.isEmpty else {
            return #"<section id="flagged"><h2>Flagged reports</h2><p>None: every report read balances.</p></section>"#
        }
        return """
            <section id="flagged"><h2>Flagged reports (\(flagged.count))</h2>
            <p>Each failing equation: the side the rule expects, the side printed, their difference, and the cell \
            that, changed alone, would balance it.</p>
            \(flagged.map { article($0, crops: crops) }.joined(separator: "\n"))</section>
            """
    }

    private static func warnedSection(_ warned: [CorpusOverview.ListedReport]) -> String {
        guard !warned.isEmpty else { return "" }
        return """
            <section id="warned"><h2>Warnings on balanced reports (\(warned.count))</h2>
            <p>Reports that balance on their own but disagree with another, such as a carry-over that is not last \
            year's carry-forward.</p>
            \(warned.map { article($0) }.joined(separator: "\n"))</section>
            """
    }

    /// One listed report: what it says of itself, its findings as equations, its doubts.
    private static func article(_ report: CorpusOverview.ListedReport, crops: PageCrops? = nil) -> String {
        let about = [report.body, report.region, report.year.map(String.init)].compactMap { $0 }
        let findings = report.findings.map { finding in
            "<tr class=\"\(finding.severity.rawValue)\"><td>\(escape(finding.rule))</td>"
                + "<td>\(escape(finding.cell ?? ""))</td>"
                + "<td class=\"n\">\(escape(finding.expected ?? ""))</td>"
                + "<td class=\"n\">\(escape(finding.found ?? ""))</td>"
                + "<td class=\"n\">\(escape(finding.difference ?? ""))</td>"
                + "<td>\(escape(finding.suspect ?? ""))</td>"
                + "<td>\(escape(finding.message))<br><span class=\"zh\">\(escape(finding.messageZh))</span></td></tr>"
        }
        let table = findings.isEmpty ? "" : """
            <table class="findings"><tr><th>rule</th><th>cell</th><th>expected</th><th>found</th>\
            <th>difference</th><th>suspect</th><th>message</th></tr>\(findings.joined())</table>
            """
        let doubts = report.doubts.isEmpty ? ""
            : "<ul class=\"doubts\">" + report.doubts.map { "<li>doubt: \(escape($0))</li>" }.joined() + "</ul>"
        return """
            <article class="report \(report.status.rawValue)"><h3>\(escape(report.source)) \
            <span class="badge">\(statusName(report.status))</span></h3>
            <p>\(escape(about.joined(separator: " · ")))<br>\(escape(report.reason))<br>\
            <span class="path">\(escape(PathBytes.shown(report.path)))</span></p>\(table)\(evidence(report, crops: crops))\(doubts)</article>
            """
    }

    /// Each failing equation's cells, as read; past the page's first flagged reports, how to see them.
    private static func evidence(_ report: CorpusOverview.ListedReport, crops: PageCrops?) -> String {
        let errors = report.findings.filter { $0.severity == .error }
        guard !errors.isEmpty else { return "" }
        guard let cells = report.evidence else {
            return "<p class=\"note\">The cells of these equations: <code>gouji report --source \(escape(report.source))</code></p>"
        }
        let blocks = errors.compactMap { finding in
            EquationEvidence.html(finding, cells: cells, path: report.path, crops: crops).map {
                "<figure><figcaption>\(escape(FailureRates.equation(finding)))</figcaption>\($0)</figure>"
            }
        }
        return blocks.isEmpty ? "" : "<div class=\"evidence\">\(blocks.joined())</div>"
    }

    private static func ratesSection(_ rates: FailureRates) -> String {
        guard rates.all.read > 0 else { return "" }
        func share(_ count: Int, of total: Int) -> String {
            total == 0 ? "—" : "\(count) of \(total) (\(String(format: "%.1f", 100 * Double(count) / Double(total)))%)"
        }
        let all = rates.all
        let groups = rates.groups.map { group in
            "<tr><td>\(escape(group.region ?? "(region unknown)"))</td><td>\(group.year.map(String.init) ?? "—")</td>"
                + "<td class=\"n\">\(group.read)</td><td class=\"n\">\(share(group.unbalanced, of: group.read))</td>"
                + "<td class=\"n\">\(share(group.needsReview, of: group.read))</td></tr>"
        }
        let rules = Validator.hardRules.map { rule in
            "<tr><td>\(escape(rule))</td><td class=\"n\">\(share(rates.reportsFailing[rule] ?? 0, of: all.read))</td></tr>"
        }
        let equations = rates.equationsFailing.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(10).map {
            "<tr><td>\(escape($0.key))</td><td class=\"n\">\($0.value)</td></tr>"
        }
        let histogram = BarChart(title: "Failing equations by the size of the difference",
                                 bars: zip(FailureRates.differenceClasses, rates.differences).map {
            BarChart.Bar(label: "|difference| \($0)", value: Double($1), color: "#c0392b")
        })
        return """
            <section id="rates"><h2>How often reports fail their rules</h2>
            <p>Of the reports read: \(share(all.unbalanced, of: all.read)) unbalanced, \(share(all.needsReview, of: all.read)) \
            needing review.</p>
            <div class="side"><table><tr><th>region</th><th>year</th><th>read</th><th>unbalanced</th><th>needs review</th></tr>\
            \(groups.joined())</table>
            <table><tr><th>rule</th><th>reports failing it</th></tr>\(rules.joined())</table></div>
            <h3>The equations that fail most often</h3>
            \(equations.isEmpty ? "<p>None fails.</p>" : "<table><tr><th>equation</th><th>reports</th></tr>\(equations.joined())</table>")
            \(histogram.svg)</section>
            """
    }

    private static func unreadSection(_ unread: [CorpusOverview.Unread]) -> String {
        guard !unread.isEmpty else { return "" }
        let rows = unread.map {
            "<tr><td>\(escape($0.source))</td><td>\(statusName($0.status))</td><td>\(escape($0.reason))</td></tr>"
        }
        return """
            <section id="unread"><h2>Files not read (\(unread.count))</h2>
            <table><tr><th>file</th><th>status</th><th>reason</th></tr>\(rows.joined())</table></section>
            """
    }

    private static func totalsSection(_ regionYears: [CorpusOverview.RegionYear]) -> String {
        guard !regionYears.isEmpty else { return "" }
        let headlines = CorpusOverview.headlines
        let header = "<tr><th>region</th><th>year</th><th>reports</th><th>flagged</th>"
            + headlines.map { "<th>\(escape(headlineNames[$0] ?? $0.description))</th>" }.joined() + "</tr>"
        let rows = regionYears.map { group in
            "<tr><td>\(escape(regionName(group)))</td><td>\(group.year.map(String.init) ?? "—")</td>"
                + "<td class=\"n\">\(group.reports)</td><td class=\"n\">\(group.flagged)</td>"
                + headlines.map { "<td class=\"n\">\(group.totals[$0].map(BarChart.figure) ?? "")</td>" }.joined()
                + "</tr>"
        }
        let newRequests = CellKey(.t3, "new", "total")
        let chart = BarChart(title: "New applications per region and year", bars: regionYears.map { group in
            BarChart.Bar(label: "\(regionName(group)) \(group.year.map(String.init) ?? "—")",
                         value: group.totals[newRequests] ?? 0, color: "#3b6ea5")
        })
        return """
            <section id="totals"><h2>Totals per region and year</h2>
            <p>Sums over the reports that print a number in the cell, flagged reports included.</p>
            <h3>\(escape(headlineNames[newRequests]!)) per region and year</h3>
            \(chart.svg)
            <table class="totals">\(header)\(rows.joined())</table></section>
            """
    }

    // MARK: - Words and style

    private static func escape(_ text: String) -> String { HTML.escape(text) }

    private static func regionName(_ group: CorpusOverview.RegionYear) -> String {
        group.region ?? "(region unknown)"
    }

    private static func statusName(_ status: ReportStatus) -> String {
        switch status {
        case .ok: return "ok"
        case .unbalanced: return "unbalanced"
        case .needsReview: return "needs review"
        case .failed: return "failed"
        case .unsupported: return "unsupported"
        }
    }

    private static let statusColors: [ReportStatus: String] = [
        .ok: "#3a8a4f", .unbalanced: "#c0392b", .needsReview: "#d68910", .failed: "#7f8c8d", .unsupported: "#b2babb",
    ]

    private static let headlineNames: [CellKey: String] = [
        CellKey(.t3, "new", "total"): "本年新收申请 new",
        CellKey(.t3, "carried_over", "total"): "上年结转 carried over",
        CellKey(.t3, "granted", "total"): "予以公开 granted",
        CellKey(.t3, "carried_forward", "total"): "结转下年 carried forward",
        CellKey(.t4, "all", "review.total"): "行政复议 reviews",
        CellKey(.t4, "all", "suit_direct.total"): "直接起诉 suits",
        CellKey(.t4, "all", "suit_after_review.total"): "复议后起诉 suits after review",
    ]

    private static let style = """
        body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;\
        margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.4}
        h1{font-size:1.6em;margin-bottom:.2em}h1 .zh{font-size:.6em;color:#666;font-weight:normal}
        .meta,.path{color:#666;font-size:.9em}
        table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
        th,td{border:1px solid #ddd;padding:.25em .55em;text-align:left;vertical-align:top}
        th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .totals td{white-space:nowrap}
        .side{display:flex;gap:2em;align-items:flex-start;flex-wrap:wrap}
        .chart text{font-size:13px;fill:#333}
        article.report{border-left:4px solid #c0392b;padding:.2em 1em;margin:1em 0;background:#fdf6f5}
        article.needs_review{border-color:#d68910;background:#fdf9f0}
        article.ok{border-color:#3a8a4f;background:#f4faf5}.ok .badge{background:#3a8a4f}
        .badge{font-size:.75em;padding:.1em .5em;border-radius:.8em;background:#c0392b;color:#fff;vertical-align:middle}
        .needs_review .badge{background:#d68910}
        .findings tr.error td:first-child{color:#c0392b;font-weight:bold}
        .zh{color:#555}.doubts{color:#8a6d3b}.note{color:#666;font-size:.9em}
        div.evidence{display:flex;gap:1.5em;flex-wrap:wrap}figure{margin:.4em 0}figcaption{font-size:.85em;color:#555}
        table.evidence td{text-align:right;font-variant-numeric:tabular-nums}
        table.evidence td.part{outline:1px dashed #3b6ea5;outline-offset:-3px}
        table.evidence td.whole{background:#eef3f9}
        table.evidence td.suspect{outline:3px solid #c0392b;outline-offset:-3px;font-weight:bold}
        table.evidence td.missing{color:#999}
        .crop{position:relative;margin:.4em 0;border:1px solid #ddd}.crop img{display:block}
        .crop .mark{position:absolute;border:1px dashed #3b6ea5}.crop .mark.whole{border-style:solid}
        .crop .mark.suspect{border:3px solid #c0392b}
        """
}
