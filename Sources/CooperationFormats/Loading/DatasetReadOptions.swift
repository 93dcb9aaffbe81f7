/// How to read dataset files whose bytes or dialect the file itself does not declare.
///
/// ```swift
/// let options = DatasetReadOptions(encoding: .windows1250, separator: ";")
/// let dataset = try DatasetLoader.load(["excel-export/"], options: options)
/// ```
public struct DatasetReadOptions: Hashable, Sendable {
    /// The encoding of every text file read (UTF-8 by default; a byte-order mark is accepted).
    public var encoding: TextEncoding
    /// The column separator of the CSV pair: a comma, semicolon or tab, or `nil` to take it
    /// from each file's header line.
    public var separator: Character?

    /// Options of `encoding` and `separator`.
    public init(encoding: TextEncoding = .utf8, separator: Character? = nil) {
        self.encoding = encoding
        self.separator = separator
    }

    /// UTF-8 text, and separators taken from each CSV header: the default.
    public static let standard = DatasetReadOptions()
}
