/// An entity's diplomatic meetings: how many, and with which countries.
public struct DiplomaticMeetings: Hashable, Sendable, Codable {
    /// The number of meetings: the larger of the links the dataset holds and the total its
    /// source reports.
    public let count: Int
    /// The countries met, as sorted ISO codes.
    public let countries: [String]
}

extension Dataset {
    /// The diplomatic meetings of an entity, counting a reported total where the source gives
    /// more meetings than it lists.
    ///
    /// - Parameter year: Only meetings of this year (and totals for it), when given.
    public func diplomaticMeetings(of id: String, year: Int? = nil) -> DiplomaticMeetings {
        let meetings = links(of: id, kind: .diplomaticMeeting).filter { year == nil || $0.year == nil || $0.year == year }
        let countries = Set(meetings.compactMap { $0.otherEnd(from: id).flatMap { self[$0] }.flatMap { country(of: $0) } })
        let reported = reportedTotal(of: id, kind: .diplomaticMeeting, year: year) ?? 0
        return DiplomaticMeetings(count: max(meetings.count, reported), countries: countries.sorted())
    }

    /// The largest total the dataset's sources report for an entity and a link kind, in `year`
    /// when given, or `nil` when none is reported.
    public func reportedTotal(of id: String, kind: LinkKind, year: Int? = nil) -> Int? {
        totals.filter { $0.entity == id && $0.kind == kind && (year == nil || $0.year == nil || $0.year == year) }
            .map(\.count).max()
    }
}
