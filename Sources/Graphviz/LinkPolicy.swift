/// Which links a graph's attributes may put into SVG, image maps and PDF.
///
/// `URL`, `href` and their edge, head, tail and label forms, and `HREF` in HTML-like labels,
/// become links a reader clicks. DOT from elsewhere must not turn a diagram into a page that
/// runs its script: by default a link whose scheme is `javascript:`, `vbscript:` or `data:`
/// (in any case, after the spaces and control characters browsers skip) is an error.
/// Tooltips need no policy: Graphviz escapes their markup in every format it writes.
public struct LinkPolicy: Hashable, Sendable {
    /// Whether links that run scripts are let through.
    public var allowsScripts: Bool

    /// Links of `allowsScripts`.
    public init(allowsScripts: Bool) {
        self.allowsScripts = allowsScripts
    }

    /// Refusing links that run scripts: the default.
    public static let refuseScripts = LinkPolicy(allowsScripts: false)

    /// Every link as the graph gives it, for DOT the caller trusts.
    public static let allowScripts = LinkPolicy(allowsScripts: true)

    /// Attributes whose values are links.
    static let linkAttributes: Set<String> = [
        "URL", "href", "edgeURL", "edgehref", "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref",
    ]

    /// Schemes a browser runs rather than follows.
    static let scriptSchemes = ["javascript:", "vbscript:", "data:"]

    /// The first script link in a value of `attribute`: the value itself for a link attribute,
    /// every `HREF` of an HTML-like label.
    func forbiddenLink(in value: String, attribute: String, isHTML: Bool) -> String? {
        guard !allowsScripts else { return nil }
        if isHTML {
            var rest = value[...]
            while let href = rest.range(of: "HREF", options: .caseInsensitive) {
                rest = rest[href.upperBound...]
                let after = rest.drop { $0 == " " || $0 == "=" }
                guard let quote = after.first, quote == "\"" || quote == "'" else { continue }
                let link = String(after.dropFirst().prefix { $0 != quote })
                if Self.runsScript(Self.decodingEntities(link)) { return link }
            }
            return nil
        }
        guard Self.linkAttributes.contains(attribute) else { return nil }
        return Self.runsScript(value) ? value : nil
    }

    /// Whether a browser would run `link`: its scheme, ignoring case and the whitespace and
    /// control characters browsers strip (`" java\tscript:"` runs), is a script scheme.
    static func runsScript(_ link: String) -> Bool {
        let letters = String(String.UnicodeScalarView(link.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).prefix(12)).lowercased()
        return scriptSchemes.contains { letters.hasPrefix($0) }
    }

    /// The few entities that can spell a scheme in an HTML-like attribute (`&#106;avascript:`).
    private static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let tail = rest[amp...]
            if let semicolon = tail.firstIndex(of: ";"), tail.distance(from: amp, to: semicolon) <= 10 {
                let body = tail[tail.index(after: amp)..<semicolon]
                var scalar: UnicodeScalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") { scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(UnicodeScalar.init) }
                else if body.hasPrefix("#") { scalar = UInt32(body.dropFirst()).flatMap(UnicodeScalar.init) }
                else if let named = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&"][String(body)] { scalar = named.unicodeScalars.first }
                if let scalar {
                    result.unicodeScalars.append(scalar)
                    rest = tail[tail.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = tail.dropFirst()
        }
        return result + rest
    }
}
