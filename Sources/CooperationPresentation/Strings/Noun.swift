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
    /// "10 partners" under a continent's name.
    case partner
    /// A link on a map or in a tooltip: "1 relacja", "5 relacji".
    case relation
    /// Links a map leaves out: "3 relacje bez miejsca pominięte".
    case unplacedRelation
    /// Why a view is split: "15 entities do not fit one slide legibly", with the verb agreeing.
    case entityNotFitting
    /// A country after "with": "z 20 krajami zagranicznymi" in Polish.
    case foreignCountryAfterWith
    /// Countries after "representatives of": "przedstawicielami 12 krajów" in Polish.
    case countryAfterOf
}
