import GoujiModel
import GRDB

/// Reports by where their body sits: any part of its province's or city's name, its level, or its
/// division's code, where a province's code (`320000`) takes every division under it and a city's
/// (`321300`) its counties. An empty filter takes every report.
public struct PlaceFilter: Sendable, Hashable {
    public var province: String?
    public var city: String?
    public var level: Place.Level?
    public var regionCode: String?

    public init(province: String? = nil, city: String? = nil, level: Place.Level? = nil, regionCode: String? = nil) {
        self.province = province; self.city = city; self.level = level; self.regionCode = regionCode
    }

    public var isEmpty: Bool { province == nil && city == nil && level == nil && regionCode == nil }

    /// The code's significant digits: `32` for a province, `3213` for a city, all six for a county.
    var codePrefix: String? {
        guard var code = regionCode else { return nil }
        while code.count > 2 && code.hasSuffix("00") { code.removeLast(2) }
        return code
    }

    /// The filter as SQL conditions on `reports` (named `alias`), with their arguments.
    func conditions(on alias: String) -> (sql: [String], arguments: StatementArguments) {
        var sql: [String] = []
        var arguments = StatementArguments()
        if let province { sql.append("instr(\(alias).province, ?) > 0"); arguments += [province] }
        if let city { sql.append("instr(\(alias).city, ?) > 0"); arguments += [city] }
        if let level { sql.append("\(alias).level = ?"); arguments += [level.rawValue] }
        if let codePrefix { sql.append("substr(\(alias).region_code, 1, ?) = ?"); arguments += [codePrefix.count, codePrefix] }
        return (sql, arguments)
    }

    func matches(_ report: ReportRecord) -> Bool {
        if let province, report.province?.contains(province) != true { return false }
        if let city, report.city?.contains(city) != true { return false }
        if let level, report.level != level.rawValue { return false }
        if let codePrefix, report.regionCode?.hasPrefix(codePrefix) != true { return false }
        return true
    }
}
