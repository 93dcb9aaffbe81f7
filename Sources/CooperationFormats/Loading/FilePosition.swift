import CooperationCore

/// A place in a data file, kept while loading so that problems found later (an unknown id in a
/// link) point at the line that holds them.
struct FilePosition: Hashable, Sendable {
    var file: String
    var line: Int?
    var column: Int?

    func diagnostic(_ severity: Diagnostic.Severity, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity, file: file, line: line, column: column, message: message, hint: hint)
    }
}
