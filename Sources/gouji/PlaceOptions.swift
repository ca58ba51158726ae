import ArgumentParser
import GoujiLoad
import GoujiModel

/// Where the reports' bodies sit, for the commands that read a corpus.
struct PlaceOptions: ParsableArguments {
    @Option(help: "Only bodies of provinces whose name contains this text (e.g. 江苏).")
    var province: String?

    @Option(help: "Only bodies of cities whose name contains this text (e.g. 宿迁).")
    var city: String?

    @Option(help: ArgumentHelp("Only bodies of this level: \(Place.Level.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "level"))
    var level: Place.Level?

    @Option(help: ArgumentHelp("Only bodies placed under this GB/T 2260 code: a province's (320000) takes its cities and "
                                   + "counties, a city's (321300) its counties.", valueName: "code"))
    var regionCode: String?

    func validate() throws {
        if let regionCode, regionCode.count != 6 || !regionCode.allSatisfy({ ("0"..."9").contains($0) }) {
            throw ValidationError("--region-code: '\(regionCode)' is not six digits (e.g. 321300).")
        }
    }

    var filter: PlaceFilter { PlaceFilter(province: province, city: city, level: level, regionCode: regionCode) }
}

extension Place.Level: ExpressibleByArgument {}
