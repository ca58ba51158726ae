import Foundation
internal import CLibXML2

/// The door to libxml2: bytes in, a `MarkupElement` tree out. All pointer work and freeing stays
/// here. XML is read with the streaming xmlTextReader, checking the limits as it goes; it never
/// touches the network, never loads a DTD and never substitutes entities, and a document type
/// declaration (where billion-laughs and external entities live; Word never writes one) is
/// refused outright. HTML goes through libxml2's forgiving HTML parser into a DOM that is copied
/// out and freed at once.
enum LibXML2 {
    private static let initialized: Void = xmlInitParser()

    /// The document element of an XML document.
    static func parseXML(_ data: Data, limits: MarkupLimits = .standard) throws(MarkupError) -> MarkupElement {
        try checkSize(data, limits)
        guard !declaresDocumentType(data) else { throw refusedDocumentType }
        try checkAttributes(data, html: false, limits)
        _ = initialized
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
        let result: Result<MarkupElement, MarkupError> = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                  let reader = xmlReaderForMemory(base, Int32(raw.count), nil, nil, Int32(options))
            else { return .failure(.malformed("no XML content")) }
            defer { xmlFreeTextReader(reader) }
            return Result { () throws(MarkupError) in try readTree(reader, limits) }
        }
        return try result.get()
    }

    /// The root element (`html`) of an HTML document given as UTF-8; any charset the page
    /// declares is ignored, the caller having decoded it already.
    static func parseHTML(utf8 data: Data, limits: MarkupLimits = .standard) throws(MarkupError) -> MarkupElement {
        try checkSize(data, limits)
        try checkAttributes(data, html: true, limits)
        _ = initialized
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        let result: Result<MarkupElement, MarkupError> = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                  let document = htmlReadMemory(base, Int32(raw.count), nil, "UTF-8", Int32(options))
            else { return .failure(.malformed("no HTML content")) }
            defer { xmlFreeDoc(document) }
            guard let root = xmlDocGetRootElement(document) else { return .failure(.malformed("no HTML content")) }
            var nodes = 0
            return Result { () throws(MarkupError) in try copy(root, depth: 0, nodes: &nodes, limits) }
        }
        return try result.get()
    }

    private static func checkSize(_ data: Data, _ limits: MarkupLimits) throws(MarkupError) {
        guard data.count <= limits.maxBytes else {
            throw .tooLarge("\(megabytes(data.count)) of markup, over the \(megabytes(limits.maxBytes)) allowed")
        }
    }

    private static func checkAttributes(_ data: Data, html: Bool, _ limits: MarkupLimits) throws(MarkupError) {
        let most = AttributeCounter.most(in: data, html: html, limit: limits.maxAttributes)
        guard most <= limits.maxAttributes else {
            throw .tooLarge("a tag with more than \(limits.maxAttributes) attributes")
        }
    }

    // MARK: - XML through xmlTextReader

    private static func readTree(_ reader: xmlTextReaderPtr, _ limits: MarkupLimits) throws(MarkupError) -> MarkupElement {
        var stack = [MarkupElement(name: "#document")]
        var nodes = 0
        // Names and namespace URIs repeat endlessly: the reader's dictionary gives one pointer
        // per distinct string, and copying each once, sharing the copy, keeps the tree small.
        var interned: [UnsafePointer<xmlChar>: String] = [:]
        func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
            guard let key = xmlTextReaderConstString(reader, pointer) else { return "" }
            if let known = interned[key] { return known }
            let copy = string(key)
            interned[key] = copy
            return copy
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status > 0 else { throw .malformed(lastError()) }
            nodes += 1
            guard nodes <= limits.maxNodes else { throw .tooLarge("more than \(limits.maxNodes) XML nodes") }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                guard xmlTextReaderDepth(reader) < limits.maxDepth else {
                    throw .tooLarge("elements nested more than \(limits.maxDepth) deep")
                }
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                var element = MarkupElement(
                    name: name(xmlTextReaderConstLocalName(reader)),
                    namespace: xmlTextReaderConstNamespaceUri(reader).map { name($0) },
                    line: Int(xmlTextReaderGetParserLineNumber(reader)))
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    guard xmlTextReaderIsNamespaceDecl(reader) != 1 else { continue }
                    element.attributes.append(name(xmlTextReaderConstLocalName(reader)), string(xmlTextReaderConstValue(reader)))
                }
                xmlTextReaderMoveToElement(reader)
                if isEmpty { stack[stack.count - 1].children.append(.element(element)) } else { stack.append(element) }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                guard stack.count > 1 else { throw .malformed("unbalanced end tag") }
                let element = stack.removeLast()
                stack[stack.count - 1].children.append(.element(element))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                stack[stack.count - 1].children.append(.text(string(xmlTextReaderConstValue(reader))))
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw refusedDocumentType
            default:
                continue
            }
        }
        guard stack.count == 1, let root = stack[0].elements.first else { throw .malformed("no document element") }
        return root
    }

    private static let refusedDocumentType = MarkupError.refused("a document type declaration (DTDs and their entities are not accepted)")

    /// Whether a `<!DOCTYPE` stands before the root element. Looked for in the bytes, so that
    /// libxml2 never reads the entities declared there; the reader refuses any it meets later.
    private static func declaresDocumentType(_ data: Data) -> Bool {
        var index = data.startIndex
        while let open = data[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = data.index(after: open)
            guard index < data.endIndex else { return false }
            if data[index...].starts(with: "!DOCTYPE".utf8) { return true }
            // A name starting here is the root element: the prolog is over.
            let byte = data[index]
            if byte >= 0x80 || byte == UInt8(ascii: "_") || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
                return false
            }
        }
        return false
    }

    private static func lastError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "not well-formed XML" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return error.pointee.line > 0 ? "\(text) (line \(error.pointee.line))" : text
    }

    // MARK: - HTML through the DOM

    private static func copy(_ node: xmlNodePtr, depth: Int, nodes: inout Int, _ limits: MarkupLimits) throws(MarkupError) -> MarkupElement {
        guard depth < limits.maxDepth else { throw .tooLarge("elements nested more than \(limits.maxDepth) deep") }
        var element = MarkupElement(name: string(node.pointee.name).lowercased(), line: Int(xmlGetLineNo(node)))
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                element.attributes.append(string(name).lowercased(), current.pointee.children.flatMap { $0.pointee.content }.map { string($0) } ?? "")
            }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            nodes += 1
            guard nodes <= limits.maxNodes else { throw .tooLarge("more than \(limits.maxNodes) HTML nodes") }
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(try copy(current, depth: depth + 1, nodes: &nodes, limits)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.children.append(.text(string(content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        string(UnsafePointer(pointer))
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
