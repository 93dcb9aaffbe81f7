/// Collects the warnings of a writer.
final class WriterWarnings {
    private(set) var messages: [String] = []
    private var replaced = 0

    /// Counts values that held characters XML 1.0 forbids (replaced by the writer).
    func countReplaced(_ values: Int) {
        replaced += values
    }

    /// The warnings, with the count of cleaned values.
    func finish() -> [String] {
        replaced > 0 ? messages + ["\(replaced) value\(replaced == 1 ? "" : "s") held characters XML 1.0 forbids; they were replaced with U+FFFD"] : messages
    }
}
