/// Where a report's body sits in China's administrative divisions: its GB/T 2260 code and the names of
/// the divisions above it. A township has no code of its own here: it takes its county's, with its
/// name kept.
public struct Place: Sendable, Hashable {
    /// What kind of body: a division's government (or the committee that governs it), or one of its departments.
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case province, city, county, township
        case provinceDepartment = "province-department", cityDepartment = "city-department"
        case countyDepartment = "county-department", townshipDepartment = "township-department"
    }

    /// Six digits: the county's, the city's (`3213 00`) or the province's (`32 0000`).
    public var code: String
    public var province: String?
    /// Nil for a county that no city stands over (a province's or a municipality's own county).
    public var city: String?
    public var county: String?
    public var township: String?
    public var level: Level

    public init(code: String, province: String?, city: String?, county: String?, township: String? = nil, level: Level) {
        self.code = code; self.province = province; self.city = city; self.county = county
        self.township = township; self.level = level
    }

    /// The narrowest division with a code of its own (a township's county), as `region` has always held it.
    public var region: String? { county ?? city ?? province }
}
