import CooperationCore
import Foundation

/// Text made safe for XML 1.0, which forbids most control characters and a few others.
enum XMLText {
    /// `text` with every character XML 1.0 forbids replaced by U+FFFD, and whether any was.
    static func clean(_ text: String) -> (text: String, replaced: Bool) {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return (text, false) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return (String(result), true)
    }

    /// XML 1.0's Char production.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
