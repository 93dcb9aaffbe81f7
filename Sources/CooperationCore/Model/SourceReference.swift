import Foundation

/// Where a fact comes from: a line of a document the dataset declares, or a URL.
public struct SourceReference: Hashable, Sendable, CustomStringConvertible {
    /// The id of a document in ``Dataset/documents``, or `nil` for a URL.
    public var document: String?
    /// The line in the document, 1-based, when known.
    public var line: Int?
    /// A web address, when the source is one.
    public var url: String?

    /// A line of a declared document.
    public init(document: String, line: Int? = nil) {
        self.document = document
        self.line = line
        self.url = nil
    }

    /// A web address.
    public init(url: String) {
        self.document = nil
        self.line = nil
        self.url = url
    }

    /// Parses the dataset notation: `DOCUMENT:LINE`, `DOCUMENT`, or a URL (`https://…`).
    public init?(notation: String) {
        // Most notations have no space at either end; trimming through Foundation copies every one.
        let untrimmed = notation.unicodeScalars.first.map(CharacterSet.whitespaces.contains) == false
            && notation.unicodeScalars.last.map(CharacterSet.whitespaces.contains) == false
        let text = untrimmed ? notation : notation.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if SourceReference.hasScheme(text) {
            self.init(url: text)
        } else if let colon = text.lastIndex(of: ":"), let line = Int(text[text.index(after: colon)...]), line > 0 {
            self.init(document: String(text[..<colon]), line: line)
        } else {
            self.init(document: text)
        }
    }

    /// Whether `text` holds `://`, as a URL does; read over the bytes, since Foundation's search
    /// bridges every notation to an `NSString`.
    private static func hasScheme(_ text: String) -> Bool {
        var last: UInt8 = 0, beforeLast: UInt8 = 0
        for byte in text.utf8 {
            if beforeLast == 0x3A, last == 0x2F, byte == 0x2F { return true }
            beforeLast = last
            last = byte
        }
        return false
    }

    /// The dataset notation: `DOCUMENT:LINE`, `DOCUMENT` or the URL.
    public var description: String {
        if let url { return url }
        if let line { return "\(document ?? ""):\(line)" }
        return document ?? ""
    }
}
