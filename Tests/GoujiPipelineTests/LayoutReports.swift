import Foundation
import GoujiModel

/// A balanced 2021-format report's figures, and documents that print them in the long-tail
/// layouts real reports use: written here, so the tests need nothing outside the repository.
enum LayoutReports {
    /// Each 表三 row's six applicant figures; the 总计 column is their sum. Rows left out are 0.
    static let t3: [String: [Int]] = [
        "new": [5, 1, 0, 0, 0, 0], "carried_over": [1, 0, 0, 0, 0, 0],
        "granted": [3, 1, 0, 0, 0, 0], "partial": [1, 0, 0, 0, 0, 0], "other.other": [1, 0, 0, 0, 0, 0],
        "total": [5, 1, 0, 0, 0, 0], "carried_forward": [1, 0, 0, 0, 0, 0],
    ]

    static func t3Figures(_ row: String) -> [Int] {
        let figures = t3[row] ?? Array(repeating: 0, count: 6)
        return figures + [figures.reduce(0, +)]
    }

    /// 表四's figures per group: 维持, 纠正, 其他, 尚未审结, 总计.
    static let t4: [(caption: String, figures: [Int])] = [
        ("行政复议", [1, 2, 3, 4, 10]), ("行政诉讼（未经复议直接起诉）", [0, 0, 0, 1, 1]), ("行政诉讼（复议后起诉）", [2, 0, 0, 0, 2]),
    ]

    /// Every 表三 row as the 2021 template prints its label.
    static let t3Rows = CanonicalModel.table(.t3, .f2021).rows

    private static func pipeRow(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// A markdown export: 表二 as one pipe table, 表三 as one small table per row (or per block
    /// of rows) under generic headers (数据1 … 数据6, 总计) with a stray header row inside, 表四
    /// as three tables.
    static func markdown(blocks: Bool = false) -> String {
        var lines = ["# 某区2024年政府信息公开工作年度报告", "", "## 二、主动公开政府信息情况", "",
                     pipeRow(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]), "|---|---|---|---|",
                     pipeRow(["规章", "1", "0", "3"]), pipeRow(["行政规范性文件", "2", "1", "9"]), "",
                     pipeRow(["信息内容", "本年处理决定数量"]), "|---|---|",
                     pipeRow(["行政许可", "40"]), pipeRow(["行政处罚", "7"]), pipeRow(["行政强制", "0"]), "",
                     pipeRow(["信息内容", "本年收费金额（单位：万元）"]), "|---|---|", pipeRow(["行政事业性收费", "12.5"]), "",
                     "## 三、收到和处理政府信息公开申请情况", ""]
        let generic = pipeRow(["项目", "数据1", "数据 2", "数据３", "数据4", "数据5", "数据6", "总计"])
        // One table per row, or per block of rows (三（三）1 … 8 together).
        var block: String?
        for (index, row) in t3Rows.enumerated() {
            let name = blocks ? String(row.number.prefix { !$0.isNumber }) : row.number
            if name != block {
                if block != nil { lines.append("") }
                lines += ["### \(name)", "", generic, "|---|---|---|---|---|---|---|---|"]
                block = name
            }
            if index == 14 {
                lines.append(pipeRow(["项目", "本年新收", "上年结转", "予以公开", "部分公开", "不予公开", "结转下年度", "总计"]))
            }
            var printed = t3Figures(row.key).map(String.init)
            // A 总计 printed blank: only the header places the row's cells.
            if row.key == blankTotal.row { printed[6] = "" }
            lines.append(pipeRow([row.label] + printed))
        }
        lines.append("")
        lines += ["## 四、政府信息公开行政复议、行政诉讼情况", ""]
        for part in t4 {
            lines += ["### \(part.caption)情况", "", pipeRow(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]),
                      "|---|---|---|---|---|", pipeRow(part.figures.map(String.init)), ""]
        }
        lines += ["## 五、存在的主要问题及改进情况", "", "无。"]
        return lines.joined(separator: "\n")
    }

    /// A web page's content alone (no `<html>`, `<head>` or charset): 表三's tall labels (自然人,
    /// 总计, 三、本年度办理结果) written one character per paragraph, 表四 as three tables each
    /// under its caption.
    static func htmlFragment(repeatingHeaderAt repeatAt: Int? = nil) -> String {
        func tr(_ cells: [String]) -> String { "<tr>" + cells.map { "<td><p>\($0)</p></td>" }.joined() + "</tr>" }
        var html = "<p style='text-align:center'>某区2024年度政府信息公开工作年度报告</p>\n<p>二、主动公开政府信息情况</p>\n<table>"
        html += tr(["第二十条第（一）项"]) + tr(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        html += tr(["规章", "1", "0", "3"]) + tr(["行政规范性文件", "2", "1", "9"])
        html += tr(["信息内容", "本年处理决定数量"]) + tr(["行政许可", "40"]) + tr(["行政处罚", "7"]) + tr(["行政强制", "0"])
        html += tr(["信息内容", "本年收费金额（单位：万元）"]) + tr(["行政事业性收费", "12.5"]) + "</table>\n"
        html += "<p>三、收到和处理政府信息公开申请情况</p>\n<table>"
        let header = tr(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "申请人情况"])
            + tr(["", "", "自</p><p>然</p><p>人", "法人或其他组织", "", "", "", "", "总</p><p>计"])
            + tr(["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""])
        html += header
        for (index, row) in t3Rows.enumerated() {
            if index == repeatAt { html += header }
            let tall = row.number.hasPrefix("三") ? "<td>" + "三、本年度办理结果".map { "<p>\($0)</p>" }.joined() + "</td>" : "<td></td>"
            html += "<tr>\(tall)<td><p>\(row.label)</p></td>" + t3Figures(row.key).map { "<td><p>\($0)</p></td>" }.joined() + "</tr>"
        }
        html += "</table>\n<p>四、政府信息公开行政复议、行政诉讼情况</p>\n"
        for part in t4 {
            html += "<p>\(part.caption)</p>\n<table>" + tr(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
                + tr(part.figures.map(String.init)) + "</table>\n"
        }
        return html + "<p>五、存在的主要问题及改进情况</p>"
    }

    /// The cell the markdown export prints blank.
    static let blankTotal = CellKey(.t3, "not_processed.publication", "total")

    /// Every cell the report prints, with its figure.
    static var expected: [CellKey: Decimal] {
        var out: [CellKey: Decimal] = [
            CellKey(.t2, "rules", "issued"): 1, CellKey(.t2, "rules", "repealed"): 0, CellKey(.t2, "rules", "in_force"): 3,
            CellKey(.t2, "normative_docs", "issued"): 2, CellKey(.t2, "normative_docs", "repealed"): 1,
            CellKey(.t2, "normative_docs", "in_force"): 9, CellKey(.t2, "licensing", "decisions"): 40,
            CellKey(.t2, "penalty", "decisions"): 7, CellKey(.t2, "coercion", "decisions"): 0, CellKey(.t2, "fees", "amount"): 12.5,
        ]
        for row in t3Rows {
            for (column, figure) in zip(CanonicalModel.t3Columns, t3Figures(row.key)) {
                out[CellKey(.t3, row.key, column.key)] = Decimal(figure)
            }
        }
        for (group, part) in zip(CanonicalModel.t4Groups, t4) {
            for (result, figure) in zip(CanonicalModel.t4Results, part.figures) {
                out[CellKey(.t4, "all", "\(group).\(result)")] = Decimal(figure)
            }
        }
        return out
    }
}
