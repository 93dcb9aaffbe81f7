import Foundation

/// Writes XML straight into bytes, element by element, with the one escaper every XML writer
/// uses: no document tree is built, so a world-scale graph costs its output and little more.
///
/// Output is UTF-8 with a declaration, one element a line, indented by two spaces per level.
/// Text is escaped for where it stands: `&`, `<` and `>` everywhere (`>` so that `]]>` never
/// appears), quotes in attribute values, and the whitespace a parser would normalise (`\r` in
/// text; tab, line feed and carriage return in attribute values) as character references, so
/// every value reads back as it was. Characters XML 1.0 forbids are replaced with U+FFFD and
/// counted in ``replacedValues``.
struct XMLStreamWriter {
    private(set) var bytes: [UInt8] = []
    /// How many values held a character XML 1.0 forbids.
    private(set) var replacedValues = 0
    private var depth = 0

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        append(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        bytes.append(0x0A)
    }

    /// `<name a="v"…>` on a line of its own; close it with ``close(_:)``.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        append(">\n")
        depth += 1
    }

    /// `</name>` closing the innermost open element.
    mutating func close(_ name: String) {
        depth -= 1
        indent()
        append("</")
        append(name)
        append(">\n")
    }

    /// `<name a="v"…/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        append("/>\n")
    }

    /// `<name a="v"…>text</name>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        start(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        escape(text, inAttribute: false)
        append("</")
        append(name)
        append(">\n")
    }

    private mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for (key, value) in attributes {
            bytes.append(0x20)
            append(key)
            append("=\"")
            escape(value, inAttribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func indent() {
        for _ in 0..<depth { append("  ") }
    }

    /// Appends markup (names and punctuation, never data).
    private mutating func append(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends data escaped for text content or for an attribute value in double quotes.
    private mutating func escape(_ text: String, inAttribute: Bool) {
        var text = text
        var replaced = false
        text.withUTF8 { utf8 in
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "<"): append("&lt;")
                case UInt8(ascii: ">"): append("&gt;")
                case UInt8(ascii: "\"") where inAttribute: append("&quot;")
                case 0x0D: append("&#13;")
                case 0x09 where inAttribute: append("&#9;")
                case 0x0A where inAttribute: append("&#10;")
                case 0x09, 0x0A: bytes.append(byte)
                case ..<0x20:
                    bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced = true
                case 0xEF where index + 2 < count && utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
                    // U+FFFE and U+FFFF, the only scalars above U+001F a Swift string can hold that XML forbids.
                    bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced = true
                    index += 2
                default: bytes.append(byte)
                }
                index += 1
            }
        }
        if replaced { replacedValues += 1 }
    }
}
