import CooperationCore
/// The size a diagram is rendered at: a slide, a page, or explicit pixels.
///
/// A PNG at a size has exactly its pixels, the diagram fitted and centred on the theme's
/// background; SVG and PDF keep the diagram's aspect ratio within the size.
public enum DiagramSize: Hashable, Sendable {
    /// A 16:9 slide: 1920×1080 px, 13.33×7.5 in.
    case slide16x9
    /// A 4:3 slide: 1440×1080 px, 10×7.5 in.
    case slide4x3
    /// A4 upright: 1654×2339 px (200 dpi), 8.27×11.69 in.
    case a4Portrait
    /// A4 sideways: 2339×1654 px, 11.69×8.27 in.
    case a4Landscape
    /// Explicit pixels; inches at 144 dpi.
    case pixels(width: Int, height: Int)

    /// Width and height in pixels.
    public var pixels: (width: Int, height: Int) {
        switch self {
        case .slide16x9: (1920, 1080)
        case .slide4x3: (1440, 1080)
        case .a4Portrait: (1654, 2339)
        case .a4Landscape: (2339, 1654)
        case let .pixels(width, height): (width, height)
        }
    }

    /// Width and height in inches, for PDF and SVG.
    public var inches: (width: Double, height: Double) {
        switch self {
        case .slide16x9: (13.333, 7.5)
        case .slide4x3: (10, 7.5)
        case .a4Portrait: (8.27, 11.69)
        case .a4Landscape: (11.69, 8.27)
        case let .pixels(width, height): (Double(width) / 144, Double(height) / 144)
        }
    }

    /// The name used on the command line.
    public var name: String {
        switch self {
        case .slide16x9: "slide-16x9"
        case .slide4x3: "slide-4x3"
        case .a4Portrait: "a4-portrait"
        case .a4Landscape: "a4-landscape"
        case let .pixels(width, height): "\(width)x\(height)"
        }
    }

    /// Reads `slide-16x9`, `slide-4x3`, `a4-portrait`, `a4-landscape` or `WIDTHxHEIGHT` (pixels,
    /// each 16…20000).
    public init?(_ text: String) {
        switch text.lowercased() {
        case "slide-16x9", "16x9", "slide": self = .slide16x9
        case "slide-4x3", "4x3": self = .slide4x3
        case "a4-portrait", "a4": self = .a4Portrait
        case "a4-landscape": self = .a4Landscape
        default:
            let parts = text.lowercased().split(separator: "x")
            guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
                  (16...20_000).contains(width), (16...20_000).contains(height) else { return nil }
            self = .pixels(width: width, height: height)
        }
    }
}
