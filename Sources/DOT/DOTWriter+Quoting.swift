extension DOTWriter {
    /// The DOT keywords, which are never bare IDs, in any case.
    static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// The longest run of bytes written without a break: cgraph's lexer refuses a token (an
    /// identifier, a numeral, or a stretch of a quoted string between escapes) longer than its
    /// 16,384-byte buffer, so longer IDs are quoted and long stretches are split with `\`
    /// and a line break, which cgraph removes.
    static let longestRun = 4096

    /// `text` written as a DOT ID: bare when the grammar reads it back as the same ID (an
    /// identifier or a numeral that is not a keyword), otherwise double-quoted.
    ///
    /// Inside quotes, `"` becomes `\"`; a backslash stays a literal backslash, as cgraph keeps
    /// it; a line break stays a line break; any Unicode text is written as UTF-8. Two things DOT
    /// cannot hold are handled: U+0000 is dropped, and text with a run of an odd number of
    /// backslashes right before a `"`, a line break or the end, or with a line break that has
    /// a `"`, a backslash or an end on both sides (cgraph 2.43's lexer drops it), is written as an HTML-like ID `<…>` when its
    /// angle brackets balance; otherwise such a backslash run gets one more backslash. Text of
    /// any length is readable: a quoted string is continued on a new line (`\` and a line
    /// break, which cgraph removes) every few kilobytes. (cgraph also renames any ID that
    /// starts with `%`, its prefix for anonymous objects; no writer can keep such an ID.)
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func quote(_ text: String) -> String {
        var output: [UInt8] = []
        appendQuoted(text, allowingHTML: true, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` as a DOT ID to `output`; `allowingHTML` is false for attribute values,
    /// where the `<…>` form would turn text into an HTML-like label.
    ///
    /// Works on the text's UTF-8 bytes in place: the usual ID or value (ASCII, no quote, no
    /// backslash) is scanned once and copied once, with no string made on the way.
    static func appendQuoted(_ text: String, allowingHTML: Bool, to output: inout [UInt8]) {
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            appendQuoted(text, bytes: bytes, allowingHTML: allowingHTML, to: &output)
        }
        if written == nil {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { appendQuoted(text, bytes: $0, allowingHTML: allowingHTML, to: &output) }
        }
    }

    private static func appendQuoted(_ text: String, bytes: UnsafeBufferPointer<UInt8>, allowingHTML: Bool, to output: inout [UInt8]) {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
        // One pass tells the plain cases apart: ASCII only, and no byte that quoting changes.
        var ascii = true, plain = true
        for byte in bytes {
            if byte >= 0x80 { ascii = false }
            if byte == quote || byte == backslash || byte == 0 || byte == newline { plain = false }
        }
        if bytes.count <= longestRun, ascii ? isBareASCIIIdentifier(bytes) || isNumeral(text) : isBareIdentifier(text) {
            output.append(contentsOf: bytes)
            return
        }
        if plain, bytes.count <= longestRun {
            // Nothing to escape, and no run long enough to break.
            output.append(quote)
            output.append(contentsOf: bytes)
            output.append(quote)
            return
        }
        if allowingHTML, needsMending(text), hasBalancedAngleBrackets(text), !bytes.contains(0) {
            // A quoted string cannot hold this text, but an HTML-like ID can: cgraph keeps its
            // characters as they are.
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: bytes)
            output.append(UInt8(ascii: ">"))
            return
        }
        output.reserveCapacity(output.count + bytes.count + 2)
        output.append(quote)
        var backslashes = 0
        var run = 0
        for byte in bytes {
            // A continuation byte belongs to the character its lead byte began.
            if byte & 0xC0 == 0x80 {
                output.append(byte)
                run += 1
                continue
            }
            switch byte {
            case backslash:
                backslashes += 1
                output.append(byte)
                run = 0
                continue
            case quote:
                if backslashes % 2 == 1 { output.append(backslash) }
                output.append(backslash)
                output.append(quote)
                run = 0
            case 0:
                break
            default:
                if byte == newline, backslashes % 2 == 1 { output.append(backslash) }
                // Only between two ordinary characters, where `\` cannot pair with a neighbour,
                // and not before a line break, which would stand alone after it.
                if run >= longestRun, backslashes == 0, byte != newline {
                    output.append(backslash)
                    output.append(newline)
                    run = 0
                }
                output.append(byte)
                run += 1
            }
            backslashes = 0
        }
        if backslashes % 2 == 1 { output.append(backslash) }
        output.append(quote)
    }

    /// ``isBareIdentifier(_:)`` for ASCII bytes: a letter or `_`, then letters, digits and
    /// `_`, and not a keyword in any case.
    private static func isBareASCIIIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, isASCIILetter(first) else { return false }
        for byte in bytes.dropFirst() where !isASCIILetter(byte) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            return false
        }
        return bytes.count > 8 || !isKeyword(bytes)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "_")
    }

    /// The keywords as bytes, for comparing letters without making a lowercased string.
    private static let keywordBytes: [[UInt8]] = keywords.map { Array($0.utf8) }

    /// Whether ASCII letters `bytes` spell a keyword in any case.
    private static func isKeyword(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keywordBytes.contains { keyword in
            keyword.count == bytes.count && zip(keyword, bytes).allSatisfy { $0 == $1 | 0x20 }
        }
    }

    /// Whether cgraph would read `text`, quoted, as something else: an odd run of backslashes
    /// right before a `"`, a line break or the end; or a line break with a `"`, a backslash or
    /// an end of the text on both sides (cgraph 2.43's lexer reads such a line break, alone
    /// between two escapes, as the space between tokens and drops it).
    static func needsMending(_ text: String) -> Bool {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
        var backslashes = 0
        // A line break seen with an escape or the start before it: mending is needed if an
        // escape or the end comes right after. One pass, no copy: this runs for every quoted ID.
        var loneBreakPending = false
        var previousIsEscapeOrStart = true
        for byte in text.utf8 {
            if loneBreakPending, byte == quote || byte == backslash { return true }
            loneBreakPending = false
            if byte == backslash {
                backslashes += 1
                previousIsEscapeOrStart = true
                continue
            }
            if backslashes % 2 == 1, byte == quote || byte == newline { return true }
            backslashes = 0
            if byte == newline, previousIsEscapeOrStart { loneBreakPending = true }
            previousIsEscapeOrStart = byte == quote
        }
        return loneBreakPending || backslashes % 2 == 1
    }

    /// Whether every `>` closes an earlier `<` and none is left open, as an HTML-like ID needs.
    static func hasBalancedAngleBrackets(_ text: String) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "<") { depth += 1 }
            if byte == UInt8(ascii: ">") { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    /// Whether `text` is a DOT identifier that is not a keyword: a letter or `_` followed by
    /// letters, digits and `_`. Non-ASCII letters count as letters; other non-ASCII
    /// characters (emoji, spaces, punctuation) make the text quoted.
    static func isBareIdentifier(_ text: String) -> Bool {
        var iterator = text.unicodeScalars.makeIterator()
        guard let first = iterator.next(), isLetter(first) else { return false }
        while let scalar = iterator.next() {
            guard isLetter(scalar) || ("0"..."9").contains(scalar) else { return false }
        }
        if text.utf8.count <= 8, keywords.contains(text.lowercased()) { return false }
        return true
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
        }
        return scalar.properties.isAlphabetic && !scalar.properties.isWhitespace
    }

    /// Whether `text` is a DOT numeral: `[-]?(.[0-9]+ | [0-9]+(.[0-9]*)?)`.
    static func isNumeral(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return false }
        var digitsBefore = 0, digitsAfter = 0, dots = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if dots == 0 { digitsBefore += 1 } else { digitsAfter += 1 }
            case UInt8(ascii: "."):
                dots += 1
                if dots > 1 { return false }
            default:
                return false
            }
        }
        return digitsBefore > 0 || digitsAfter > 0
    }
}
