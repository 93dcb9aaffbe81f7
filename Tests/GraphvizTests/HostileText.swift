/// IDs and labels that break naive DOT writers.
enum HostileText {
    static let table: [String] = [
        #"say "hello""#,
        #"back\slash"#,
        #"C:\Users\x\"#.dropLast().description,
        #"C:\Users\x\"#,
        "back\\\nslash-newline",
        #"quote after \" backslash"#,
        #"\n as text"#,
        #"\l\r\N\G"#,
        "real\nline break",
        "node", "Edge", "GRAPH", "digraph", "Subgraph", "strict",
        "2nd", "-1.5", ".5", "1e5", "0x1F",
        "🙂 emoji 👩‍👩‍👧",
        "שלום עולם", "مرحبا",
        "Poznań Łódź Żółć", "Győr Hódmezővásárhely", "Ra’ananna",
        "", " ", "a;b", "a{b}c", "a->b", "a--b", "a=b", "[x]", "<tag>", "# hash", "// comment", "/* c */",
        "tab\there", "x\"y\\z",
        String(repeating: "Poznań 🙂 \"q\" ", count: 1_048_576 / 20),
        // Longer than cgraph's 16 KB token buffer: a 10 MB label, an identifier and a numeral.
        String(repeating: "Łx", count: 10 * 1_048_576 / 3),
        String(repeating: "identifier_", count: 2_000),
        String(repeating: "9", count: 20_000),
        // Found by fuzzing: a prepended concatenation mark (U+0605) or a combining mark makes one
        // Character of a backslash or quote and its neighbour.
        "back\u{0605}\\", "\u{0605}\"quote", "say \"\u{0301}hi\"\u{0301}", "\\\u{0301}n",
        // Found by fuzzing: a line break with a quote, a backslash or an end on both sides.
        "\n", "a\\\n\"b", "\"\n\"", "x\\\n\\y", "q\"\n", String(repeating: "a", count: 4_096) + "\n\"",
        String(repeating: "z", count: 4_095) + "\\" + String(repeating: "y", count: 20_000) + "\n" + String(repeating: "w", count: 9_000),
    ]

    /// What cgraph 2.43 holds after reading a quoted attribute value whose text is `raw` (with
    /// no odd run of backslashes): a line break with a `"`, a backslash or an end on both
    /// sides is dropped by its lexer, and no quoted form keeps it.
    static func keptByCgraph(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        func isEscapeOrEnd(_ index: Int) -> Bool {
            !scalars.indices.contains(index) || scalars[index] == "\"" || scalars[index] == "\\"
        }
        var kept = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() where !(scalar == "\n" && isEscapeOrEnd(index - 1) && isEscapeOrEnd(index + 1)) {
            kept.append(scalar)
        }
        return String(kept)
    }
}
