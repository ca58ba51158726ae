import GoujiModel

/// China's provinces, cities and counties by code and by name, read once from `DivisionTable`.
struct DivisionIndex: Sendable {
    struct Division: Sendable, Hashable {
        var code: String
        var name: String

        enum Rank: Int, Sendable { case province, city, county }

        var rank: Rank {
            if code.hasSuffix("0000") { return .province }
            return code.hasSuffix("00") ? .city : .county
        }

        var provinceCode: String { String(code.prefix(2)) + "0000" }
        var cityCode: String { String(code.prefix(4)) + "00" }

        /// Whether `other` stands under this division (or is it).
        func contains(_ other: Division) -> Bool {
            switch rank {
            case .province: other.code.hasPrefix(code.prefix(2))
            case .city: other.code.hasPrefix(code.prefix(4))
            case .county: other.code == code
            }
        }
    }

    static let shared = DivisionIndex(table: DivisionTable.rows)

    /// Names that stand in the table for the cities a province or municipality does not have.
    private static let placeholders: Set<String> = ["市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划"]

    private(set) var byCode: [String: Division] = [:]
    /// Every name (current, former, alias) to the divisions that bear it.
    private(set) var byName: [String: [Division]] = [:]
    /// The longest name, which bounds the search for a name in a text.
    private(set) var longestName = 0

    init(table: String) {
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, fields[0].count == 6 else { continue }
            let code = fields[0], name = fields[1]
            if Self.placeholders.contains(name) { continue }
            let current = fields.count < 4 || fields[3].isEmpty
            if current { byCode[code] = Division(code: code, name: name) }
            byName[name, default: []].append(Division(code: code, name: current ? name : byCode[code]?.name ?? name))
            longestName = max(longestName, name.count)
        }
    }

    /// The divisions named `name`.
    func named(_ name: some StringProtocol) -> [Division] { byName[String(name)] ?? [] }

    /// The province, city and county names a division stands under, with its own.
    func place(of division: Division, township: String? = nil, level: Place.Level) -> Place {
        let province = byCode[division.provinceCode]?.name
        let city = division.rank == .province ? nil : byCode[division.cityCode]?.name
        let county = division.rank == .county ? division.name : nil
        return Place(code: division.code, province: province, city: city, county: county, township: township, level: level)
    }

    /// The division names at the start of `text`, longest first, each read as far as it goes: `淮安市洪泽区人民政府`
    /// gives 淮安市 then 洪泽区, and the rest, `人民政府`.
    func leadingNames(of text: Substring) -> (names: [[Division]], rest: Substring) {
        var names: [[Division]] = []
        var rest = text
        while !rest.isEmpty {
            var found: (divisions: [Division], length: Int)?
            for length in stride(from: min(longestName, rest.count), through: 2, by: -1) {
                let divisions = named(rest.prefix(length))
                if !divisions.isEmpty { found = (divisions, length); break }
            }
            guard let found else { break }
            names.append(found.divisions)
            rest = rest.dropFirst(found.length)
        }
        return (names, rest)
    }
}
