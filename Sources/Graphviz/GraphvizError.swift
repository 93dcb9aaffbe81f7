/// An error reported by Graphviz, or found before calling it.
///
/// Every message Graphviz prints is captured into one of these cases; nothing reaches the
/// process's standard error.
public enum GraphvizError: Error, Hashable, Sendable {
    /// The DOT text does not parse. `line` is the line Graphviz names (1-based), when it does.
    case syntax(line: Int?, message: String)
    /// No layout engine of that name is installed.
    case unknownLayout(String, available: [String])
    /// No output format of that name is installed.
    case unknownFormat(String, available: [String])
    /// The layout engine failed on the graph.
    case layoutFailed(engine: String, message: String)
    /// Rendering the laid-out graph failed.
    case renderFailed(format: String, message: String)
    /// The text holds a character Graphviz cannot read (U+0000).
    case invalidInput(String)
    /// An attribute would make Graphviz read a file outside the folders ``FileAccess`` allows.
    case forbiddenFileAccess(attribute: String, path: String)
}

extension GraphvizError: CustomStringConvertible {
    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case let .syntax(line?, message):
            return "DOT syntax error on line \(line): \(message)"
        case let .syntax(nil, message):
            return "DOT syntax error: \(message)"
        case let .unknownLayout(name, available):
            return "unknown layout '\(name)'; available layouts: \(available.joined(separator: ", "))"
        case let .unknownFormat(name, available):
            return "unknown output format '\(name)'; available formats: \(available.joined(separator: ", "))"
        case let .layoutFailed(engine, message):
            return "Graphviz layout '\(engine)' failed: \(message)"
        case let .renderFailed(format, message):
            return "Graphviz could not render \(format): \(message)"
        case let .invalidInput(message):
            return message
        case let .forbiddenFileAccess(attribute, path):
            return "the '\(attribute)' attribute would read '\(path)', outside the folders allowed; remove it, or allow its folder"
        }
    }
}
