import Foundation

/// A tag of an SVG file, with its attributes and, for `<text>` and `<title>`, its content.
struct SVGTag {
    var name: String
    var attributes: [String: String]
    var isClosing: Bool
    var isSelfClosing: Bool
    var text: String

    /// The tags of `svg` in order; comments, the declaration and the doctype are skipped.
    static func scan(_ svg: String) -> [SVGTag] {
        var tags: [SVGTag] = []
        let bytes = Array(svg.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            var end = index + 1
            var quote: UInt8?
            while end < bytes.count {
                let byte = bytes[end]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                end += 1
            }
            let inner = String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self)
            index = end + 1
            if inner.hasPrefix("!") || inner.hasPrefix("?") { continue }
            var tag = parse(inner)
            if tag.name == "text" || tag.name == "title", !tag.isClosing, !tag.isSelfClosing {
                var close = index
                while close < bytes.count, bytes[close] != UInt8(ascii: "<") { close += 1 }
                tag.text = String(decoding: bytes[index..<close], as: UTF8.self)
            }
            tags.append(tag)
        }
        return tags
    }

    private static func parse(_ inner: String) -> SVGTag {
        var body = Substring(inner)
        let closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        let selfClosing = body.hasSuffix("/")
        if selfClosing { body = body.dropLast() }
        let name = String(body.prefix { !$0.isWhitespace })
        var attributes: [String: String] = [:]
        var rest = body.dropFirst(name.count)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            var valueStart = rest.index(after: equals)
            guard valueStart < rest.endIndex else { break }
            let quote = rest[valueStart]
            guard quote == "\"" || quote == "'" else { break }
            valueStart = rest.index(after: valueStart)
            guard let valueEnd = rest[valueStart...].firstIndex(of: quote) else { break }
            attributes[key] = String(rest[valueStart..<valueEnd])
            rest = rest[rest.index(after: valueEnd)...]
        }
        return SVGTag(name: name, attributes: attributes, isClosing: closing, isSelfClosing: selfClosing, text: "")
    }

    /// Text with XML's entities replaced by their characters.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) } else { result += "&\(entity);" }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
