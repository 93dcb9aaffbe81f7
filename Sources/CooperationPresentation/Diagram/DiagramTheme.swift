import CooperationCore
import DOT

/// How a diagram looks: background, text, the font, and for every entity and link kind a
/// colour, shape or line style. Kinds differ in shape and line style as well as colour, so a
/// diagram still reads in greyscale or for colour-blind readers; the colours are the
/// Okabe–Ito palette.
///
/// Start from ``light``, ``dark`` or ``print`` and change what you need:
/// ```swift
/// var theme = DiagramTheme.light
/// theme.fontName = "Noto Sans"
/// theme.entityFill[.city] = "#A6CEE3"
/// ```
public struct DiagramTheme: Sendable, Hashable {
    /// The theme's name (`light`, `dark`, `print`).
    public var name: String
    /// The page background.
    public var background: String
    /// Text and outlines.
    public var foreground: String
    /// Captions, cluster frames, the legend frame.
    public var muted: String
    /// The font of every label, found through fontconfig. DejaVu Sans has every Polish and
    /// Hungarian letter.
    public var fontName: String
    /// The fill of each entity kind.
    public var entityFill: [EntityKind: String]
    /// The colour of each link kind.
    public var linkColor: [LinkKind: String]

    /// Black text on white, Okabe–Ito colours.
    public static let light = DiagramTheme(
        name: "light", background: "white", foreground: "#222222", muted: "#777777", fontName: "DejaVu Sans",
        entityFill: [.city: "#56B4E9", .region: "#009E73", .country: "#F0E442", .network: "#E69F00", .institution: "#CC79A7", .event: "#EEEEEE"],
        linkColor: [.partnership: "#0072B2", .membership: "#E69F00", .memorandum: "#D55E00", .diplomaticMeeting: "#CC79A7",
                    .meeting: "#666666", .delegation: "#009E73", .participation: "#888888", .locatedIn: "#AAAAAA",
                    .partOf: "#E69F00", .cooperation: "#666666"]
    )

    /// Light text on a dark slate background, for dark slide templates.
    public static let dark = DiagramTheme(
        name: "dark", background: "#1E2430", foreground: "#F2F2F2", muted: "#9AA3B2", fontName: "DejaVu Sans",
        entityFill: [.city: "#2B6F99", .region: "#00785A", .country: "#8C8420", .network: "#A8740A", .institution: "#8E4F78", .event: "#3A4252"],
        linkColor: [.partnership: "#56B4E9", .membership: "#E69F00", .memorandum: "#FF8A4C", .diplomaticMeeting: "#E79AC5",
                    .meeting: "#BBBBBB", .delegation: "#3DD6A8", .participation: "#9AA3B2", .locatedIn: "#6F7888",
                    .partOf: "#E69F00", .cooperation: "#BBBBBB"]
    )

    /// Greys only, for printing in black and white: kinds differ by shape and line style.
    public static let print = DiagramTheme(
        name: "print", background: "white", foreground: "black", muted: "#555555", fontName: "DejaVu Sans",
        entityFill: [.city: "#FFFFFF", .region: "#D9D9D9", .country: "#BFBFBF", .network: "#EDEDED", .institution: "#F5F5F5", .event: "#FFFFFF"],
        linkColor: [.partnership: "black", .membership: "#444444", .memorandum: "black", .diplomaticMeeting: "#444444",
                    .meeting: "#666666", .delegation: "black", .participation: "#777777", .locatedIn: "#999999",
                    .partOf: "#777777", .cooperation: "#666666"]
    )

    /// The three built-in themes.
    public static let all: [DiagramTheme] = [.light, .dark, .print]

    /// The built-in theme called `name`, or `nil`.
    public static func named(_ name: String) -> DiagramTheme? { all.first { $0.name == name } }

    /// Node attributes for an entity kind.
    public func node(_ kind: EntityKind) -> DOTAttributes {
        let shape = switch kind {
        case .city: "ellipse"
        case .region: "box"
        case .country: "box3d"
        case .network: "hexagon"
        case .institution: "component"
        case .event: "note"
        }
        return ["shape": .raw(shape), "style": .raw(kind == .region ? "filled,rounded" : "filled"),
                "fillcolor": .raw(entityFill[kind] ?? background), "color": .raw(foreground), "fontcolor": .raw(foreground)]
    }

    /// Edge attributes for a link kind.
    public func edge(_ kind: LinkKind) -> DOTAttributes {
        let (style, width): (String, String) = switch kind {
        case .partnership: ("solid", "2.2")
        case .membership: ("dashed", "1.4")
        case .memorandum: ("bold", "2.2")
        case .diplomaticMeeting: ("dotted", "1.8")
        case .meeting: ("solid", "1.0")
        case .delegation: ("solid", "1.6")
        case .participation: ("dashed", "1.0")
        case .locatedIn: ("dotted", "1.0")
        case .partOf: ("dotted", "1.2")
        case .cooperation: ("solid", "1.0")
        }
        let color = linkColor[kind] ?? foreground
        return ["color": .raw(color), "style": .raw(style), "penwidth": .raw(width), "fontcolor": .raw(foreground)]
    }
}
