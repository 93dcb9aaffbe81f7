import Foundation

/// The DrawingML preset shape (ECMA-376 Part 1, §20.1.10.56) that draws a Graphviz node shape,
/// with the preset's connection sites, so a connector can be glued to the same site a
/// presentation program computes.
struct PresetGeometry: Hashable, Sendable {
    /// A connection site as a fraction of the shape's width and height, measured from its
    /// top-left corner; its index in ``sites`` is the `idx` of `a:stCxn`/`a:endCxn`.
    struct Site: Hashable, Sendable {
        let x: Double
        let y: Double
    }

    /// The preset's name (`prst`).
    let name: String
    /// The preset's connection sites in the order its `cxnLst` gives them.
    let sites: [Site]
    /// Whether the shape is drawn without fill and outline (Graphviz `plaintext`, `plain`, `none`).
    let isInvisible: Bool

    /// Top, left, bottom, right: the four sites of `rect`, `roundRect`, `foldedCorner`,
    /// `diamond` and the flowchart boxes.
    private static let fourSides = [Site(x: 0.5, y: 0), Site(x: 0, y: 0.5), Site(x: 0.5, y: 1), Site(x: 1, y: 0.5)]
    /// `ellipse`: counter-clockwise from the top, the diagonal ones on the curve at 45°.
    private static let ellipseSites: [Site] = {
        let inset = 0.5 - 0.5 * 0.5.squareRoot()
        return [Site(x: 0.5, y: 0), Site(x: inset, y: inset), Site(x: 0, y: 0.5), Site(x: inset, y: 1 - inset),
                Site(x: 0.5, y: 1), Site(x: 1 - inset, y: 1 - inset), Site(x: 1, y: 0.5), Site(x: 1 - inset, y: inset)]
    }()

    private init(_ name: String, _ sites: [Site], invisible: Bool = false) {
        self.name = name
        self.sites = sites
        self.isInvisible = invisible
    }

    /// The preset for a Graphviz `shape` and `style` (`rounded` turns a box into `roundRect`);
    /// shapes with no close preset are drawn as rectangles.
    init(dotShape: String, style: String) {
        let rounded = style.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "rounded" }
        switch dotShape.lowercased() {
        case "ellipse", "oval", "circle", "doublecircle", "point", "egg":
            self = PresetGeometry("ellipse", Self.ellipseSites)
        case "hexagon":
            // The hexagon's corners at its default adjustment: a quarter of the shorter side in.
            self = PresetGeometry("hexagon", [Site(x: 1, y: 0.5), Site(x: 0.8, y: 1), Site(x: 0.2, y: 1),
                                              Site(x: 0, y: 0.5), Site(x: 0.2, y: 0), Site(x: 0.8, y: 0)])
        case "note":
            self = PresetGeometry("foldedCorner", Self.fourSides)
        case "box3d":
            self = PresetGeometry("cube", [Site(x: 0.56, y: 0), Site(x: 0, y: 0.56), Site(x: 0.44, y: 1), Site(x: 1, y: 0.44)])
        case "component":
            self = PresetGeometry("flowChartPredefinedProcess", Self.fourSides)
        case "diamond":
            self = PresetGeometry("diamond", Self.fourSides)
        case "cylinder":
            self = PresetGeometry("can", Self.fourSides)
        case "plaintext", "plain", "none":
            self = PresetGeometry("rect", Self.fourSides, invisible: true)
        default:
            self = PresetGeometry(rounded ? "roundRect" : "rect", Self.fourSides)
        }
    }
}
