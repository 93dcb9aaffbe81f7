/// The text of a DOT file, read in the character set the file declares.
///
/// Graphviz reads DOT as UTF-8 unless the graph says `charset=latin1` (or `iso-8859-1`, `l1`),
/// and files in Latin-1 exist: Graphviz's own example `Latin1.gv` is one. A Swift `String` is
/// Unicode, so such a file is decoded as Latin-1 here; the graph read from it then declares
/// UTF-8 (the Graphviz module does so on every parse), which is what ``DOTWriter`` writes.
public enum DOTFileText {
    /// Why the bytes of a DOT file are not text: the 1-based line and the byte.
    public struct DecodingError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The line of the first byte that is not valid UTF-8.
        public let line: Int
        /// That byte.
        public let byte: UInt8
        /// A sentence a person can act on.
        public var description: String {
            "not valid UTF-8 text on line \(line) (byte 0x\(String(byte, radix: 16, uppercase: true))); save it as UTF-8, or declare charset=latin1 if it is Latin-1"
        }
    }

    /// Names of Latin-1 that Graphviz accepts for `charset`.
    static let latin1Names: Set<String> = ["latin1", "latin-1", "l1", "iso-8859-1", "iso_8859-1", "iso8859-1", "iso-ir-100", "ibm819", "cp819", "csisolatin1"]

    /// Whether `name`, a value of `charset`, means Latin-1.
    public static func isLatin1(_ name: String) -> Bool {
        latin1Names.contains(name.lowercased())
    }

    /// The text of a DOT file whose bytes are `bytes`: decoded as Latin-1 when the file
    /// declares that charset, and as UTF-8 (a byte-order mark dropped) otherwise.
    ///
    /// - Throws: ``DecodingError`` at the first byte that is not valid UTF-8, when the file
    ///   does not declare Latin-1. No byte is ever replaced.
    public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> String {
        if let charset = declaredCharset(bytes), isLatin1(charset) {
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(UnicodeScalar(byte)) }
            return String(scalars)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case let .scalarValue(scalar) = decoder.decode(&iterator) { offset += String(scalar).utf8.count }
        let index = min(offset, body.count - 1)
        throw DecodingError(line: 1 + body[..<index].count(where: { $0 == 0x0A }), byte: body[index])
    }

    /// The value of the first `charset = …` in `bytes`, quoted or not, in any case.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let word = Array("charset".utf8)
        var index = 0
        while index + word.count <= lower.count {
            guard lower[index] == word[0], Array(lower[index..<index + word.count]) == word else {
                index += 1
                continue
            }
            // A longer name (`xcharset`, `charsets`) is not the attribute.
            let before = index > 0 ? lower[index - 1] : 0x20
            var cursor = index + word.count
            index = cursor
            if isNameByte(before) || (cursor < lower.count && isNameByte(lower[cursor])) { continue }
            while cursor < lower.count, lower[cursor] == 0x20 || lower[cursor] == 0x09 || lower[cursor] == 0x0A || lower[cursor] == 0x0D { cursor += 1 }
            guard cursor < lower.count, lower[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            while cursor < lower.count, lower[cursor] == 0x20 || lower[cursor] == 0x09 { cursor += 1 }
            if cursor < lower.count, lower[cursor] == UInt8(ascii: "\"") { cursor += 1 }
            let start = cursor
            while cursor < lower.count, isNameByte(lower[cursor]) || lower[cursor] == UInt8(ascii: "-") { cursor += 1 }
            return String(decoding: bytes[start..<cursor], as: UTF8.self)
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == UInt8(ascii: "_")
    }
}
