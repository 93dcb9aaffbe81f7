import CooperationCore
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
    /// The entities within a radius of one entity (``CooperationDiagram/egoCenter``), and the
    /// links among them.
    case ego
    /// The focus and the cities it is linked to (directly, or through events held there), on a
    /// map of the countries (``MapDiagram``).
    case map
    /// The countries the focus has relations with, filled by how many (``MapDiagram``).
    case coverage

    /// The link kinds the view draws, or `nil` for all.
    var linkKinds: Set<LinkKind>? {
        switch self {
        case .partners: [.partnership]
        case .networks: [.membership, .partOf, .participation]
        case .diplomacy: [.diplomaticMeeting, .delegation, .memorandum]
        case .full, .ego, .map, .coverage: nil
        }
    }

    /// The Graphviz layout that suits the view: layers for partners and networks, a radial
    /// layout around the focus for diplomacy and ego views, a force layout for everything.
    public var defaultLayout: String {
        switch self {
        case .partners, .networks: "dot"
        case .diplomacy, .ego: "twopi"
        case .full, .map, .coverage: "neato"
        }
    }
}
