/// An attribute value in a DOT document.
///
/// Graphviz treats the text of some attributes (`label`, `xlabel`, `tooltip`, `URL`…) as an
/// *escString*: `\n`, `\l` and `\r` end a line, `\N` stands for the node's name, `\G` for the
/// graph's, and `\\` for one backslash. A ``DOTValue`` keeps those two meanings apart so that a
/// user never gets an escape by accident:
///
/// - ``text(_:)`` is plain text, shown exactly as given: a backslash stays a backslash.
/// - ``escString(_:)`` is text in Graphviz's escape language, for the rare case you want `\l`.
/// - ``html(_:)`` is an HTML-like label, written `<…>`.
/// - ``raw(_:)`` is a value handed to Graphviz untouched (colours, shapes, numbers).
///
/// A string literal makes a ``text(_:)`` value.
public struct DOTValue: Hashable, Sendable {
    /// Whether a value is an ordinary string or an HTML-like label.
    public enum Kind: Hashable, Sendable {
        /// A string, written as an ID or a double-quoted string.
        case string
        /// An HTML-like label, written between `<` and `>`.
        case html
    }

    /// Whether the value is a string or an HTML-like label.
    public let kind: Kind

    /// The value as Graphviz holds it after parsing the DOT text we write.
    ///
    /// For ``text(_:)`` this is the text with every backslash doubled; for the other kinds it is
    /// the text itself.
    public let rawValue: String

    private init(kind: Kind, rawValue: String) {
        self.kind = kind
        self.rawValue = rawValue
    }

    /// Plain text, shown by Graphviz exactly as given (backslashes included); line breaks in
    /// the text are kept as line breaks.
    public static func text(_ text: String) -> DOTValue {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return DOTValue(kind: .string, rawValue: text) }
        return DOTValue(kind: .string, rawValue: text.replacingAll("\\", with: "\\\\"))
    }

    /// Text in Graphviz's escString language: `\n`, `\l`, `\r`, `\N`, `\G`, `\E`, `\T`, `\H`
    /// and `\\` keep their Graphviz meaning.
    public static func escString(_ text: String) -> DOTValue {
        DOTValue(kind: .string, rawValue: text)
    }

    /// A value passed to Graphviz as it is, such as a colour (`"#1b9e77"`), a shape (`box`) or a
    /// number. Use ``text(_:)`` for anything a reader sees.
    public static func raw(_ value: String) -> DOTValue {
        DOTValue(kind: .string, rawValue: value)
    }

    /// An HTML-like label.
    public static func html(_ label: HTMLLabel) -> DOTValue {
        DOTValue(kind: .html, rawValue: label.markup)
    }

    /// A number, written in the shortest form that reads back to the same `Double`.
    public static func number(_ value: Double) -> DOTValue {
        if value == value.rounded(), abs(value) < 1e15 {
            return DOTValue(kind: .string, rawValue: String(Int64(value)))
        }
        return DOTValue(kind: .string, rawValue: String(value))
    }

    /// A Boolean, written `true` or `false`.
    public static func bool(_ value: Bool) -> DOTValue {
        DOTValue(kind: .string, rawValue: value ? "true" : "false")
    }
}

extension DOTValue: ExpressibleByStringLiteral {
    /// Makes a ``text(_:)`` value: a literal is plain text.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension DOTValue: ExpressibleByIntegerLiteral {
    /// Makes a number value.
    public init(integerLiteral value: Int) {
        self = .raw(String(value))
    }
}

extension DOTValue: ExpressibleByFloatLiteral {
    /// Makes a number value.
    public init(floatLiteral value: Double) {
        self = .number(value)
    }
}

extension DOTValue: CustomStringConvertible {
    /// The value as Graphviz holds it, HTML labels between `<` and `>`.
    public var description: String {
        kind == .html ? "<\(rawValue)>" : rawValue
    }
}

extension String {
    /// Replaces every occurrence of `target`, without Foundation.
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        // By scalar, not by Character: a prepended concatenation mark (U+0600…U+0605) or a
        // combining mark would otherwise hide the target inside one grapheme cluster.
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
