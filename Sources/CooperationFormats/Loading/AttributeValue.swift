import CooperationCore
import Foundation

/// A typed attribute value in the interchange formats (GraphML, GEXF, node-link JSON, DOT).
enum AttributeValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)

    /// The value as text: integers in decimal, doubles in their shortest exact form.
    var text: String {
        switch self {
        case .string(let text): text
        case .int(let value): String(value)
        case .double(let value): String(value)
        }
    }
}
