/// RFC 4180 quoting of one CSV field: the one escaper every CSV writer of the package uses.
public enum CSVField {
    /// `field` as it stands in a CSV row: quoted, with quotes doubled, when it holds a comma, a
    /// quote, a carriage return or a line feed anywhere.
    ///
    /// The test runs over Unicode scalars, not `Character`s: Swift reads `"\r\n"` as one
    /// character that equals neither `"\r"` nor `"\n"`, and a field holding it written unquoted
    /// is a row too many.
    public static func escape(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        // By scalar too: Foundation's replacing matches characters, and a quote joined to a
        // combining mark is not one there, yet a CSV reader sees its quote byte.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in field.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// One CSV row of `fields`, without its line break.
    public static func row(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",")
    }
}
