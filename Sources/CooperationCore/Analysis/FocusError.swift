/// Why no entity could be taken as the focus of statistics, diagrams or a report.
public enum FocusError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The dataset declares no focus and none was given.
    case noFocus
    /// The focus id is not in the dataset.
    case unknownFocus(String)

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .noFocus: "the dataset declares no focus; add 'focus: ID' to it, or name the focus entity"
        case .unknownFocus(let id): "unknown focus '\(id)': no entity has this id"
        }
    }
}

/// The name errors had before they were named for what fails.
@available(*, deprecated, renamed: "FocusError")
public typealias StatisticsError = FocusError
