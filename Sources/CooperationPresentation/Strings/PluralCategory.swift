/// The plural categories of CLDR that the tables' languages use: English has `one` and `other`;
/// Polish `one` (1), `few` (2–4, 22–24, … but not 12–14) and `many` (0, 5–21, 25–31, …).
public enum PluralCategory: Hashable, Sendable, CaseIterable {
    /// One: "1 partner city", "1 miasto partnerskie".
    case one
    /// A few: "2 miasta partnerskie", "22 miasta".
    case few
    /// Many: "5 miast partnerskich", "12 miast".
    case many
    /// Every other count: "5 partner cities".
    case other
}
