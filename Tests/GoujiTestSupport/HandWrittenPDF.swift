import Foundation

/// PDFs written byte by byte, for inputs no producer would make: objects numbered from 1 (the first the
/// catalog), then the cross-reference table and trailer, which holds `trailer` too (e.g. `/Info 6 0 R`).
public enum HandWrittenPDF {
    public static func document(_ objects: [Data], trailer: String = "") -> Data {
        var pdf = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Data("\(index + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        var tail = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { tail += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        tail += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(trailer.isEmpty ? "" : " " + trailer) >>\nstartxref\n\(pdf.count)\n%%EOF\n"
        return pdf + Data(tail.utf8)
    }

    /// A stream object: `entries` (without /Length) and its bytes.
    public static func stream(_ entries: String, _ bytes: Data) -> Data {
        Data("<< \(entries) /Length \(bytes.count) >>\nstream\n".utf8) + bytes + Data("\nendstream".utf8)
    }

    public static func object(_ text: String) -> Data { Data(text.utf8) }

    /// `pages` pages whose content draws a form, each form drawing the next `copies` times, `depth` deep, the
    /// last showing two letters: with two copies, a few kilobytes that would make 2^depth drawings.
    public static func nestedForms(depth: Int, copies: Int = 2, pages: Int = 1) -> Data {
        let font = 3 + pages, content = font + 1, firstForm = content + 1
        var objects = [
            object("<< /Type /Catalog /Pages 2 0 R >>"),
            object("<< /Type /Pages /Kids [\((0..<pages).map { "\(3 + $0) 0 R" }.joined(separator: " "))] /Count \(pages) >>"),
        ]
        for _ in 0..<pages {
            objects.append(object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(content) 0 R "
                                  + "/Resources << /XObject << /X \(firstForm) 0 R >> >> >>"))
        }
        objects.append(object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"))
        objects.append(stream("", Data("/X Do".utf8)))
        for level in 0..<depth {
            let last = level == depth - 1
            let resources = last ? "<< /Font << /F \(font) 0 R >> >>" : "<< /XObject << /X \(firstForm + level + 1) 0 R >> >>"
            let content = last ? "BT /F 12 Tf 10 10 Td (A1) Tj ET"
                               : (0..<copies).map { "q 1 0 0 1 \($0) 0 cm /X Do Q" }.joined(separator: " ")
            objects.append(stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources \(resources)",
                                  Data(content.utf8)))
        }
        return document(objects)
    }

    /// One page that draws a form `times` times, whose content is a Flate stream of `spaces` spaces and a line of text.
    public static func formOfSpaces(_ spaces: Int, drawn times: Int) -> Data {
        document([
            object("<< /Type /Catalog /Pages 2 0 R >>"),
            object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
                   + "/Resources << /XObject << /X 6 0 R >> /Font << /F 4 0 R >> >> >>"),
            object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            stream("", Data(("BT /F 12 Tf 72 700 Td (Annual report 2024) Tj ET" + String(repeating: " /X Do", count: times)).utf8)),
            stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Filter /FlateDecode", Deflate.repeating(0x20, count: spaces)),
        ])
    }

    /// One page that draws a form `times` times, the form showing a letter in a font whose ToUnicode map is a Flate
    /// stream of `spaces` spaces (which poppler reads each time the form loads the font).
    public static func formWithFont(toUnicodeOf spaces: Int, drawn times: Int) -> Data {
        document([
            object("<< /Type /Catalog /Pages 2 0 R >>"),
            object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
                   + "/Resources << /XObject << /X 6 0 R >> /Font << /F 4 0 R >> >> >>"),
            object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R >>"),
            stream("", Data(("BT /F 12 Tf 72 700 Td (Annual report 2024) Tj ET" + String(repeating: " /X Do", count: times)).utf8)),
            stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /G 4 0 R >> >>",
                   Data("BT /G 12 Tf 72 600 Td (A) Tj ET".utf8)),
            stream("/Filter /FlateDecode", Deflate.repeating(0x20, count: spaces)),
        ])
    }

    /// One page that draws a form `times` times, the form showing a letter in a font of `widths` widths (which
    /// poppler parses each time the form loads the font).
    public static func formWithFont(widths: Int, drawn times: Int) -> Data {
        document([
            object("<< /Type /Catalog /Pages 2 0 R >>"),
            object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
                   + "/Resources << /XObject << /X 6 0 R >> /Font << /F 4 0 R >> >> >>"),
            object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 0 /LastChar \(widths - 1) /Widths ["
                   + String(repeating: "500 ", count: widths) + "] >>"),
            stream("", Data(("BT /F 12 Tf 72 700 Td (Annual report 2024) Tj ET" + String(repeating: " /X Do", count: times)).utf8)),
            stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /G 4 0 R >> >>",
                   Data("BT /G 12 Tf 72 600 Td (A) Tj ET".utf8)),
        ])
    }
}
