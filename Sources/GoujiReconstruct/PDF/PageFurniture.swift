import Foundation
import GoujiModel

/// Running heads and feet: page numbers ("— 5 —", "-3-", "第 3 页", "3/8") and whatever stands
/// in the page's top or bottom margin (a browser's date, title and address lines).
enum PageFurniture {
    /// The share of the page height, at top and at bottom, taken as margin.
    static let margin = 0.07

    static func isFurniture(_ line: GlyphLine, on page: Page) -> Bool {
        if page.height > 0, line.box.maxY < page.height * margin || line.box.y > page.height * (1 - margin) { return true }
        return isPageNumber(line.text)
    }

    /// Both patterns need a digit, and allow only spaces and the marks below besides: most
    /// lines, having no digit or another character, are not run through them.
    static func isPageNumber(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: \.isDigit)
            && text.unicodeScalars.allSatisfy { $0.isDigit || pageMarks.contains($0) || $0.isWhitespace }
            && (pageNumber.matches(text) || pageOfPages.matches(text))
    }

    private static let pageMarks = Array("-—–－_·•第页共/".unicodeScalars)

    private static let pageNumber = TextPattern(#"^[\s\-—–－_·•]*(第\s*)?[0-9０-９]+(\s*页)?(\s*/\s*[0-9]+)?[\s\-—–－_·•]*$"#)
    private static let pageOfPages = TextPattern(#"^[\s\-—–－]*(第\s*[0-9]+\s*页)?\s*共\s*[0-9]+\s*页[\s\-—–－]*$"#)
}
