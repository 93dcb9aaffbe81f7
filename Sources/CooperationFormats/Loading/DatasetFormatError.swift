/// Why no dataset format could be chosen.
public enum DatasetFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path's extension names no format, and none was given.
    case unknownExtension(path: String)

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .unknownExtension(let path):
            "cannot write \(path): unknown output format; use .yaml, .json, .graphml, .gexf, .dot, .mmd, or a folder for CSV"
        }
    }
}
