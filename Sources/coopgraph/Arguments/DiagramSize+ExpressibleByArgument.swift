import ArgumentParser
import CooperationGraph

/// `--size slide-16x9|slide-4x3|a4-portrait|a4-landscape|WIDTHxHEIGHT`.
extension DiagramSize: ExpressibleByArgument {
    /// A size from its name or `WIDTHxHEIGHT` pixels.
    public init?(argument: String) { self.init(argument) }

    /// The named sizes, for the help.
    public static var allValueStrings: [String] { ["slide-16x9", "slide-4x3", "a4-portrait", "a4-landscape", "WIDTHxHEIGHT"] }

    /// The name shown as the default in the help.
    public var defaultValueDescription: String { name }
}
