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
    /// The layout and render took longer than ``RenderLimits/time`` and were stopped.
    case timeLimitExceeded(engine: String, limit: Duration)
    /// The layout and render needed more memory than ``RenderLimits/memory`` bytes.
    case memoryLimitExceeded(engine: String, limit: Int)
    /// An attribute would make Graphviz read a file outside the folders ``FileAccess`` allows.
    case forbiddenFileAccess(attribute: String, path: String)
    /// Graphviz itself crashed on the graph, in a child process (``RenderLimits/isolatesCrashes``),
    /// stopped by `signal` (11 for a segmentation fault); the caller keeps running.
    case crashed(engine: String, signal: Int32)
    /// An attribute holds a link that would run a script (`javascript:`, `vbscript:`, `data:`),
    /// refused unless ``LinkPolicy`` allows it. Tooltips are not refused: Graphviz escapes them.
    case forbiddenLink(attribute: String, value: String)
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
        case let .timeLimitExceeded(engine, limit):
            return "Graphviz layout '\(engine)' took longer than the \(Self.seconds(limit)) allowed and was stopped; allow more time, or try a faster layout such as sfdp"
        case let .memoryLimitExceeded(engine, limit):
            return "Graphviz layout '\(engine)' needed more than the \(limit >= 1_048_576 ? "\(limit / 1_048_576) MB" : "\(limit) bytes") of memory allowed and was stopped; allow more, or draw a smaller graph"
        case let .invalidInput(message):
            return message
        case let .forbiddenFileAccess(attribute, path):
            return "the '\(attribute)' attribute would read '\(path)', outside the folders allowed; remove it, or allow its folder"
        case let .crashed(_, signal):
            return "Graphviz crashed on this input (signal \(signal))"
        case let .forbiddenLink(attribute, value):
            return "the '\(attribute)' attribute holds '\(value.prefix(60))', which a browser would run as a script; remove it, or allow script links"
        }
    }

    /// A duration as seconds a person reads ("2 s", "0.5 s").
    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) + Double(attoseconds) / 1e18
        return value == value.rounded() ? "\(Int64(value)) s" : "\(value) s"
    }
}
