import DOT

/// How entity and link kinds look in a diagram: shapes, colours from the Okabe–Ito palette
/// (safe for colour-blind readers) and line styles, so kinds are told apart without colour too.
public struct DiagramStyle: Sendable {
    /// The font for every label; DejaVu Sans has every Polish and Hungarian letter.
    public var fontName = "DejaVu Sans"
    /// The page background.
    public var background = "white"
    /// Text colour.
    public var foreground = "#222222"

    /// The default style.
    public init() {}

    /// Node attributes for an entity kind.
    public func node(_ kind: EntityKind) -> DOTAttributes {
        let (shape, fill): (String, String) = switch kind {
        case .city: ("ellipse", "#56B4E9")
        case .region: ("box", "#009E73")
        case .country: ("box3d", "#F0E442")
        case .network: ("hexagon", "#E69F00")
        case .institution: ("component", "#CC79A7")
        case .event: ("note", "#EEEEEE")
        }
        return ["shape": .raw(shape), "style": .raw(kind == .region ? "filled,rounded" : "filled"), "fillcolor": .raw(fill)]
    }

    /// Edge attributes for a link kind.
    public func edge(_ kind: LinkKind) -> DOTAttributes {
        let (color, style, width): (String, String, String) = switch kind {
        case .partnership: ("#0072B2", "solid", "2.2")
        case .membership: ("#E69F00", "dashed", "1.4")
        case .memorandum: ("#D55E00", "bold", "2.2")
        case .diplomaticMeeting: ("#CC79A7", "dotted", "1.8")
        case .meeting: ("#666666", "solid", "1.0")
        case .delegation: ("#009E73", "solid", "1.6")
        case .participation: ("#888888", "dashed", "1.0")
        case .locatedIn: ("#AAAAAA", "dotted", "1.0")
        case .partOf: ("#E69F00", "dotted", "1.2")
        case .cooperation: ("#666666", "solid", "1.0")
        }
        return ["color": .raw(color), "style": .raw(style), "penwidth": .raw(width)]
    }
}
