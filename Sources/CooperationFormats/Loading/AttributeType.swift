import CooperationCore
import Foundation

/// The type an attribute is declared with.
enum AttributeType: String, Sendable {
    case string, int, double
}
