/// Why a worker's answer could not be read: the worker answered nonsense, which costs its file.
enum WireError: Error, Equatable, CustomStringConvertible {
    /// The answer ended inside a field.
    case truncated
    /// A tag byte that is none of the ones the field may have.
    case badTag(UInt8, field: String)
    /// A count or exponent out of its range.
    case outOfRange(Int, field: String)
    /// A case's name that the enum does not have.
    case unknownCase(String, field: String)
    case badUTF8
    case notANumber(String)
    /// The answer went on after its last field.
    case trailingBytes(Int)

    var description: String {
        switch self {
        case .truncated: "the answer ends early"
        case .badTag(let tag, let field): "tag \(tag) is no \(field)"
        case .outOfRange(let number, let field): "\(number) is out of range for \(field)"
        case .unknownCase(let name, let field): "\(name) is no \(field)"
        case .badUTF8: "a text is not UTF-8"
        case .notANumber(let text): "\(text) is not a number"
        case .trailingBytes(let count): "\(count) bytes follow the answer"
        }
    }
}
