/// An HTML-like label: Graphviz's small markup language for tables, fonts and line breaks.
///
/// Markup is never quoted; it is written between `<` and `>`. Plain text placed in a label goes
/// through ``escaping(_:)`` (or the `+` operators with a `String`), so a city called
/// `"A<B & C"` can never break the markup.
///
/// ```swift
/// let label = HTMLLabel.bold("Poznań") + HTMLLabel.lineBreak + "Poland & partners"
/// ```
public struct HTMLLabel: Hashable, Sendable {
    /// The markup, without the enclosing `<` and `>`.
    public var markup: String

    /// A label made of markup you trust, such as `<TABLE>…</TABLE>`.
    public init(markup: String) {
        self.markup = markup
    }

    /// A label holding plain text, XML-escaped.
    public init(text: String) {
        self.markup = HTMLLabel.escaping(text)
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` so that `text` reads as text inside markup.
    /// Characters XML 1.0 forbids (controls other than tab, line feed and carriage return) are dropped.
    public static func escaping(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `<BR/>`, a line break.
    public static let lineBreak = HTMLLabel(markup: "<BR/>")

    /// Text in bold.
    public static func bold(_ text: String) -> HTMLLabel {
        HTMLLabel(markup: "<B>\(escaping(text))</B>")
    }

    /// Text in italics.
    public static func italic(_ text: String) -> HTMLLabel {
        HTMLLabel(markup: "<I>\(escaping(text))</I>")
    }

    /// `content` wrapped in a `<FONT>` element with the given attributes (for example
    /// `["POINT-SIZE": "10", "COLOR": "#555555"]`), attribute values escaped, written in key order.
    public static func font(_ attributes: [String: String], _ content: HTMLLabel) -> HTMLLabel {
        HTMLLabel(markup: "<FONT\(attributeList(attributes))>\(content.markup)</FONT>")
    }

    /// Writes ` KEY="value"` pairs in key order, values escaped.
    public static func attributeList(_ attributes: [String: String]) -> String {
        attributes.keys.sorted().map { " \($0)=\"\(escaping(attributes[$0] ?? ""))\"" }.joined()
    }

    /// Two labels one after the other.
    public static func + (lhs: HTMLLabel, rhs: HTMLLabel) -> HTMLLabel {
        HTMLLabel(markup: lhs.markup + rhs.markup)
    }

    /// A label followed by plain text, escaped.
    public static func + (lhs: HTMLLabel, rhs: String) -> HTMLLabel {
        HTMLLabel(markup: lhs.markup + escaping(rhs))
    }

    /// Plain text, escaped, followed by a label.
    public static func + (lhs: String, rhs: HTMLLabel) -> HTMLLabel {
        HTMLLabel(markup: escaping(lhs) + rhs.markup)
    }
}
