/// The canonical tables of a 政府信息公开工作年度报告, after `shared/spec/canonical-model.yaml`:
/// the keys every value is filed under and the official labels they are read from.
public enum TableID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case t2, t3, t4

    public static func < (a: TableID, b: TableID) -> Bool { a.rawValue < b.rawValue }
}

/// The national template's two editions: 2019 for the 2019 and 2020 reports, 2021 since.
public enum TemplateFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case f2021 = "2021"
    case f2019 = "2019"
}

public struct RowSpec: Sendable, Hashable {
    public var key: String
    /// The printed numbering, e.g. 三（三）1.
    public var number: String
    public var label: String
    public var variants: [String]
    /// The group a sub-row sits in (t3 denied/unavailable/not_processed/other), from its key.
    public var group: String? {
        key.firstIndex(of: ".").map { String(key[..<$0]) }
    }

    public init(_ key: String, _ number: String = "", _ label: String, variants: [String] = []) {
        self.key = key; self.number = number; self.label = label; self.variants = variants
    }
}

public struct ColumnSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case count, decimal, signed }

    public var key: String
    public var label: String
    public var variants: [String]
    public var kind: Kind
    /// The rows this column is printed for (t2); nil for every row.
    public var rows: [String]?

    public init(_ key: String, _ label: String, variants: [String] = [], kind: Kind = .count, rows: [String]? = nil) {
        self.key = key; self.label = label; self.variants = variants; self.kind = kind; self.rows = rows
    }
}

public struct TableSpec: Sendable {
    public var id: TableID
    public var format: TemplateFormat
    public var title: String
    public var rows: [RowSpec]
    public var columns: [ColumnSpec]

    public func row(_ key: String) -> RowSpec? { rows.first { $0.key == key } }
    public func column(_ key: String) -> ColumnSpec? { columns.first { $0.key == key } }
}

public enum CanonicalModel {
    public static func table(_ id: TableID, _ format: TemplateFormat) -> TableSpec {
        switch (id, format) {
        case (.t2, .f2021): return t2Format2021
        case (.t2, .f2019): return t2Format2019
        case (.t3, .f2021): return t3Format2021
        case (.t3, .f2019): return t3Format2019
        case (.t4, _): return TableSpec(id: .t4, format: format, title: t4Format2021.title, rows: t4Format2021.rows, columns: t4Format2021.columns)
        }
    }

    /// Every t3 row key in either format; a report keys what it prints, so a single （六）
    /// row is `other` even in a 2021 report.
    public static let t3RowsAnyFormat: [RowSpec] = t3Format2021.rows + [t3SingleOther]

    static let t2Format2021 = TableSpec(id: .t2, format: .f2021, title: "主动公开政府信息情况", rows: [
        RowSpec("rules", "第二十条第（一）项", "规章"),
        RowSpec("normative_docs", "第二十条第（一）项", "行政规范性文件", variants: ["规范性文件"]),
        RowSpec("licensing", "第二十条第（五）项", "行政许可"),
        RowSpec("penalty", "第二十条第（六）项", "行政处罚"),
        RowSpec("coercion", "第二十条第（六）项", "行政强制"),
        RowSpec("fees", "第二十条第（八）项", "行政事业性收费"),
    ], columns: [
        ColumnSpec("issued", "本年制发件数", variants: ["本年新制作数量"], rows: ["rules", "normative_docs"]),
        ColumnSpec("repealed", "本年废止件数", rows: ["rules", "normative_docs"]),
        ColumnSpec("in_force", "现行有效件数", rows: ["rules", "normative_docs"]),
        ColumnSpec("decisions", "本年处理决定数量", rows: ["licensing", "penalty", "coercion"]),
        ColumnSpec("amount", "本年收费金额（单位：万元）", kind: .decimal, rows: ["fees"]),
    ])

    static let t2Format2019 = TableSpec(id: .t2, format: .f2019, title: "主动公开政府信息情况", rows: [
        RowSpec("rules", "第二十条第（一）项", "规章"),
        RowSpec("normative_docs", "第二十条第（一）项", "规范性文件", variants: ["行政规范性文件"]),
        RowSpec("licensing", "第二十条第（五）项", "行政许可"),
        RowSpec("other_services", "第二十条第（五）项", "其他对外管理服务事项"),
        RowSpec("penalty", "第二十条第（六）项", "行政处罚"),
        RowSpec("coercion", "第二十条第（六）项", "行政强制"),
        RowSpec("fees", "第二十条第（八）项", "行政事业性收费"),
        RowSpec("procurement", "第二十条第（九）项", "政府集中采购"),
    ], columns: [
        ColumnSpec("new_made", "本年新制作数量", rows: ["rules", "normative_docs"]),
        ColumnSpec("new_published", "本年新公开数量", rows: ["rules", "normative_docs"]),
        ColumnSpec("total_published", "对外公开总数量", rows: ["rules", "normative_docs"]),
        ColumnSpec("prior_items", "上一年项目数量", rows: ["licensing", "other_services", "penalty", "coercion", "fees"]),
        ColumnSpec("change", "本年增/减", kind: .signed, rows: ["licensing", "other_services", "penalty", "coercion", "fees"]),
        ColumnSpec("decisions", "处理决定数量", rows: ["licensing", "other_services", "penalty", "coercion"]),
        ColumnSpec("items", "采购项目数量", rows: ["procurement"]),
        ColumnSpec("amount", "采购总金额", kind: .decimal, rows: ["procurement"]),
    ])

    public static let t3Columns = [
        ColumnSpec("natural_person", "自然人"),
        ColumnSpec("commercial", "商业企业"),
        ColumnSpec("research", "科研机构"),
        ColumnSpec("social_org", "社会公益组织"),
        ColumnSpec("legal_service", "法律服务机构"),
        ColumnSpec("other_org", "其他"),
        ColumnSpec("total", "总计"),
    ]

    static let t3Format2021 = TableSpec(id: .t3, format: .f2021, title: "收到和处理政府信息公开申请情况", rows: [
        RowSpec("new", "一", "本年新收政府信息公开申请数量"),
        RowSpec("carried_over", "二", "上年结转政府信息公开申请数量"),
        RowSpec("granted", "三（一）", "予以公开"),
        RowSpec("partial", "三（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
        RowSpec("denied.state_secret", "三（三）1", "属于国家秘密"),
        RowSpec("denied.law_forbidden", "三（三）2", "其他法律行政法规禁止公开", variants: ["其他法律行政止公开"]),
        RowSpec("denied.three_safety", "三（三）3", "危及“三安全一稳定”"),
        RowSpec("denied.third_party", "三（三）4", "保护第三方合法权益"),
        RowSpec("denied.internal_affairs", "三（三）5", "属于三类内部事务信息"),
        RowSpec("denied.process_info", "三（三）6", "属于四类过程性信息"),
        RowSpec("denied.enforcement_file", "三（三）7", "属于行政执法案卷"),
        RowSpec("denied.inquiry", "三（三）8", "属于行政查询事项"),
        RowSpec("unavailable.not_held", "三（四）1", "本机关不掌握相关政府信息"),
        RowSpec("unavailable.needs_creation", "三（四）2", "没有现成信息需要另行制作"),
        RowSpec("unavailable.unclear", "三（四）3", "补正后申请内容仍不明确"),
        RowSpec("not_processed.petition", "三（五）1", "信访举报投诉类申请"),
        RowSpec("not_processed.repeat", "三（五）2", "重复申请"),
        RowSpec("not_processed.publication", "三（五）3", "要求提供公开出版物"),
        RowSpec("not_processed.mass_repeat", "三（五）4", "无正当理由大量反复申请"),
        RowSpec("not_processed.confirm_existing", "三（五）5", "要求行政机关确认或重新出具已获取信息"),
        RowSpec("other.no_correction", "三（六）1", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        RowSpec("other.unpaid_fee", "三（六）2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        RowSpec("other.other", "三（六）3", "其他"),
        RowSpec("total", "三（七）", "总计"),
        RowSpec("carried_forward", "四", "结转下年度继续办理"),
    ], columns: t3Columns)

    static let t3SingleOther = RowSpec("other", "三（六）", "其他处理")

    static let t3Format2019: TableSpec = {
        var rows = t3Format2021.rows.filter { $0.group != "other" }
        let at = rows.firstIndex { $0.key == "total" }!
        rows.insert(t3SingleOther, at: at)
        return TableSpec(id: .t3, format: .f2019, title: t3Format2021.title, rows: rows, columns: t3Columns)
    }()

    static let t4Format2021 = TableSpec(id: .t4, format: .f2021, title: "政府信息公开行政复议、行政诉讼情况", rows: [
        RowSpec("all", "", ""),
    ], columns: ["review", "suit_direct", "suit_after_review"].flatMap { group in
        let groupLabel = ["review": "行政复议", "suit_direct": "行政诉讼 未经复议直接起诉", "suit_after_review": "行政诉讼 复议后起诉"][group]!
        return [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"), ("total", "总计")].map {
            ColumnSpec("\(group).\($0.0)", "\(groupLabel) \($0.1)")
        }
    })

    /// The t4 column groups, in printed order.
    public static let t4Groups = ["review", "suit_direct", "suit_after_review"]
    /// The t4 results within a group, in printed order.
    public static let t4Results = ["upheld", "corrected", "other", "pending", "total"]
}
