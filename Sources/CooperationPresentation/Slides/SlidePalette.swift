import CooperationCore
/// The deck's colour scheme, made from a ``DiagramTheme``: the theme part's colours (`dk1` the
/// text, `lt1` the background, the six accents the entity fills), and how a Graphviz colour is
/// written in a slide: as the scheme colour it equals, so a presenter who changes the deck's
/// theme recolours every shape, or as a literal RGB colour.
struct SlidePalette: Sendable {
    /// The theme part's colour slots and their RGB hex values, in the order ECMA-376 lists them.
    let scheme: [(slot: String, rgb: String)]
    /// Slide-side names (`tx1`, `bg1`, `accent1`…) by RGB value, first slot winning.
    private let slotByColour: [String: String]
    /// The theme's text colour.
    let foreground: String
    /// The theme's background colour.
    let background: String
    /// The theme's muted colour (captions, frames).
    let muted: String

    init(theme: DiagramTheme) {
        foreground = Self.rgb(theme.foreground) ?? "222222"
        background = Self.rgb(theme.background) ?? "FFFFFF"
        muted = Self.rgb(theme.muted) ?? "777777"
        let fills: [EntityKind] = [.city, .region, .country, .network, .institution, .event]
        let accents = fills.map { Self.rgb(theme.entityFill[$0] ?? theme.background) ?? "FFFFFF" }
        let link = Self.rgb(theme.linkColor[.partnership] ?? theme.foreground) ?? foreground
        scheme = [("dk1", foreground), ("lt1", background), ("dk2", muted), ("lt2", background)]
            + accents.enumerated().map { ("accent\($0.offset + 1)", $0.element) }
            + [("hlink", link), ("folHlink", muted)]
        var slots: [String: String] = [:]
        let slideName = ["dk1": "tx1", "lt1": "bg1", "dk2": "tx2", "lt2": "bg2"]
        for (slot, rgb) in scheme where slots[rgb] == nil && !slot.hasSuffix("Hlink") && slot != "lt2" {
            slots[rgb] = slideName[slot] ?? slot
        }
        slotByColour = slots
    }

    /// A colour element (`a:schemeClr` or `a:srgbClr`) for a Graphviz colour; `nil` for
    /// `none`/`transparent` or a colour it cannot read.
    func colour(_ graphviz: String?) -> String? {
        guard let graphviz, let rgb = Self.rgb(graphviz) else { return nil }
        if let slot = slotByColour[rgb] { return #"<a:schemeClr val="\#(slot)"/>"# }
        return #"<a:srgbClr val="\#(rgb)"/>"#
    }

    /// A scheme colour element by its slide-side name (`tx1`, `bg1`, `accent2`…).
    static func scheme(_ name: String) -> String { #"<a:schemeClr val="\#(name)"/>"# }

    /// `RRGGBB` (upper case) for a Graphviz colour: `#RGB`, `#RRGGBB`, `#RRGGBBAA` (alpha
    /// dropped) or one of the common X11 names; `nil` for `none`, `transparent` or unknown text.
    static func rgb(_ graphviz: String) -> String? {
        let text = graphviz.lowercased()
        if text.hasPrefix("#") {
            let digits = Array(text.dropFirst())
            guard digits.allSatisfy(\.isHexDigit) else { return nil }
            switch digits.count {
            case 3: return digits.map { "\($0)\($0)" }.joined().uppercased()
            case 6, 8: return String(digits.prefix(6)).uppercased()
            default: return nil
            }
        }
        return named[text]
    }

    private static let named = [
        "white": "FFFFFF", "black": "000000", "gray": "C0C0C0", "grey": "C0C0C0", "lightgray": "D3D3D3", "lightgrey": "D3D3D3",
        "darkgray": "A9A9A9", "darkgrey": "A9A9A9", "red": "FF0000", "green": "00FF00", "blue": "0000FF", "yellow": "FFFF00",
        "orange": "FFA500", "purple": "A020F0", "brown": "A52A2A", "navy": "000080",
    ]
}
