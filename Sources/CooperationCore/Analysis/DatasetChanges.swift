/// What changed for an entity between two datasets (or two years of one): partners, networks,
/// countries and diplomatic meetings added and removed.
public struct DatasetChanges: Hashable, Sendable, Codable {
    /// Things that appear only in the newer data, and only in the older.
    public struct Difference: Hashable, Sendable, Codable {
        /// Ids or codes only in the newer data, sorted.
        public let added: [String]
        /// Ids or codes only in the older data, sorted.
        public let removed: [String]

        init(old: Set<String>, new: Set<String>) {
            added = new.subtracting(old).sorted()
            removed = old.subtracting(new).sorted()
        }

        /// Whether nothing changed.
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty }
    }

    /// The entity compared.
    public let focus: String
    /// Partner cities and regions.
    public let partners: Difference
    /// Networks the entity is a member of.
    public let networks: Difference
    /// Foreign countries reached (``Dataset/countryCoverage(of:)``).
    public let countries: Difference
    /// Countries of diplomatic meetings.
    public let meetingCountries: Difference
    /// The number of diplomatic meetings before and after.
    public let meetingCount: [Int]

    /// The changes for `focus` from `old` to `new`.
    public init(from old: Dataset, to new: Dataset, focus: String) {
        self.focus = focus
        partners = Difference(old: Set(old.partners(of: focus).map(\.id)), new: Set(new.partners(of: focus).map(\.id)))
        networks = Difference(old: Set(old.networks(of: focus).map(\.id)), new: Set(new.networks(of: focus).map(\.id)))
        countries = Difference(old: Set(old.countryCoverage(of: focus).map(\.country)), new: Set(new.countryCoverage(of: focus).map(\.country)))
        let before = old.diplomaticMeetings(of: focus), after = new.diplomaticMeetings(of: focus)
        meetingCountries = Difference(old: Set(before.countries), new: Set(after.countries))
        meetingCount = [before.count, after.count]
    }

    /// The changes for `focus` between two years of one dataset (links of each year plus
    /// standing links with no year).
    public init(in dataset: Dataset, focus: String, from oldYear: Int, to newYear: Int) {
        self.init(from: dataset.filtered(year: oldYear), to: dataset.filtered(year: newYear), focus: focus)
    }
}
