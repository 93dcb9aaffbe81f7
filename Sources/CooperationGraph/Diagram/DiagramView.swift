/// Which part of a dataset a diagram shows.
public enum DiagramView: String, CaseIterable, Sendable {
    /// The focus and its partner cities and regions, grouped by continent.
    case partners
    /// The focus, its networks, and the events held in them with their venues.
    case networks
    /// Diplomatic meetings, delegations and memoranda, with the countries they reach.
    case diplomacy
    /// Every entity and link.
    case full

    /// The link kinds the view draws, or `nil` for all.
    var linkKinds: Set<LinkKind>? {
        switch self {
        case .partners: [.partnership]
        case .networks: [.membership, .partOf, .participation]
        case .diplomacy: [.diplomaticMeeting, .delegation, .memorandum]
        case .full: nil
        }
    }
}
