import ArgumentParser
import CooperationGraph

/// `--theme light|dark|print`.
extension DiagramTheme: ExpressibleByArgument {
    /// The theme of that name.
    public init?(argument: String) {
        guard let theme = DiagramTheme.named(argument.lowercased()) else { return nil }
        self = theme
    }

    /// The names, for the help and for completions.
    public static var allValueStrings: [String] { all.map(\.name) }

    /// The name shown as the default in the help.
    public var defaultValueDescription: String { name }
}
