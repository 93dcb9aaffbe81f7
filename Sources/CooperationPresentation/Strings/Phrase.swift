/// A word or sentence of the outputs that a reader sees. A phrase may hold numbered holes
/// (`{1}`, `{2}`) that ``StringTable/format(_:_:)`` fills, in the order the language needs.
public enum Phrase: String, CaseIterable, Hashable, Sendable {
    // Statistics
    case focusLine
    case focusYear
    case partnersSummary
    case continent
    case cities
    case citiesAndRegions
    case total
    case countryCoverageLine
    case countryCoverageHeading
    case code
    case countryColumn
    case links
    case through
    case networksHeading
    case diplomaticMeetingsLine
    case diplomaticMeetingsHeading
    case diplomaticMeetingsSentence
    case sharedNetworksHeading
    case sharedNetworksNone
    case sharedNetworksPairs
    case firstEntity
    case secondEntity
    case networksColumn
    case moreInJSON
    case linkKindColumn
    case linksOfFocusByKind
    case linksOfFocusByYear
    case partnersPerContinentHeading
    case sourcesHeading
    case linkColumn
    case withColumn
    case yearColumn
    case noteColumn
    case sourceColumn
    case sourceLine
    // Titles
    case datasetTitle
    case countryNetworkTitle
    case continentNetworkTitle
    // Deck
    case partnersSlideTitle
    case networksSlideTitle
    case diplomacySlideTitle
    case fullSlideTitle
    case mapSlideTitle
    case egoSlideTitle
    case coverageSlideTitle
    case inNumbers
    case coverageChartTitle
    case relationsSeries
    case legend
    case theDataset
    case measureColumn
    case countColumn
    case partnerCitiesRow
    case partnerRegionsRow
    case partnerCountriesRow
    case countriesReachedRow
    case diplomaticMeetingsRow
    case partnerCitiesInRow
    case stepAdds
    // Diagrams
    case viewCaption
    case viewPartners
    case viewNetworks
    case viewDiplomacy
    case viewFull
    case viewEgo
    case viewMap
    case viewCoverage
    case sourceCaption
    case sourceTooltip
    case areasTooltip
    case largeGraph
    case partOf
    case onePerContinent
    case onePerNetwork
    case onePerLinkKind
    case summaryRule
    case degreeAxis
    case entitiesAxis
    // Maps
    case mapPlaces
    case mapBeyond
    case coverageReached
    case coverageMissing
    case mapTitle
    case coverageTitle
    case relationsScale
    case noRelation
    case notReached
    case homeCountry
    case notReachedCountry
    case bordersCredit
    case citiesCredit
    case euMembers
    case unMembers
    case targetCountries
    // The HTML page
    case lead
    case coverageSectionHeading
    case networkColumn
    case meetingsSentence
    case diagramHeading
    case lineNumber
    // The page's script, by the keys it asks for.
    case search = "ui.search"
    case searchHint = "ui.searchHint"
    case found = "ui.found"
    case notFound = "ui.notFound"
    case linkKinds = "ui.linkKinds"
    case year = "ui.year"
    case allYears = "ui.allYears"
    case yearHint = "ui.yearHint"
    case showAll = "ui.showAll"
    case zoomIn = "ui.zoomIn"
    case zoomOut = "ui.zoomOut"
    case resetView = "ui.reset"
    case diagramHelp = "ui.diagram"
    case wheelHint = "ui.wheelHint"
    case close = "ui.close"
    case panelKind = "ui.kind"
    case panelCountry = "ui.country"
    case panelYears = "ui.years"
    case panelNote = "ui.note"
    case panelSources = "ui.sources"
    case panelLinks = "ui.links"
    case noSource = "ui.noSource"
    case rows = "ui.rows"
    case noRows = "ui.noRows"
    case sortBy = "ui.sortBy"
    case coverageTip = "ui.coverageTip"
}
