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
    ]
}
