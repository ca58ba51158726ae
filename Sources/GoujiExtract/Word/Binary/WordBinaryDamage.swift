/// What is wrong with a damaged Word binary document, in words that follow "a damaged Word
/// binary document: ".
struct WordBinaryDamage: Error {
    let reason: String

    init(_ reason: String) { self.reason = reason }
}
