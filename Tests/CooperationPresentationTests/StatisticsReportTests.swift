import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import Graphviz
import TestFixtures
import Testing

/// The statistics as the report writes them.
@Suite struct StatisticsReportTests {
    let dataset: Dataset
    let statistics: CooperationStatistics

    init() throws {
        dataset = try DatasetLoader.load([Fixtures.poznanYAML])
        statistics = try CooperationStatistics(dataset: dataset)
    }

    @Test func jsonContractHoldsTheAgreedKeys() throws {
        let json = StatisticsReport(statistics: statistics, dataset: dataset).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["focus", "partnerCitiesPerContinent", "partnersPerContinent", "partnerCountries", "countryCoverage",
                    "networks", "diplomaticMeetings", "sharedNetworks"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["focus"] as? String == "poznan")
        #expect((object["countryCoverage"] as? [String: Any])?["count"] as? Int == 25)
        #expect((object["diplomaticMeetings"] as? [String: Any])?["count"] as? Int == 13)
        #expect(json == StatisticsReport(statistics: try CooperationStatistics(dataset: dataset), dataset: dataset).json())
    }
}
