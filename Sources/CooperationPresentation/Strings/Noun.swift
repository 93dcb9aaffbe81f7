/// A counted noun of the string tables: each language gives one form for each plural category
/// it uses, so "5 partner cities" reads "5 miast partnerskich" in Polish.
public enum Noun: String, CaseIterable, Hashable, Sendable {
    case partnerCity
    case partnerRegion
    case city
    case region
    case country
    /// A country after "in": "w 15 krajach" in Polish.
    case countryAfterIn
    case foreignCountry
    case network
    case diplomaticMeeting
    case link
    case pair
    case entity
    case event
    case slide
}
