import Foundation

/// A Graphviz label as lines of styled text, for a slide's text frame: HTML-like labels
/// (`<B>`, `<I>`, `<FONT POINT-SIZE COLOR>`, `<BR/>`, character entities) and plain labels
/// (`\N` for the node's name, `\n`, `\l`, `\r` line breaks).
struct LabelText: Hashable, Sendable {
    /// A piece of text in one style.
    struct Run: Hashable, Sendable {
        var text: String
        var bold = false
        var italic = false
        /// Points, when the label sets a size.
        var pointSize: Double?
        /// A Graphviz colour, when the label sets one.
        var colour: String?
    }

    /// The lines, each a list of runs.
    var lines: [[Run]]

    /// The text without styles, lines joined by `\n`.
    var plainText: String { lines.map { $0.map(\.text).joined() }.joined(separator: "\n") }

    /// Whether there is no visible text.
    var isEmpty: Bool { lines.allSatisfy { $0.allSatisfy { $0.text.isEmpty } } }

    /// The label of an object, `name` standing in for `\N`.
    init(label: String, isHTML: Bool, name: String) {
        lines = isHTML ? Self.parseHTML(label) : Self.parsePlain(label, name: name)
    }

    private static func parsePlain(_ label: String, name: String) -> [[Run]] {
        var lines: [[Run]] = [], current = ""
        var characters = label.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else {
                current.append(character)
                continue
            }
            switch characters.next() {
            case "N": current += name
            case "n", "l", "r":
                lines.append([Run(text: current)])
                current = ""
            case let other?: current.append(other)
            case nil: current.append("\\")
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append([Run(text: current)]) }
        return lines
    }

    private static func parseHTML(_ markup: String) -> [[Run]] {
        var lines: [[Run]] = [[]]
        var styles = [Run(text: "")]
        var text = ""
        func flush() {
            guard !text.isEmpty, var run = styles.last else { return }
            run.text = decodeEntities(text)
            lines[lines.count - 1].append(run)
            text = ""
        }
        var index = markup.startIndex
        while index < markup.endIndex {
            let character = markup[index]
            guard character == "<", let close = markup[index...].firstIndex(of: ">") else {
                if character != "\n" { text.append(character) }
                index = markup.index(after: index)
                continue
            }
            flush()
            let tag = markup[markup.index(after: index)..<close]
            index = markup.index(after: close)
            let name = tag.prefix { !$0.isWhitespace && $0 != "/" }.uppercased()
            if tag.hasPrefix("/") {
                if styles.count > 1 { styles.removeLast() }
                continue
            }
            guard var style = styles.last else { continue }
            switch name {
            case "BR":
                lines.append([])
                continue
            case "B": style.bold = true
            case "I": style.italic = true
            case "FONT":
                if let size = attribute("POINT-SIZE", in: tag).flatMap(Double.init) { style.pointSize = size }
                if let colour = attribute("COLOR", in: tag) { style.colour = colour }
            default: break
            }
            if !tag.hasSuffix("/") { styles.append(style) }
        }
        flush()
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The value of `NAME="…"` in a tag, case-insensitively.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: name + "=\"", options: .caseInsensitive),
              let end = tag[range.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[range.upperBound..<end])
    }

    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = "", index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let end = text[index...].firstIndex(of: ";"), text.distance(from: index, to: end) <= 10 {
                let entity = text[text.index(after: index)..<end]
                if let decoded = decode(entity) {
                    result.append(decoded)
                    index = text.index(after: end)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }

    private static func decode(_ entity: Substring) -> Character? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}
