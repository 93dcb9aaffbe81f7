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
}
