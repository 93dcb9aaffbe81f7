import ArgumentParser
import CooperationGraph

/// `--lang en|pl`.
extension Language: ExpressibleByArgument {
    /// A language from its code.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    /// The codes, for the help and for completions.
    public static var allValueStrings: [String] { allCases.map(\.code) }

    /// The code shown as the default in the help.
    public var defaultValueDescription: String { code }
}
