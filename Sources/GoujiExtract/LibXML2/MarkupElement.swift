/// An element of a parsed XML or HTML document, copied out of libxml2 so that the readers
/// built on it are plain Swift.
struct MarkupElement: Sendable {
    /// The local name (no prefix); lower-cased for HTML.
    var name: String
    /// The namespace URI, for XML; nil for HTML and for XML elements in no namespace.
    var namespace: String?
    /// Attribute values by local name (prefixes dropped; namespace declarations left out).
    var attributes = MarkupAttributes()
    var children: [MarkupNode] = []
    /// The 1-based line of the source on which the element starts.
    var line: Int

    init(name: String, namespace: String? = nil, line: Int = 0) {
        self.name = name; self.namespace = namespace; self.line = line
    }

    /// The child elements, in order.
    var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// The first child element with this local name.
    func child(_ name: String) -> MarkupElement? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// Whether an element with this local name lies anywhere below.
    func contains(_ name: String) -> Bool {
        // Walked in place: `elements` would copy every level's children on the way down.
        children.contains { node in
            guard case .element(let element) = node else { return false }
            return element.name == name || element.contains(name)
        }
    }

    /// The text of the element's direct text children.
    var ownText: String {
        children.reduce(into: "") { text, node in if case .text(let string) = node { text += string } }
    }
}

enum MarkupNode: Sendable {
    case element(MarkupElement)
    case text(String)
}

/// An element's attributes by local name. Word writes several on nearly every element and the
/// readers ask for one or two: a short list searched costs less than hashing them all.
struct MarkupAttributes: Sendable {
    private var pairs: [(name: String, value: String)] = []

    /// The value of the attribute with this local name; of two (prefixes dropped), the last.
    subscript(name: String) -> String? {
        pairs.last { $0.name == name }?.value
    }

    mutating func append(_ name: String, _ value: String) {
        pairs.append((name, value))
    }
}
