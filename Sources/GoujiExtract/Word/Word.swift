/// The WordprocessingML vocabulary the readers need: which elements are Word's, which are never
/// shown on the page, and how merged cells and numbers are written.
enum Word {
    /// WordprocessingML (transitional and strict) and Word 2003 XML.
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
        "http://schemas.microsoft.com/office/word/2003/wordml",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let annotations = "http://schemas.microsoft.com/aml/2001/core"

    /// Word elements whose content is not printed text: properties, deleted text, field
    /// instructions, notes (read elsewhere, not inline), form-field data, embedded binaries.
    private static let hidden: Set<String> = [
        "del", "moveFrom", "delText", "delInstrText", "instrText",
        "pPr", "rPr", "tblPr", "tblPrEx", "tblGrid", "trPr", "tcPr", "sectPr", "sdtPr", "sdtEndPr",
        "footnote", "endnote", "ffData", "fldData", "binData",
    ]

    /// The element to read in place of this one, or nil when nothing in it is printed: a
    /// compatibility block gives its first choice, a Word 2003 annotation its content when it is
    /// an insertion (deletions and comments are dropped), a content control showing its
    /// placeholder nothing, a run of hidden text (`w:vanish`) nothing.
    static func visible(_ element: MarkupElement) -> MarkupElement? {
        switch element.namespace {
        case markupCompatibility? where element.name == "AlternateContent":
            return element.child("Choice") ?? element.child("Fallback")
        case annotations? where element.name == "annotation":
            return element.attributes["type"] == "Word.Insertion" ? element.child("content") : nil
        case let namespace? where namespaces.contains(namespace):
            if hidden.contains(element.name) { return nil }
            if element.name == "sdt", element.child("sdtPr")?.child("showingPlcHdr") != nil { return nil }
            if element.name == "r", let vanish = element.child("rPr")?.child("vanish"), isOn(vanish) { return nil }
            return element
        default:
            return element
        }
    }

    /// The Word elements of this name below `element`, looking through content controls and the
    /// other wrappers but not into the elements found (a row's cells, not a nested table's).
    static func descendants(of element: MarkupElement, named name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        for case .element(let child) in element.children {
            guard let shown = visible(child) else { continue }
            if shown.isWord(named: name) { found.append(shown) } else { found += descendants(of: shown, named: name) }
        }
        return found
    }

    static func isDeletedRow(_ row: MarkupElement) -> Bool {
        row.child("trPr")?.elements.contains { $0.isWord(named: "del") } ?? false
    }

    enum Merge { case restart, continuation }

    /// A cell's vertical (`vMerge`) or horizontal (`hMerge`) merge; Word 2003 spells them in
    /// lower case. Without a value the cell continues the merge.
    static func merge(_ properties: MarkupElement?, _ name: String) -> Merge? {
        guard let merge = properties?.child(name) ?? properties?.child(name.lowercased()) else { return nil }
        return merge.attributes["val"] == "restart" ? .restart : .continuation
    }

    /// Whether a toggle property (`<w:vanish/>`, `<w:vanish w:val="true"/>`) is on.
    static func isOn(_ property: MarkupElement) -> Bool {
        !["0", "false", "off"].contains(property.attributes["val"] ?? "true")
    }

    /// The integer `w:val` of a property element.
    static func number(_ element: MarkupElement?) -> Int? {
        element?.attributes["val"].flatMap { Int($0) }
    }
}

extension MarkupElement {
    var isWord: Bool { namespace.map(Word.namespaces.contains) ?? false }

    func isWord(named name: String) -> Bool { self.name == name && isWord }
}
