/// Why a deck could not be made.
public enum SlideDeckError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The ZIP archive of the deck came out empty.
    case emptyArchive

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .emptyArchive: "the deck's archive holds no data; this is a bug in CooperationGraph, please report it"
        }
    }
}
