import Foundation
import Testing
import GoujiModel
import GoujiReconstruct
import GoujiTestSupport
@testable import GoujiNormalize

@Suite struct NormalizerTests {
    private func report(_ items: [StructuredDocument.Item]) throws -> Report {
        try Normalizer().normalize(Fixtures.document([Fixtures.heading("某区 2024 年政府信息公开工作年度报告")] + items))
    }

    private func number(_ report: Report, _ table: TableID, _ row: String, _ column: String) -> Decimal? {
        report[CellKey(table, row, column)]?.number
    }

    @Test func t3RowsAreFoundByLabelWhateverTheirIndent() throws {
        let rows = Fixtures.t3Header + "\n" + Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 2), ("二、上年结转政府信息公开申请数量", 1)])
            + "\n\t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0"
            + "\n5. 要求行政机关确认或重新出具已获取信息\t\t0\t0\t0\t0\t0\t0\t3"
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(number(report, .t3, "new", "natural_person") == 2)
        #expect(number(report, .t3, "new", "total") == 12)
        #expect(number(report, .t3, "carried_over", "other_org") == 1)
        #expect(number(report, .t3, "denied.state_secret", "total") == 0)
        #expect(number(report, .t3, "not_processed.confirm_existing", "total") == 3)
        #expect(report.year == 2024 && report.body == "某区")
    }

    @Test func blankAndSlashCellsHaveNoValueButKeepTheirText() throws {
        let rows = Fixtures.t3Header + "\n一、本年新收政府信息公开申请数量\t\t/\t\t—\t无\t-\t0\t5"
        let report = try report([.grid(Fixtures.grid(rows))])
        let commercial = try #require(report[CellKey(.t3, "new", "commercial")])
        #expect(commercial.number == nil && commercial.raw == "")
        #expect(report[CellKey(.t3, "new", "natural_person")]?.raw == "/")
        #expect(number(report, .t3, "new", "total") == 5)
    }

    @Test func aTableContinuedInASecondGridKeepsItsColumns() throws {
        let first = Fixtures.grid(Fixtures.t3Header + "\n" + Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 1)]))
        let second = Fixtures.grid(Fixtures.t3Rows([("四、结转下年度继续办理", 4)]))
        let report = try report([.grid(first), Fixtures.heading("— 5 —"), .grid(second)])
        #expect(number(report, .t3, "carried_forward", "research") == 4)
    }

    @Test func singleOtherRowIsKeyedAsPrinted() throws {
        let rows = Fixtures.t3Header + "\n" + Fixtures.t3Rows([("（六）其他处理", 2), ("3. 其他", 1)])
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(number(report, .t3, "other", "total") == 12)
        #expect(number(report, .t3, "other.other", "total") == 6)
    }

    /// 表四's three header rows as a text dump prints them.
    private let t4Header = "行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
        + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计"

    @Test func t4ReadsByHeadersInEitherOrientation() throws {
        let wide = try report([Fixtures.heading("四、政府信息公开行政复议、行政诉讼情况"),
                               .grid(Fixtures.grid(t4Header + "\n1\t2\t3\t4\t10\t0\t0\t0\t1\t1\t5\t0\t0\t0\t5"))])
        #expect(number(wide, .t4, "all", "review.total") == 10)
        #expect(number(wide, .t4, "all", "suit_direct.pending") == 1)
        #expect(number(wide, .t4, "all", "suit_after_review.upheld") == 5)

        let transposed = "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n行政复议\t1\t2\t3\t4\t10\n"
            + "未经复议直接起诉\t0\t0\t0\t1\t1\n复议后起诉\t5\t0\t0\t0\t5"
        let tall = try report([Fixtures.heading("四、政府信息公开行政复议、行政诉讼情况"), .grid(Fixtures.grid(transposed))])
        #expect(tall.values.filter { $0.key.table == .t4 }.map(\.key).sorted() == wide.values.filter { $0.key.table == .t4 }.map(\.key).sorted())
        #expect(number(tall, .t4, "all", "suit_direct.pending") == 1)
    }

    @Test func t4WithOneStrayCellIsAlignedByBalanceAndMarked() throws {
        let report = try report([Fixtures.heading("四、行政复议、行政诉讼情况"),
                                 .grid(Fixtures.grid(t4Header + "\n1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t1"))])
        #expect(number(report, .t4, "all", "suit_after_review.pending") == 1)
        #expect(number(report, .t4, "all", "suit_after_review.total") == 1)
        #expect(report[CellKey(.t4, "all", "review.upheld")]?.doubt != nil)
    }

    @Test func t2EditionIsTakenFromItsWords() throws {
        let t2021 = "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t2\t3\n第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t5949.088667"
        let new = try report([.grid(Fixtures.grid(t2021))] + t3Minimal())
        #expect(number(new, .t2, "rules", "in_force") == 3)
        #expect(number(new, .t2, "fees", "amount") == Decimal(string: "5949.088667"))

        let t2019 = "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规范性文件\t89\t89\t89\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n其他对外管理服务事项\t10\t-3\t153"
        let old = try report([Fixtures.heading("二、主动公开政府信息情况"), .grid(Fixtures.grid(t2019))] + t3Minimal())
        #expect(old.formats[.t2] == .f2019)
        #expect(number(old, .t2, "normative_docs", "new_published") == 89)
        #expect(number(old, .t2, "other_services", "change") == -3)
    }

    private func t3Minimal() -> [StructuredDocument.Item] {
        [.grid(Fixtures.grid(Fixtures.t3Header + "\n" + Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 1)])))]
    }

    @Test func documentsThatAreNoReportAreUnsupported() {
        let old = Fixtures.document([Fixtures.heading("天坛街道办事处2016年政府信息公开工作年度报告"), .grid(Fixtures.grid("项目\t数量\n主动公开\t12"))])
        #expect(throws: NormalizeError.self) { try Normalizer().normalize(old) }
        let other = Fixtures.document([Fixtures.heading("测试市2025年法治政府建设年度报告"), Fixtures.heading("一、主要举措")])
        do {
            _ = try Normalizer().normalize(other)
            Issue.record("read a document with no tables")
        } catch {
            guard case .unsupported = error.reason else { Issue.record("wrong reason: \(error)"); return }
        }
    }

    /// In a scan, what OCR did not read cannot show the document is no report: a scan whose
    /// tables hold no 表三 fails, saying so, where the same text in a text file is unsupported.
    @Test func aScanWithoutATableThree() {
        var scan = Fixtures.document([Fixtures.heading("一、总体情况"), .grid(Fixtures.grid("项目\t数量\n主动公开\t12"))], name: "scan.pdf")
        scan.source = SourceFile(path: "scan.pdf", kind: .pdf, ocrPages: 2)
        #expect { try Normalizer().normalize(scan) } throws: { ($0 as? NormalizeError)?.reason == .noTablesInScan }
        scan.source.ocrPages = 0
        #expect { try Normalizer().normalize(scan) } throws: {
            guard case .unsupported = ($0 as? NormalizeError)?.reason else { return false }
            return true
        }
    }

    // MARK: - Figures that could belong to two rows

    private let unpaidFee = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开" + String(repeating: "\t", count: 8)

    @Test func figuresBesideAWrappedLabelGoToIt() throws {
        let rows = Fixtures.t3Header + "\n" + unpaidFee + "\n\t申请\t0\t0\t0\t1\t0\t0\t1\n" + Fixtures.t3Rows([("3.其他", 2), ("（七）总计", 3)])
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(number(report, .t3, "other.unpaid_fee", "social_org") == 1)
        #expect(number(report, .t3, "other.unpaid_fee", "total") == 1)
        #expect(report[CellKey(.t3, "other.unpaid_fee", "natural_person")]?.doubt == nil)
        #expect(number(report, .t3, "other.other", "total") == 12)
        #expect(report.doubts.isEmpty)
    }

    @Test func figuresBesideTheSecondLineOfAWrappedLabelThatAlsoReadsAsTheRowGoToIt() throws {
        let rows = Fixtures.t3Header + "\n" + unpaidFee + "\n\t行政机关不再处理其政府信息公开申请\t0\t0\t0\t1\t0\t0\t1\n" + Fixtures.t3Rows([("3.其他", 2)])
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(number(report, .t3, "other.unpaid_fee", "social_org") == 1)
        #expect(report.values.filter { $0.key.row == "other.unpaid_fee" }.count == 7)
        #expect(report.doubts.isEmpty)
    }

    @Test func aSubtotalUnderABlankRowIsNotTakenForItsFigures() throws {
        let rows = Fixtures.t3Header + "\n8.属于行政查询事项\t\t\t\t\t\t\t\t\n小计\t\t5\t0\t0\t0\t0\t0\t5\n"
            + "（四）无法提供\t1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1"
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(report[CellKey(.t3, "denied.inquiry", "natural_person")]?.raw == "")
        #expect(report[CellKey(.t3, "denied.inquiry", "natural_person")]?.number == nil)
        #expect(number(report, .t3, "unavailable.not_held", "total") == 1)
    }

    @Test func figuresThatMayBeTheNextRowsWhoseLabelIsLostAreInDoubt() throws {
        // No 3.其他 row: the figures may be the wrapped label's, or 其他's with its label lost.
        let rows = Fixtures.t3Header + "\n" + unpaidFee + "\n\t\t0\t0\t0\t1\t0\t0\t1\n" + Fixtures.t3Rows([("（七）总计", 3)])
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(report[CellKey(.t3, "other.unpaid_fee", "social_org")]?.number == nil)
        #expect(report[CellKey(.t3, "other.unpaid_fee", "social_org")]?.doubt != nil)
        #expect(report[CellKey(.t3, "other.other", "total")] == nil)
        #expect(report.unread.contains(UnreadPart(.t3, row: "other.other")))
        #expect(report.doubts.contains { $0.contains("other.other") })
    }

    @Test func aStrayBlankCellIsLeftOutWhereTheRowRuleSettlesIt() throws {
        let rows = Fixtures.t3Header + "\n一、本年新收政府信息公开申请数量\t\t\t5\t1\t0\t0\t0\t0\t6"
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(number(report, .t3, "new", "natural_person") == 5)
        #expect(number(report, .t3, "new", "commercial") == 1)
        #expect(number(report, .t3, "new", "total") == 6)
        #expect(report.doubts.isEmpty)
    }

    @Test func aStrayCellTheRuleCannotPlaceLeavesTheRowUnreadAndNamed() throws {
        // One blank too many beside a blank printed on purpose: the rule cannot be checked either way.
        let rows = Fixtures.t3Header + "\n一、本年新收政府信息公开申请数量\t\t\t5\t\t0\t0\t0\t0\t5\n"
            + Fixtures.t3Rows([("二、上年结转政府信息公开申请数量", 0)])
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(report[CellKey(.t3, "new", "natural_person")] == nil)
        #expect(number(report, .t3, "carried_over", "total") == 0)
        #expect(report.unread.contains(UnreadPart(.t3, row: "new")))
        #expect(report.doubts.contains { $0.hasPrefix("表三 row new") })
    }

    /// A scan's header whose 自然人 ran into 法人或其他组织: its other labels stand one column
    /// left of their figures, over the rows' labels, and place nothing.
    @Test func aHeaderStandingOverTheLabelsLeavesTheFiguresInTheModelsOrder() throws {
        let rows = "自然人法人或其他组织\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
            + "一、本年新收政府信息公开申请数量\t4\t1\t0\t0\t2\t0\t7"
        let report = try report([Fixtures.heading("三、收到和处理政府信息公开申请情况"), .grid(Fixtures.grid(rows))])
        #expect(number(report, .t3, "new", "natural_person") == 4)
        #expect(number(report, .t3, "new", "commercial") == 1)
        #expect(number(report, .t3, "new", "legal_service") == 2)
        #expect(number(report, .t3, "new", "total") == 7)
    }

    /// A header OCR read with 社会公益组织 as 社会组织 still names that column; printed text
    /// is matched exactly.
    @Test func aColumnLabelReadByOCRWithCharactersLostStillNamesItsColumn() throws {
        let rows = "\t\t自然人\t商业企业\t科研机构\t社会组织\t法律服务机构\t其他\t总计\n"
            + "一、本年新收政府信息公开申请数量\t\t4\t1\t0\t3\t2\t0\t10"
        func read(_ grid: Grid) throws -> Report {
            try report([Fixtures.heading("三、收到和处理政府信息公开申请情况"), .grid(grid)])
        }
        var scanned = Fixtures.grid(rows)
        scanned.rows = scanned.rows.map { $0.map { cell in var cell = cell; cell.confidence = 96; return cell } }
        let ocr = try read(scanned)
        #expect(number(ocr, .t3, "new", "social_org") == 3)
        #expect(number(ocr, .t3, "new", "total") == 10)
        // Printed, the header names six columns, and the row's seven figures fit none of them.
        #expect(throws: NormalizeError.self) { try read(Fixtures.grid(rows)) }
    }

    /// Rows of figures whose labels OCR garbled, between rows it read, are the rows the template
    /// prints there when as many are missing there, their figures in doubt; printed, such a
    /// label is no template row, and two garbled rows where one is missing place nothing.
    @Test func rowsWhoseLabelsOCRGarbledTakeTheirPlaceInTheTemplate() throws {
        func read(_ rows: String, ocr: Bool = true) throws -> Report {
            var grid = Fixtures.grid(Fixtures.t3Header + "\n" + rows)
            if ocr { grid.rows = grid.rows.map { $0.map { cell in var cell = cell; cell.confidence = 96; return cell } } }
            return try report([Fixtures.heading("三、收到和处理政府信息公开申请情况"), .grid(grid)])
        }
        let rows = Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 3), ("量", 1), ("（一）予以公开", 2), ("（二）部分公开", 5), ("（三）开", 7),
                                    ("2.其他法律行政法规禁止公开", 0)])
        let scanned = try read(rows)
        #expect(number(scanned, .t3, "carried_over", "natural_person") == 1)
        #expect(scanned[CellKey(.t3, "carried_over", "total")]?.doubt?.contains("label was not read") == true)
        #expect(number(scanned, .t3, "denied.state_secret", "total") == 42)
        #expect(scanned[CellKey(.t3, "granted", "total")]?.doubt == nil)
        // Two rows unread where the template has one (予以公开 read, 部分公开 not): neither placed.
        let ambiguous = try read(Fixtures.t3Rows([("（一）予以公开", 2), ("开", 1), ("阴性", 4), ("1.属于国家秘密", 0)]))
        #expect(ambiguous[CellKey(.t3, "partial", "total")] == nil)
        let printed = try read(rows, ocr: false)
        #expect(printed[CellKey(.t3, "carried_over", "total")] == nil)
    }

    /// OCR's misreadings of a header and of labels that leave their rows readable: a column
    /// label misread past matching (白然人, 总全自) names the one column the header leaves
    /// unnamed, where it stands; a list number misread (（人六）, （世）) still opens its label;
    /// a figure misread as a character (工) is a value not read, not the row's label.
    @Test func ocrMisreadingsOfHeaderLabelsAndFiguresLeaveTheRowsRead() throws {
        func read(_ header: String, _ rows: String, ocr: Bool = true) throws -> Report {
            var grid = Fixtures.grid(header + "\n" + rows)
            if ocr { grid.rows = grid.rows.map { $0.map { cell in var cell = cell; cell.confidence = 96; return cell } } }
            return try report([Fixtures.heading("三、收到和处理政府信息公开申请情况"), .grid(grid)])
        }
        let rows = Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 3), ("（人六）其他处理", 1), ("（世）总计", 4)])
            + "\n四、结转下年度继续办理\t\t2\t2\t工\t2\t2\t2\t12"
        for misread in [("自然人", "白然人"), ("总计", "总全自")] {
            let header = Fixtures.t3Header.replacingOccurrences(of: misread.0, with: misread.1)
            let scanned = try read(header, rows)
            #expect(number(scanned, .t3, "new", "natural_person") == 3, "\(misread.1)")
            #expect(number(scanned, .t3, "new", "total") == 18, "\(misread.1)")
            #expect(number(scanned, .t3, "other", "commercial") == 1, "\(misread.1)")
            #expect(number(scanned, .t3, "total", "total") == 24, "\(misread.1)")
            #expect(number(scanned, .t3, "carried_forward", "social_org") == 2, "\(misread.1)")
            let unread = scanned[CellKey(.t3, "carried_forward", "research")]
            #expect(unread?.number == nil && unread?.doubt != nil, "\(misread.1)")
        }
        // Printed, a header that names six columns places the figures of no row.
        #expect(throws: NormalizeError.self) {
            try read(Fixtures.t3Header.replacingOccurrences(of: "自然人", with: "白然人"), rows, ocr: false)
        }
    }

    /// 表四's one row too long for its line, its last figures on a row of their own under it:
    /// read as one row, where the first row alone lacks some of the fifteen; a figure under a
    /// whole row (a page number) is no part of it.
    @Test func t4FiguresRunningOnToTheNextRowAreItsRow() throws {
        let header = "行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\n"
        func read(_ rows: String) throws -> Report {
            try report([Fixtures.heading("四、政府信息公开行政复议、行政诉讼情况"), .grid(Fixtures.grid(header + rows))])
        }
        let wrapped = try read("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\n\t1\t1")
        #expect(number(wrapped, .t4, "all", "review.total") == 1)
        #expect(number(wrapped, .t4, "all", "suit_after_review.pending") == 1)
        #expect(number(wrapped, .t4, "all", "suit_after_review.total") == 1)
        let whole = try read("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t1\t1\n3")
        #expect(number(whole, .t4, "all", "review.corrected") == 0)
        #expect(number(whole, .t4, "all", "suit_after_review.total") == 1)
    }

    /// Two values read for one cell (a scan's two rows of 表二 both read as 行政强制): the
    /// first figure stands in doubt and the cell is named, so that the report loads and is
    /// reviewed.
    @Test func twoValuesForOneCellLeaveTheFirstInDoubt() {
        let key = CellKey(.t2, "coercion", "decisions"), other = CellKey(.t2, "penalty", "decisions")
        var doubts: [String] = []
        let values = Normalizer.onePerCell([Value(key, number: 25, raw: "25", at: .line(1)), Value(other, number: 3, raw: "3", at: .line(2)),
                                            Value(key, number: 7, raw: "7", at: .line(3))], doubts: &doubts)
        #expect(values.map(\.key) == [key, other])
        #expect(values[0].number == 25 && values[0].doubt?.contains("(7)") == true)
        #expect(values[1].doubt == nil)
        #expect(doubts.count == 1)
        // A mark that is no figure gives way to a figure.
        let mark = Normalizer.onePerCell([Value(key, number: nil, raw: "·", at: .line(1)), Value(key, number: 7, raw: "7", at: .line(3))], doubts: &doubts)
        #expect(mark.count == 1 && mark[0].number == 7 && mark[0].doubt?.contains("(·)") == true)
    }

    @Test func everyUnreadTableRowAndCellIsNamed() throws {
        let rows = Fixtures.t3Header + "\n" + Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 1)])
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(report.unread.first == UnreadPart(.t2))
        #expect(report.unread.last == UnreadPart(.t4))
        #expect(report.unread.contains(UnreadPart(.t3, row: "carried_forward")))
        #expect(!report.unread.contains { $0.table == .t3 && $0.row == "new" })
        // A 2019 表三 (a single 其他处理 row) is not asked for the 2021 sub-rows.
        let old = try self.report([.grid(Fixtures.grid(Fixtures.t3Header + "\n" + Fixtures.t3Rows([("（六）其他处理", 1)])))])
        #expect(!old.unread.contains { $0.row?.hasPrefix("other.") == true })
        // Beside one of its sub-rows, a （六） row is a subtotal: the other sub-rows are still asked for.
        let subtotal = try self.report([.grid(Fixtures.grid(Fixtures.t3Header + "\n" + Fixtures.t3Rows([("（六）其他处理", 1), ("3.其他", 1)])))])
        #expect(subtotal.unread.contains(UnreadPart(.t3, row: "other.no_correction")))
    }

    @Test func twoRowsReadAsOneWithDifferentFiguresAreInDoubt() throws {
        let rows = Fixtures.t3Header + "\n" + Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 2), ("本年新收政府信息公开申请", 3)])
        let report = try report([.grid(Fixtures.grid(rows))])
        #expect(report[CellKey(.t3, "new", "total")]?.doubt != nil)
        #expect(report.doubts.contains("表三: two rows read as row new, with different figures"))
        // The same row printed twice alike (a page's repeated line) is no doubt.
        let twice = try self.report([.grid(Fixtures.grid(Fixtures.t3Header + "\n" + Fixtures.t3Rows([("一、本年新收政府信息公开申请数量", 2), ("一、本年新收政府信息公开申请数量", 2)])))])
        #expect(twice.doubts.isEmpty)
    }

    @Test func t4InThreePartsTakesEachGroupFromTheLineAboveOrItsTitleRow() throws {
        let results = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计"
        let report = try report([Fixtures.heading("四、政府信息公开行政复议、行政诉讼情况"), Fixtures.heading("（一）行政复议"),
                                 .grid(Fixtures.grid(results + "\n1\t2\t3\t4\t10")),
                                 .grid(Fixtures.grid("行政诉讼（未经复议直接起诉）\t\t\t\t\n" + results + "\n0\t0\t0\t1\t1")),
                                 Fixtures.heading("行政诉讼（复议后起诉）"), Fixtures.heading("单位：件"),
                                 .grid(Fixtures.grid(results + "\n5\t0\t0\t0\t5"))])
        #expect(number(report, .t4, "all", "review.other") == 3)
        #expect(number(report, .t4, "all", "suit_direct.pending") == 1)
        #expect(number(report, .t4, "all", "suit_after_review.total") == 5)
        #expect(!report.unread.contains { $0.table == .t4 })
        // A heading over the whole of 表四 names both groups, and places no cell.
        let unplaced = try self.report(t3Minimal() + [Fixtures.heading("四、政府信息公开行政复议、行政诉讼情况"),
                                                      .grid(Fixtures.grid(results + "\n1\t2\t3\t4\t10"))])
        #expect(unplaced.values.filter { $0.key.table == .t4 }.isEmpty)
    }

    @Test func t4InThreeUntitledPartsIsTakenInTheTemplatesOrderInDoubt() throws {
        let results = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计"
        let parts = ["1\t2\t3\t4\t10", "0\t0\t0\t1\t1", "5\t0\t0\t0\t5"].map { StructuredDocument.Item.grid(Fixtures.grid(results + "\n" + $0)) }
        let report = try report(t3Minimal() + [Fixtures.heading("四、政府信息公开行政复议、行政诉讼情况")] + parts)
        #expect(number(report, .t4, "all", "suit_direct.pending") == 1)
        #expect(number(report, .t4, "all", "suit_after_review.total") == 5)
        #expect(report[CellKey(.t4, "all", "review.total")]?.doubt != nil)
        // Two untitled parts cannot be placed: nothing is read, and it is said.
        let two = try self.report(t3Minimal() + [Fixtures.heading("四、政府信息公开行政复议、行政诉讼情况")] + parts.prefix(2))
        #expect(two.values.filter { $0.key.table == .t4 }.isEmpty)
        #expect(two.doubts.contains { $0.hasPrefix("表四: 2 parts") })
    }

    @Test func aSpaceAlignedRowWhoseTotalIsPrintedBlankIsReadByItsColumns() throws {
        let text = """
            一、本年新收政府信息公开申请数量    5    1    0    0    0    0    6
            二、上年结转政府信息公开申请数量    1         0    0    0    0
            四、结转下年度继续办理              2    0    0    0    0    0    2
            """
        let lines = text.split(separator: "\n").enumerated().map { TextLine(String($1), at: .line($0 + 1)) }
        let report = try report([Fixtures.heading("三、收到和处理政府信息公开申请情况")] + TextTables.items(from: lines))
        #expect(report[CellKey(.t3, "carried_over", "commercial")].map { $0.number == nil && $0.raw.isEmpty } == true)
        #expect(report[CellKey(.t3, "carried_over", "total")].map { $0.number == nil && $0.raw.isEmpty } == true)
        #expect(number(report, .t3, "carried_over", "research") == 0)
        #expect(report.doubts.isEmpty)
    }
}
