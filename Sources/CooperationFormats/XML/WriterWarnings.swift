import CooperationCore
import Foundation

/// Collects the warnings of a writer.
final class WriterWarnings {
    private(set) var messages: [String] = []
    private var replaced = 0

    /// Cleans text for XML, counting replacements.
    func clean(_ text: String) -> String {
        let (cleaned, changed) = XMLText.clean(text)
        if changed { replaced += 1 }
        return cleaned
    }

    /// The warnings, with the count of cleaned values.
    func finish() -> [String] {
        replaced > 0 ? messages + ["\(replaced) value\(replaced == 1 ? "" : "s") held characters XML 1.0 forbids; they were replaced with U+FFFD"] : messages
    }
}
