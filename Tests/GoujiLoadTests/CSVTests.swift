import Foundation
import Testing
@testable import GoujiLoad
import GoujiModel
import GoujiTestSupport

@Suite struct CSVTests {
    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSV.record(["a", nil, "天坛街道", "-15"]) == "a,,天坛街道,-15\r\n")
        #expect(CSV.record(["1,234"]) == "\"1,234\"\r\n")
        #expect(CSV.record(["say \"12\""]) == "\"say \"\"12\"\"\"\r\n")
        #expect(CSV.record(["two\nlines", "cr\rhere"]) == "\"two\nlines\",\"cr\rhere\"\r\n")
        #expect(CSV.record([" padded "]) == " padded \r\n")
    }

    @Test func aFieldThatWouldStartAFormulaIsNeutralizedButNumbersAreNot() {
        #expect(CSV.record(["=1+2", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])
                    == "'=1+2,'+cmd,'-2+3,'@SUM(A1),'\tx,\"'\rx\"\r\n")
        #expect(CSV.record(["=HYPERLINK(\"http://e\",\"x\").txt"]) == "\"'=HYPERLINK(\"\"http://e\"\",\"\"x\"\").txt\"\r\n")
        // Numbers, the dash printed for no value, and a sign inside a field are left alone.
        #expect(CSV.record(["-15", "+3.5", "-0.25", "-", "a=b", "1-2"]) == "-15,+3.5,-0.25,-,a=b,1-2\r\n")
        #expect(CSV.record(["-1.", "-.5", "--1", "-1e5"]) == "'-1.,'-.5,'--1,'-1e5\r\n")
    }

    @Test func everyExportNeutralizesAFormulaInAFileNameOrTitle() throws {
        let corpus = try Corpus()
        let name = "=HYPERLINK(\"e.cn\",\"x\").txt"
        var outcome = Fixtures.outcome(path: "/d/" + name, status: .unbalanced, findings: [Fixtures.flowFinding])
        outcome.report?.body = "@cmd|' /C calc'!A0"
        outcome.report?.values[0].number = -15
        outcome.report?.values[0].raw = "-15"
        try corpus.load(outcome, sha256: "aa", size: 1)
        let directory = try TemporaryDirectory()
        try corpus.exportCSV(to: directory.path("out"))
        try corpus.exportWideCSV(to: directory.path("wide.csv"))
        let comparison = try corpus.compare(ComparisonQuery(year: 2024))
        try comparison.writeCSV(to: directory.path("rows.csv"), layout: .reportsAsRows)
        try comparison.writeCSV(to: directory.path("columns.csv"), layout: .reportsAsColumns)

        let quotedName = "\"'=HYPERLINK(\"\"e.cn\"\",\"\"x\"\").txt\""
        for file in ["out/values.csv", "out/findings.csv", "out/reports.csv", "wide.csv", "rows.csv"] {
            let records = try lines(directory.path(file)).dropFirst()
            #expect(!records.isEmpty && records.allSatisfy { $0.hasPrefix(quotedName + ",") }, "\(file)")
        }
        #expect(try lines(directory.path("columns.csv"))[0] == "source," + quotedName)
        // The title is neutralized too, and the number -15 stays a number.
        #expect(try lines(directory.path("out/reports.csv"))[1].contains(",'@cmd|' /C calc'!A0,"))
        #expect(try lines(directory.path("out/values.csv")).contains(quotedName + ",t3,new,total,-15,-15,,line 40,,"))
        #expect(try lines(directory.path("wide.csv"))[1].hasPrefix(quotedName + ",unbalanced,'@cmd|' /C calc'!A0,"))
        #expect(try lines(directory.path("rows.csv"))[1].hasSuffix(",-15,0"))
    }

    @Test func decimalsArePlainAndCompact() {
        let cases: [(String, String)] = [("12", "12"), ("5.0", "5"), ("18651.060", "18651.06"), ("-15", "-15"),
                                         ("1e-7", "0.0000001"), ("1.23e20", "123000000000000000000"),
                                         ("75394432.52", "75394432.52"), ("0.000", "0"), ("0", "0"), ("-0", "0"),
                                         ("9223372036854775807", "9223372036854775807"),
                                         ("-9223372036854775808", "-9223372036854775808"),
                                         ("18446744073709551615", "18446744073709551615"), ("1e30", "1000000000000000000000000000000")]
        for (printed, written) in cases {
            #expect(DecimalText.string(Decimal(string: printed)) == written, "\(printed)")
            // And read back, the whole numbers by a shorter way, to the number printed.
            #expect(DecimalText.number(written) == Decimal(string: printed), "\(written)")
        }
        #expect(DecimalText.string(nil) == nil)
        // Whole numbers take a shorter way: it writes what Decimal itself prints.
        let wholes: [Decimal] = [0, 7, -15, 1205, Decimal(Int32.max), Decimal(-1 << 40), .nan]
        for number in wholes {
            #expect(DecimalText.string(number) == number.description)
        }
    }

    @Test func theContractFilesHoldEveryRowInOrder() throws {
        let corpus = try Corpus()
        // Loaded out of name order, to see the export sort them.
        try corpus.load(Fixtures.outcome(path: "/z/b-2024.txt", status: .unbalanced, findings: [Fixtures.flowFinding]),
                        sha256: "bb", size: 2)
        try corpus.load(Fixtures.failed(path: "/y/a-scan.pdf"), sha256: "aa", size: 1)
        let directory = try TemporaryDirectory()
        try corpus.exportCSV(to: directory.path("out"))

        #expect(try lines(directory.path("out/values.csv")) == [
            "source,table,row,col,value,raw,page,location,doubt,ocr_confidence",
            "b-2024.txt,t2,fees,amount,18651.06,18651.06,2,\"page 2 at (101,200 40×12)\",,",
            "b-2024.txt,t3,new,natural_person,12,12,,line 40,,",
            "b-2024.txt,t3,new,commercial,,/,,line 40,,",
            "b-2024.txt,t3,new,total,12,12,,line 40,,",
            "b-2024.txt,t3,carried_over,total,0,0,,line 41,,",
            "b-2024.txt,t4,all,review.total,1,1,,table 3 row 4 column 5,read from a wrapped cell,",
        ])
        #expect(try lines(directory.path("out/findings.csv")) == [
            "source,rule,severity,table,row,col,expected,found,difference,suspect,message,message_zh",
            "b-2024.txt,t3.flow,error,t3,total,total,12,12.5,0.5,\"t3[new, total]\","
                + "\"new + carried over, \"\"12\"\", ≠ total\",\"本年新收＋上年结转，\n与总计不符\"",
        ])
        #expect(try lines(directory.path("out/reports.csv")) == [
            "source,status,reason,body,region,year,format,sha256,path,region_code,province,city,county,township,level,"
                + "body_printed,published,place_note,ocr_pages",
            "a-scan.pdf,failed,scanned PDF without a text layer,,,,,aa,/y/a-scan.pdf,,,,,,,,,,0",
            "b-2024.txt,unbalanced,see findings,天坛街道办事处,北京市东城区,2024,2021,bb,/z/b-2024.txt,110101,北京市,,"
                + "东城区,天坛街道,township,天坛街道 办事处,2025-01-20,,0",
        ])
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path("out")).sorted()
        #expect(left == ["findings.csv", "reports.csv", "values.csv"])
    }

    @Test func valuesReadByOCRKeepTheirConfidence() throws {
        var outcome = Fixtures.outcome(path: "/s/scan-2024.pdf")
        outcome.source.ocrPages = 2
        outcome.report!.source.ocrPages = 2
        outcome.report!.values[0].confidence = 62.4
        let corpus = try Corpus()
        try corpus.load(outcome, sha256: "cc", size: 3)
        let directory = try TemporaryDirectory()
        try corpus.exportCSV(to: directory.path("out"))
        let values = try lines(directory.path("out/values.csv"))
        #expect(values.contains("scan-2024.pdf,t3,new,total,12,12,,line 40,,62"))
        #expect(values.contains("scan-2024.pdf,t3,new,natural_person,12,12,,line 40,,"))
        let report = try lines(directory.path("out/reports.csv")).last ?? ""
        #expect(report.hasPrefix("scan-2024.pdf,") && report.hasSuffix(",2"))
    }

    @Test func aByteOrderMarkOnlyWhenAskedFor() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(), sha256: "aa", size: 1)
        let directory = try TemporaryDirectory()
        try corpus.exportCSV(to: directory.path("plain"))
        try corpus.exportCSV(to: directory.path("excel"), bom: true)
        try corpus.exportWideCSV(to: directory.path("wide.csv"), bom: true)
        let bom = Data([0xEF, 0xBB, 0xBF])
        for name in ["values.csv", "findings.csv", "reports.csv"] {
            let plain = try Data(contentsOf: URL(fileURLWithPath: directory.path("plain/" + name)))
            let excel = try Data(contentsOf: URL(fileURLWithPath: directory.path("excel/" + name)))
            #expect(!plain.starts(with: bom) && excel.starts(with: bom))
            #expect(excel.dropFirst(3) == plain)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.path("wide.csv"))).starts(with: bom + Data("source,".utf8)))
    }

    @Test func anExportReplacesTheLastOne() throws {
        let corpus = try Corpus()
        let directory = try TemporaryDirectory()
        try corpus.load(Fixtures.outcome(path: "/d/one.txt"), sha256: "aa", size: 1)
        try corpus.exportCSV(to: directory.path("out"))
        try corpus.load(Fixtures.outcome(path: "/d/one.txt", newTotal: 99), sha256: "bb", size: 1)
        try corpus.exportCSV(to: directory.path("out"))
        let rows = try lines(directory.path("out/values.csv")).filter { $0.hasPrefix("one.txt,t3,new,total,") }
        #expect(rows == ["one.txt,t3,new,total,99,99,,line 40,,"])
    }

    @Test func theWideExportHasOneRowPerReportAndOneColumnPerCell() throws {
        let corpus = try Corpus()
        try corpus.load(Fixtures.outcome(path: "/d/b.txt", newTotal: 20), sha256: "bb", size: 1)
        try corpus.load(Fixtures.outcome(path: "/d/a.txt"), sha256: "aa", size: 1)
        try corpus.load(Fixtures.failed(), sha256: "cc", size: 1)
        let directory = try TemporaryDirectory()
        try corpus.exportWideCSV(to: directory.path("wide.csv"))
        #expect(try lines(directory.path("wide.csv")) == [
            "source,status,body,region,year,format,t2.fees.amount,t3.new.natural_person,t3.new.commercial,"
                + "t3.new.total,t3.carried_over.total,t4.all.review.total",
            "a.txt,ok,天坛街道办事处,北京市东城区,2024,2021,18651.06,12,,12,0,1",
            "b.txt,ok,天坛街道办事处,北京市东城区,2024,2021,18651.06,12,,20,0,1",
        ])
    }

    @Test func anUnwritableDirectoryIsALoadError() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.path("file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(throws: LoadError.self) { try Corpus().exportCSV(to: blocker + "/out") }
    }

    /// The file's records, split where no quoted field goes on (the fixtures quote no CRLF).
    private func lines(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix("\r\n"))
        return text.components(separatedBy: "\r\n").dropLast()
    }
}
