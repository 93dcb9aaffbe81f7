// Computes the country coverage of a dataset's focus and lists the countries, in Polish and
// English, with the relations that reach each.
import CooperationGraph
import Foundation

do {
    let dataset = try DatasetLoader.embeddedPoznan2023()
    let statistics = try CooperationStatistics(dataset: dataset)
    print("\(statistics.focusName) reaches \(statistics.countryCoverage.count) foreign countries:")
    for covered in statistics.countryCoverage.relations {
        let country = Geography.country(code: covered.country)
        let kinds = Set(covered.relations.map(\.kind.rawValue)).sorted().joined(separator: ", ")
        print("  \(covered.country)  \(country?.polishName ?? "") / \(country?.englishName ?? "")  — \(kinds)")
    }
} catch {
    print(error)
    exit(1)
}
