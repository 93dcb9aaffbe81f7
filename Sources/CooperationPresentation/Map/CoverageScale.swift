/// The colours of a coverage map: a sequential scale of five classes of relation counts
/// (1, 2, 3–4, 5–9, 10 or more) that reads for colour-blind readers — ColorBrewer's Blues on
/// light pages, the bright end of viridis on dark ones, greys in print — and the fills of the
/// sea, of land with no relation and of the focus's own country.
public struct CoverageScale: Sendable, Hashable {
    /// The lowest count of each class.
    public static let lowerBounds = [1, 2, 3, 5, 10]

    /// The class colours, lightest (fewest) first on light pages.
    public let classes: [String]
    /// The sea.
    public let sea: String
    /// Land with no relation.
    public let land: String
    /// Borders.
    public let border: String
    /// The focus's own country.
    public let home: String
    /// The fill of a target country not reached: a pale orange against the blues (white in print).
    public let missing: String
    /// Its dashed outline.
    public let missingOutline: String

    /// The scale for a theme: `print` greys, `dark` a dark sea, light otherwise.
    public init(theme: DiagramTheme) {
        switch theme.name {
        case "print":
            classes = ["#D9D9D9", "#ABABAB", "#7F7F7F", "#525252", "#252525"]
            (sea, land, border, home, missing, missingOutline) = ("#FFFFFF", "#F4F4F4", "#8C8C8C", "#000000", "#FFFFFF", "#000000")
        case "dark":
            classes = ["#31688E", "#26828E", "#35B779", "#90D743", "#FDE725"]
            (sea, land, border, home, missing, missingOutline) = ("#141A24", "#3A4252", "#1E2430", "#E69F00", "#6B4A3A", "#F2F2F2")
        default:
            classes = ["#C6DBEF", "#6BAED6", "#3182BD", "#08519C", "#08306B"]
            (sea, land, border, home, missing, missingOutline) = ("#EEF4FA", "#DCDCDC", "#FFFFFF", "#E69F00", "#FDD9B5", "#B2182B")
        }
    }

    /// The class of a count (0 for 1, 4 for 10 or more), or `nil` for none.
    public static func classIndex(of count: Int) -> Int? {
        guard count > 0 else { return nil }
        return lowerBounds.lastIndex { $0 <= count }
    }

    /// The fill for a count of relations: a class colour, or the land's for none.
    public func fill(for count: Int) -> String {
        Self.classIndex(of: count).map { classes[$0] } ?? land
    }

    /// The class's range as a reader sees it: `1`, `3–4`, `10+`.
    public static func label(ofClass index: Int) -> String {
        let low = lowerBounds[index]
        guard index + 1 < lowerBounds.count else { return "\(low)+" }
        let high = lowerBounds[index + 1] - 1
        return low == high ? "\(low)" : "\(low)–\(high)"
    }
}
