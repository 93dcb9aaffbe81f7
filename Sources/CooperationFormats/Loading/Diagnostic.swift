import CooperationCore
/// A problem found in a data file, with the place it was found and what to do about it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The file cannot be used until it is fixed.
        case error
        /// The file was read, but something was guessed or looks wrong.
        case warning
    }

    /// Whether the problem stops the file from loading.
    public var severity: Severity
    /// The file's path as given.
    public var file: String
    /// The line, 1-based, when known.
    public var line: Int?
    /// The column, 1-based, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// A diagnostic at a place in a file.
    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message (hint)`, as compilers write it.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        var text = "\(place): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }

    /// Orders by file, line, column.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}

/// The errors that kept one or more data files from loading, every one of them, in file order.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    /// Every diagnostic found, errors and warnings.
    public let diagnostics: [Diagnostic]

    /// The errors among ``diagnostics``.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// One line a diagnostic.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
