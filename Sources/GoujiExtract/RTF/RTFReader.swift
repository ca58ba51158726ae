import Foundation
import GoujiModel

/// Reads RTF (what some offices save as .doc) into blocks in reading order: paragraphs as text
/// lines, tables (`\trowd` … `\cell` … `\row`) as tables whose spans come from the cells' right
/// edges (`\cellx`) and merge marks (`\clvmgf`/`\clvmrg`, `\clmgf`/`\clmrg`).
///
/// Text is decoded in the code page of its font (`\fcharset`) or of the document (`\ansicpg`),
/// `\u` characters directly. Destinations that are not printed text (font and style tables,
/// document info, pictures, objects, headers and footers, notes, field instructions, shapes and
/// every `{\*\…}` group not known) are skipped; field results are kept. Text marked deleted
/// (`\deleted`, a tracked change) or hidden (`\v`) is dropped.
///
/// Nested tables (`\nestcell`, `\nestrow`) are read as cells of the table they sit in, and text
/// boxes (shapes) are not read: neither is known to occur in RTF reports.
struct RTFReader {
    static func blocks(of data: Data) -> [Block] {
        var reader = RTFReader()
        var tokens = RTFTokenizer([UInt8](data))
        while let token = tokens.next() { reader.handle(token) }
        reader.endParagraph(force: false)
        reader.flushTable()
        return reader.blocks
    }

    private struct GroupState {
        var skip = false
        var inFontTable = false
        var unicodeSkip = 1
        var encoding: String.Encoding = .windowsCP1252
        var dropped = false
        var hidden = false
        var inTable = false
    }

    private struct CellDefinition {
        var right: Int?
        var vertical: Word.Merge?
        var horizontal: Word.Merge?
    }

    private var blocks: [Block] = []
    private var state = GroupState()
    private var stack: [GroupState] = []
    private var groupJustOpened = false
    private var starred = false

    private var documentEncoding: String.Encoding = .windowsCP1252
    private var fontEncodings: [Int: String.Encoding] = [:]
    private var defaultFont: Int?
    private var fontBeingDefined: Int?

    private var pendingBytes: [UInt8] = []
    private var highSurrogate: UInt16?
    private var fallbackToSkip = 0
    private var paragraph = ""
    private var paragraphCount = 0

    private var tableCount = 0
    private var cellParagraphs: [String] = []
    private var rowCells: [String] = []
    private var rowDefinitions: [CellDefinition] = []
    private var nextDefinition = CellDefinition()
    private var tableRows: [(cells: [String], definitions: [CellDefinition])] = []

    // MARK: - Tokens

    private mutating func handle(_ token: RTFTokenizer.Token) {
        switch token {
        case .groupStart:
            flushBytes()
            stack.append(state)
            groupJustOpened = true
            starred = false
            return
        case .groupEnd:
            flushBytes()
            if let outer = stack.popLast() { state = outer }
        case .symbol(let symbol):
            if symbol == UInt8(ascii: "*"), groupJustOpened { starred = true; return }
            handleSymbol(symbol)
        case .word(let name, let parameter):
            if groupJustOpened { openDestination(name) }
            handleWord(name, parameter)
        case .hexByte(let byte), .byte(let byte):
            handleByte(byte)
        }
        groupJustOpened = false
        starred = false
    }

    /// Destinations holding no printed text. A starred destination not listed in `printed` is
    /// skipped too, as the RTF specification asks of readers that do not know it.
    private static let unprinted: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "fldinst", "listtable",
        "listoverridetable", "revtbl", "rsidtbl", "xmlnstbl", "pntext", "shp", "shpinst", "nonshppict", "shppict",
        "xe", "tc", "template", "docvar", "themedata", "colorschememapping", "latentstyles", "datastore",
        "generator", "pgdsctbl", "mmathPr", "filetbl", "protusertbl", "atnid", "atnauthor", "bkmkstart", "bkmkend",
    ]

    private mutating func openDestination(_ name: String) {
        if name == "fonttbl" { state.inFontTable = true }
        if Self.unprinted.contains(name) || starred { state.skip = true }
    }

    private mutating func handleWord(_ name: String, _ parameter: Int?) {
        if state.inFontTable {
            switch name {
            case "f": fontBeingDefined = parameter
            case "fcharset": if let font = fontBeingDefined, let parameter { fontEncodings[font] = Self.encoding(charset: parameter) }
            default: break
            }
            return
        }
        if name == "ansicpg", let parameter {
            documentEncoding = Self.encoding(codePage: parameter)
            state.encoding = documentEncoding
        }
        if name == "deff" { defaultFont = parameter }
        guard !state.skip else { return }
        switch name {
        case "f":
            flushBytes()
            state.encoding = parameter.flatMap { fontEncodings[$0] } ?? documentEncoding
        case "plain":
            flushBytes()
            state.dropped = false; state.hidden = false
            state.encoding = defaultFont.flatMap { fontEncodings[$0] } ?? documentEncoding
        case "deleted": flushBytes(); state.dropped = parameter != 0
        case "v": flushBytes(); state.hidden = parameter != 0
        case "uc": state.unicodeSkip = max(0, parameter ?? 1)
        case "u":
            if let parameter { appendUTF16(UInt16(truncatingIfNeeded: parameter < 0 ? parameter + 65_536 : parameter)) }
            fallbackToSkip = state.unicodeSkip
        case "par": endParagraph(force: true)
        case "line": append("\n")
        case "tab": append("\t")
        case "emdash": append("—")
        case "endash": append("–")
        case "bullet": append("•")
        case "lquote": append("‘")
        case "rquote": append("’")
        case "ldblquote": append("“")
        case "rdblquote": append("”")
        case "emspace", "enspace", "qmspace": append(" ")
        case "pard": state.inTable = false
        case "intbl": state.inTable = true
        case "itap": state.inTable = (parameter ?? 1) > 0
        case "cell", "nestcell": endCell()
        case "row", "nestrow": endRow()
        case "trowd": rowDefinitions = []; nextDefinition = CellDefinition()
        case "clvmgf": nextDefinition.vertical = .restart
        case "clvmrg": nextDefinition.vertical = .continuation
        case "clmgf": nextDefinition.horizontal = .restart
        case "clmrg": nextDefinition.horizontal = .continuation
        case "cellx":
            nextDefinition.right = parameter
            rowDefinitions.append(nextDefinition)
            nextDefinition = CellDefinition()
        default: break
        }
    }

    private mutating func handleSymbol(_ symbol: UInt8) {
        switch symbol {
        case UInt8(ascii: "~"): append("\u{00A0}")
        case UInt8(ascii: "_"): append("-")
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"): handleByte(symbol)
        default: break
        }
    }

    private mutating func handleByte(_ byte: UInt8) {
        guard !state.skip, !state.inFontTable else { return }
        if fallbackToSkip > 0 { fallbackToSkip -= 1; return }
        guard !state.dropped, !state.hidden else { return }
        pendingBytes.append(byte)
    }

    // MARK: - Text

    private mutating func append(_ text: String) {
        guard !state.skip, !state.dropped, !state.hidden else { return }
        flushBytes()
        paragraph += text
    }

    private mutating func appendUTF16(_ unit: UInt16) {
        guard !state.skip, !state.dropped, !state.hidden else { return }
        flushBytes()
        if UTF16.isLeadSurrogate(unit) { highSurrogate = unit; return }
        if UTF16.isTrailSurrogate(unit), let lead = highSurrogate {
            paragraph += String(decoding: [lead, unit], as: UTF16.self)
        } else if let scalar = Unicode.Scalar(unit) {
            paragraph.unicodeScalars.append(scalar)
        }
        highSurrogate = nil
    }

    private mutating func flushBytes() {
        guard !pendingBytes.isEmpty else { return }
        paragraph += String(data: Data(pendingBytes), encoding: state.encoding) ?? String(decoding: pendingBytes, as: UTF8.self)
        pendingBytes.removeAll()
    }

    // MARK: - Paragraphs and tables

    private mutating func endParagraph(force: Bool) {
        flushBytes()
        guard force || !paragraph.isEmpty else { return }
        paragraphCount += 1
        if state.inTable {
            cellParagraphs.append(paragraph)
        } else {
            flushTable()
            emitLines(paragraph)
        }
        paragraph = ""
    }

    private mutating func emitLines(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            blocks.append(.text(TextLine(String(line), at: .line(paragraphCount))))
        }
    }

    private mutating func endCell() {
        flushBytes()
        paragraphCount += 1
        cellParagraphs.append(paragraph)
        paragraph = ""
        rowCells.append(cellParagraphs.map(\.trimmingWhitespace).filter { !$0.isEmpty }.joined(separator: "\n"))
        cellParagraphs = []
    }

    private mutating func endRow() {
        flushBytes()
        paragraph = ""
        tableRows.append((rowCells, rowDefinitions))
        rowCells = []
    }

    /// Ends the table being read. Columns are the distinct right edges of all its cells, so a
    /// cell reaching over several edges spans several columns.
    private mutating func flushTable() {
        guard !tableRows.isEmpty else { return }
        defer { tableRows = [] }
        tableCount += 1
        if tableRows.allSatisfy({ $0.cells.count <= 1 }) {
            for row in tableRows { for cell in row.cells { emitLines(cell) } }
            return
        }
        let edges = Set(tableRows.flatMap { $0.definitions.compactMap(\.right) }).sorted()
        let rows = tableRows.enumerated().map { r, row -> [SourceCell] in
            var cells: [SourceCell] = []
            var left = Int.min
            var column = 0
            for (i, text) in row.cells.enumerated() {
                let definition = i < row.definitions.count ? row.definitions[i] : CellDefinition()
                let right = definition.right ?? Int.max
                let span = max(1, edges.filter { $0 > left && $0 <= right }.count)
                left = right
                defer { column += span }
                if definition.horizontal == .continuation, !cells.isEmpty {
                    cells[cells.count - 1].columnSpan += span
                    continue
                }
                let continuesAbove = definition.vertical == .continuation
                cells.append(SourceCell(continuesAbove ? "" : text, columnSpan: span, continuesAbove: continuesAbove,
                                        at: .tableCell(table: tableCount, row: r + 1, column: column + 1)))
            }
            return cells
        }
        blocks.append(.table(SourceTable(index: tableCount, rows: rows)))
    }

    // MARK: - Code pages

    private static func encoding(charset: Int) -> String.Encoding {
        switch charset {
        case 134: return TextDecoding.gb18030
        case 136: return big5
        case 128: return .shiftJIS
        case 204: return .windowsCP1251
        case 238: return .windowsCP1250
        default: return .windowsCP1252
        }
    }

    private static func encoding(codePage: Int) -> String.Encoding {
        switch codePage {
        case 936, 54936: return TextDecoding.gb18030
        case 950: return big5
        case 932: return .shiftJIS
        case 1251: return .windowsCP1251
        case 1250: return .windowsCP1250
        case 65001: return .utf8
        default: return .windowsCP1252
        }
    }

    /// Big5 as Foundation numbers it (kCFStringEncodingBig5 as an NSStringEncoding).
    private static let big5 = String.Encoding(rawValue: 0x8000_0A03)
}
