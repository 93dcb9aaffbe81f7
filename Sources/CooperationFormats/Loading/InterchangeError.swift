import CooperationCore
import Foundation

/// A value an interchange file holds that does not fit the cooperation graph.
enum InterchangeError: Error, CustomStringConvertible {
    case missing(String, of: String)
    case invalid(String, value: String, of: String, expected: String)
    case emptyID

    var description: String {
        switch self {
        case let .missing(name, what): "\(what) has no '\(name)' attribute"
        case let .invalid(name, value, what, expected): "\(what) has \(name) '\(value)', expected \(expected)"
        case .emptyID: "a node has an empty or missing id"
        }
    }
}
