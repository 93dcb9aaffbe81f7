import Foundation

/// The character encoding of a text file a reader is told to expect.
///
/// Files are UTF-8 unless the caller names another encoding; bytes that are not valid in the
/// encoding are an error naming the file and line, never replaced. The others are those
/// spreadsheets in Central and Western Europe save CSV in.
public enum TextEncoding: String, CaseIterable, Sendable {
    /// UTF-8, with or without a byte-order mark: the default.
    case utf8 = "utf-8"
    /// Windows-1250 (Central European), what Excel with Polish settings saves.
    case windows1250 = "windows-1250"
    /// ISO 8859-2 (Latin-2, Central European).
    case iso88592 = "iso-8859-2"
    /// Windows-1252 (Western European).
    case windows1252 = "windows-1252"
    /// ISO 8859-1 (Latin-1, Western European).
    case iso88591 = "iso-8859-1"

    /// The encoding a name denotes, in any case and with the usual aliases (`cp1250`, `latin2`,
    /// `latin1`, `utf8`).
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "windows-1250", "cp1250", "win-1250", "windows1250": self = .windows1250
        case "iso-8859-2", "iso8859-2", "latin2", "latin-2", "l2": self = .iso88592
        case "windows-1252", "cp1252", "win-1252", "windows1252": self = .windows1252
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1": self = .iso88591
        default: return nil
        }
    }

    private var foundation: String.Encoding {
        switch self {
        case .utf8: .utf8
        case .windows1250: .windowsCP1250
        case .iso88592: .isoLatin2
        case .windows1252: .windowsCP1252
        case .iso88591: .isoLatin1
        }
    }

    /// Where `bytes` first break the encoding: the 1-based line and the offending byte.
    struct Failure: Error {
        var line: Int
        var byte: UInt8
    }

    /// `bytes` as UTF-8: checked when this is UTF-8 (a leading byte-order mark is dropped),
    /// converted otherwise.
    ///
    /// - Throws: ``Failure`` at the first byte that is not valid in the encoding.
    func utf8Bytes(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        if self == .utf8 {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let offset = TextEncoding.firstInvalidUTF8(body) {
                throw Failure(line: 1 + body[..<offset].count(where: { $0 == 0x0A }), byte: body[offset])
            }
            return body
        }
        guard let text = String(bytes: bytes, encoding: foundation) else {
            // Windows-1250 leaves five bytes undefined; find the first for the message.
            let offset = bytes.indices.first { String(bytes: [bytes[$0]], encoding: foundation) == nil } ?? 0
            throw Failure(line: 1 + bytes[..<offset].count(where: { $0 == 0x0A }), byte: bytes.isEmpty ? 0 : bytes[offset])
        }
        return Array(text.utf8)
    }

    /// `bytes` decoded as text in this encoding; see ``utf8Bytes(_:)``.
    func text(_ bytes: [UInt8]) throws(Failure) -> String {
        String(decoding: try utf8Bytes(bytes), as: UTF8.self)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var scalarStart = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += String(scalar).utf8.count
                scalarStart = offset
            case .emptyInput: return nil
            case .error: return scalarStart
            }
        }
    }

    /// The sentence a reader gives for `failure` in `file`.
    func diagnostic(_ failure: Failure, file: String) -> Diagnostic {
        let byte = "0x" + String(failure.byte, radix: 16, uppercase: true)
        if self == .utf8 {
            return Diagnostic(.error, file: file, line: failure.line, message: "not valid UTF-8 text (byte \(byte))",
                              hint: "save the file as UTF-8, or name the encoding it was saved in: windows-1250, iso-8859-2, windows-1252 or iso-8859-1")
        }
        return Diagnostic(.error, file: file, line: failure.line, message: "not valid \(rawValue) text (byte \(byte))",
                          hint: "name the encoding the file was saved in")
    }
}
