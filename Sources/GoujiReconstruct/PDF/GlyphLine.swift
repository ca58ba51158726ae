import GoujiModel

/// Characters standing on one baseline, left to right.
struct GlyphLine: Sendable {
    let glyphs: [Glyph]
    let box: Box
    /// The line's text: CJK without the spaces that justification opens between characters,
    /// Latin words and numbers spaced where the gap says so. Made once: laying out a page asks
    /// for a line's text many times.
    let text: String

    /// OCR's confidence in the line (its least sure character), nil for text the file holds.
    var confidence: Double? { Glyph.confidence(of: glyphs) }

    init(_ glyphs: [Glyph]) {
        self.glyphs = glyphs
        box = glyphs.dropFirst().reduce(glyphs[0].box) { $0.union($1.box) }
        text = Self.text(of: glyphs[...])
    }

    /// The line cut where the gap between two characters is wider than `gap` ems, or than
    /// `digitGap` ems beside a digit: the cells of a table row that has no borders, where
    /// numbers in neighbouring columns may stand closer than words.
    func chunks(gap: Double, digitGap: Double) -> [GlyphLine] {
        var cuts: [Int] = [0]
        for i in 1..<glyphs.count {
            let a = glyphs[i - 1], b = glyphs[i]
            let limit = a.character.isDigit || b.character.isDigit ? digitGap : gap
            if b.box.x - a.box.maxX > limit * Self.em(a, b) { cuts.append(i) }
        }
        // A line of prose has no such gap: it is its one piece, not made again.
        guard cuts.count > 1 else { return [self] }
        cuts.append(glyphs.count)
        return zip(cuts, cuts.dropFirst()).map { GlyphLine(Array(glyphs[$0..<$1])) }
    }

    /// A label and its number with no gap between them, as when a tab stop fell at the label's
    /// end ("行政规范性文件0"): a number after a wide character is cut off as a piece of its own.
    func splittingTrailingNumber() -> [GlyphLine] {
        guard let cut = glyphs.lastIndex(where: { !$0.character.isDigit }).map({ $0 + 1 }),
              cut < glyphs.count, glyphs[cut - 1].character.isWide else { return [self] }
        return [GlyphLine(Array(glyphs[..<cut])), GlyphLine(Array(glyphs[cut...]))]
    }

    /// Written as UTF-8 straight into the string's storage: a text is made for every line and
    /// cell, and appending scalar by scalar cost more than laying out the cells.
    static func text(of glyphs: ArraySlice<Glyph>) -> String {
        // Four bytes at most for a scalar, one for a space before it.
        String(unsafeUninitializedCapacity: 5 * glyphs.count) { buffer in
            var count = 0
            var previous: Glyph?
            for glyph in glyphs {
                if let previous, needsSpace(previous, glyph) {
                    buffer[count] = UInt8(ascii: " ")
                    count += 1
                }
                for byte in UTF8.encode(glyph.character)! {
                    buffer[count] = byte
                    count += 1
                }
                previous = glyph
            }
            return count
        }
    }

    private static func needsSpace(_ a: Glyph, _ b: Glyph) -> Bool {
        let gap = b.box.x - a.box.maxX, em = em(a, b)
        // Most characters stand closer than even narrow ones need: whether they are wide is
        // asked only of the rest.
        guard gap > 0.2 * em else { return false }
        return gap > 1.5 * em || !(a.character.isWide || b.character.isWide)
    }

    /// The size of the characters around a gap, from their font or, lacking it, their boxes.
    static func em(_ a: Glyph, _ b: Glyph) -> Double {
        let size = max(a.fontSize, b.fontSize)
        return size > 0 ? size : max(a.box.height, b.box.height, 1)
    }
}

enum GlyphLines {
    /// Groups characters into lines: a character joins a line when each one's vertical centre
    /// lies within the other's height. Overprinted duplicates (fake bold) are dropped.
    static func lines(of glyphs: some Collection<Glyph>) -> [GlyphLine] {
        guard !glyphs.isEmpty else { return [] }
        var sorted = glyphs.sorted { ($0.box.midY, $0.box.x) < ($1.box.midY, $1.box.x) }
        // Most cells hold one line: whether every character joins the first one's band is asked
        // before any bands are gathered, and that line's characters are sorted where they lie.
        var band = sorted[0].box, isOneLine = true
        for glyph in sorted.dropFirst() {
            guard joins(glyph.box, band) else { isOneLine = false; break }
            band = band.union(glyph.box)
        }
        if isOneLine {
            sorted.sort { $0.box.x < $1.box.x }
            return [GlyphLine(dropOverprints(sorted))]
        }
        // Which band each character joins is settled first, and the bands gathered after.
        var bands: [Box] = []
        var bandOf = [Int](repeating: 0, count: sorted.count)
        for (i, glyph) in sorted.enumerated() {
            if let k = bands.lastIndex(where: { joins(glyph.box, $0) }) {
                bandOf[i] = k
                bands[k] = bands[k].union(glyph.box)
            } else {
                bandOf[i] = bands.count
                bands.append(glyph.box)
            }
        }
        // Each band's array made once at its size, and sorted where it lies.
        var sizes = [Int](repeating: 0, count: bands.count)
        for k in bandOf { sizes[k] += 1 }
        var members = sizes.map { size in
            var glyphs: [Glyph] = []
            glyphs.reserveCapacity(size)
            return glyphs
        }
        for (glyph, k) in zip(sorted, bandOf) { members[k].append(glyph) }
        for k in members.indices { members[k].sort { $0.box.x < $1.box.x } }
        return members.map { GlyphLine(dropOverprints($0)) }.sorted { ($0.box.y, $0.box.x) < ($1.box.y, $1.box.x) }
    }

    /// Whether a character joins a band of characters: each one's vertical centre lies within
    /// the other's height.
    private static func joins(_ b: Box, _ band: Box) -> Bool {
        band.y <= b.midY && b.midY <= band.maxY && b.y <= band.midY && band.midY <= b.maxY
    }

    /// Some producers draw bold text twice, a fraction of a point apart. Most lines have no
    /// such pair side by side, and are kept as they are.
    private static func dropOverprints(_ glyphs: [Glyph]) -> [Glyph] {
        guard zip(glyphs, glyphs.dropFirst()).contains(where: { isOverprint($1, of: $0) }) else { return glyphs }
        var kept: [Glyph] = []
        for glyph in glyphs {
            if let last = kept.last, isOverprint(glyph, of: last) { continue }
            kept.append(glyph)
        }
        return kept
    }

    private static func isOverprint(_ glyph: Glyph, of last: Glyph) -> Bool {
        // Where they stand is asked first: it parts nearly all pairs.
        abs(last.box.x - glyph.box.x) < 0.3 * glyph.box.width && abs(last.box.y - glyph.box.y) < 0.3 * glyph.box.height
            && abs(last.box.width - glyph.box.width) < 0.1 * glyph.box.width && last.character == glyph.character
    }
}

extension Glyph {
    /// OCR's confidence in characters read together: the least of theirs; nil where none was
    /// read by OCR.
    static func confidence(of glyphs: some Sequence<Glyph>) -> Double? {
        var least: UInt8?
        for glyph in glyphs {
            if let c = glyph.confidence { least = min(least ?? c, c) }
        }
        return least.map(Double.init)
    }
}
