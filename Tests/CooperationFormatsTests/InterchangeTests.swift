import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// Every format we write reads back to the same dataset, and the tools that own the formats
/// (NetworkX here) read what we write.
@Suite struct InterchangeTests {
    static let roundTripFormats: [(DatasetFormat, String)] = [
        (.yaml, "yaml"), (.json, "json"), (.nodeLink, "json"), (.graphML, "graphml"), (.gexf, "gexf"), (.dot, "dot"),
    ]

    @Test(arguments: [Fixtures.poznanYAML, Fixtures.worldSmall])
    func everyFormatReadsBackEqual(_ input: String) throws {
        let original = try DatasetLoader.load([input])
        let folder = try Fixtures.temporaryFolder()
        for (format, fileExtension) in Self.roundTripFormats {
            let path = folder.appendingPathComponent("out-\(format.rawValue).\(fileExtension)").path
            let warnings = try DatasetWriter.write(original, to: path, as: format)
            #expect(warnings.isEmpty)
            let back = try DatasetLoader.load([path])
            #expect(back == original, "\(format) does not read back equal")
            if back != original {
                #expect(back.entities.count == original.entities.count)
                if let first = zip(back.entities, original.entities).first(where: { $0 != $1 }) { #expect(first.0 == first.1) }
                if let first = zip(back.links, original.links).first(where: { $0 != $1 }) { #expect(first.0 == first.1) }
            }
            let again = try DatasetWriter.encode(back, as: format).files[0].data
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == again, "\(format) is not deterministic")
        }
    }

    @Test func csvPairKeepsTheResearchSchema() throws {
        let original = try DatasetLoader.load([Fixtures.worldSmall])
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("pair")
        try DatasetWriter.write(original, to: folder.path, as: .csv)
        let nodes = try String(contentsOf: folder.appendingPathComponent("nodes.csv"), encoding: .utf8)
        let source = try String(contentsOfFile: Fixtures.worldSmall + "/nodes.csv", encoding: .utf8)
        #expect(nodes.replacingOccurrences(of: "\r\n", with: "\n") == source.replacingOccurrences(of: "\r\n", with: "\n"))
        let back = try DatasetLoader.load([folder.path])
        #expect(back.entities.map(\.id) == original.entities.map(\.id))
        #expect(back.links.map(\.kind) == original.links.map(\.kind))
    }

    static let networkXReader = #"""
    import json, sys
    import networkx as nx
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "graphml":
        G = nx.read_graphml(path, force_multigraph=True)
    elif kind == "gexf":
        G = nx.read_gexf(path, version="1.3")
    else:
        G = nx.node_link_graph(json.load(open(path, encoding="utf-8")), edges="edges")
    nodes = {n: {"kind": d.get("kind"), "label": d.get("label"), "country": d.get("country")} for n, d in G.nodes(data=True)}
    edges = sorted([min(u, v), max(u, v), d.get("kind"), d.get("year")] for u, v, d in G.edges(data=True))
    print(json.dumps({"nodes": nodes, "edges": edges}, default=str))
    """#

    struct NetworkXView: Decodable {
        struct Node: Decodable, Equatable {
            let kind: String?
            let label: String?
            let country: String?
        }
        let nodes: [String: Node]
        let edges: [[Value]]
    }

    enum Value: Decodable, Equatable, Comparable {
        case text(String), number(Int), none
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .none } else if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }
        static func < (lhs: Value, rhs: Value) -> Bool { "\(lhs)" < "\(rhs)" }
    }

    @Test(arguments: [(DatasetFormat.graphML, "graphml"), (.gexf, "gexf"), (.nodeLink, "json")])
    func networkXReadsWhatWeWrite(_ format: DatasetFormat, _ fileExtension: String) throws {
        let dataset = try DatasetLoader.load([Fixtures.poznanYAML])
        let path = try Fixtures.temporaryFolder().appendingPathComponent("poznan.\(fileExtension)").path
        try DatasetWriter.write(dataset, to: path, as: format)
        let kind = format == .nodeLink ? "nodelink" : fileExtension
        let view = try JSONDecoder().decode(NetworkXView.self, from: Fixtures.python(Self.networkXReader, arguments: [kind, path]))
        #expect(view.nodes.count == dataset.entities.count)
        for entity in dataset.entities {
            #expect(view.nodes[entity.id] == NetworkXView.Node(kind: entity.kind.rawValue, label: entity.name, country: entity.country), "\(entity.id)")
        }
        let ours = dataset.links.map { link in
            [Value.text(min(link.source, link.target)), .text(max(link.source, link.target)), .text(link.kind.rawValue), link.year.map(Value.number) ?? .none]
        }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(view.edges.sorted { $0.lexicographicallyPrecedes($1) } == ours)
    }

    @Test func xmlForbiddenCharactersAreReplacedWithAWarning() throws {
        var dataset = Dataset(title: "bad\u{1}title")
        dataset.add(Entity(id: "a", kind: .city, name: "tab\tand bell\u{7}", country: "PL"))
        let output = try DatasetWriter.encode(dataset, as: .graphML)
        #expect(output.warnings.count == 1)
        let text = String(decoding: output.files[0].data, as: UTF8.self)
        #expect(text.contains("bell\u{FFFD}"))
        #expect(!text.contains("\u{7}"))
    }

    @Test func mermaidEscapesLabelsAndGroupsPartnersByContinent() throws {
        var dataset = Dataset(focus: "a")
        dataset.add(Entity(id: "a", kind: .city, name: "A \"quoted\" #1 <b>", country: "PL"))
        dataset.add(Entity(id: "b", kind: .city, name: "B[x]", country: "JP"))
        dataset.add(Link(source: "a", target: "b", kind: .partnership, year: 2001))
        let text = String(decoding: try DatasetWriter.encode(dataset, as: .mermaid).files[0].data, as: UTF8.self)
        #expect(text.hasPrefix("flowchart LR\n"))
        #expect(text.contains("n0([\"A #quot;quoted#quot; #35;1 #lt;b#gt;\"])"))
        #expect(text.contains("subgraph continent0[\"Asia\"]"))
        #expect(text.contains("n1([\"B[x]\"])"))
        #expect(text.contains("n0 ---|\"partnership 2001\"| n1"))
    }

    /// A combining mark after a quote, and `\r\n`, are each one Character in Swift; escaping by
    /// Character let them through.
    @Test func mermaidEscapesQuotesUnderCombiningMarksAndWindowsLineBreaks() throws {
        var dataset = Dataset(focus: "a")
        dataset.add(Entity(id: "a", kind: .city, name: "say \"\u{0301}hi\"\r\nthere", country: "PL"))
        let text = String(decoding: try DatasetWriter.encode(dataset, as: .mermaid).files[0].data, as: UTF8.self)
        #expect(text.contains("n0([\"say #quot;\u{0301}hi#quot;  there\"])"))
    }

    /// Found by fuzzing: a node without a label (here YAML's reading of `"label": ,`, a null)
    /// was read with an empty name, which no YAML dataset can hold; its id is its name.
    @Test func nodeWithoutALabelIsNamedByItsID() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("null-label.json")
        try #"{"nodes": [{"id": "a", "kind": "city", "label": ,A"}, {"id": "b", "kind": "city", "label": ""}], "links": []}"#
            .write(to: input, atomically: true, encoding: .utf8)
        let dataset = try DatasetLoader.load([input.path])
        #expect(dataset.entities.map(\.name) == ["a", "b"])
        let yaml = folder.appendingPathComponent("again.yaml")
        try DatasetWriter.write(dataset, to: yaml.path)
        #expect(try DatasetLoader.load([yaml.path]) == dataset)
    }

    /// Found by fuzzing: `"id": ,` (a null) gave an entity with an empty id, which no YAML
    /// dataset can hold, and an unknown focus was reported without its file.
    @Test func nodeWithoutAnIDAndAnUnknownFocusAreErrorsWithTheirLines() throws {
        let input = try Fixtures.temporaryFolder().appendingPathComponent("null-id.json")
        try """
        {"directed": false, "multigraph": true,
         "graph": {"focus": "nowhere"},
         "nodes": [{"id": "a", "kind": "city", "label": "A"},
                   {"id": , "kind": "city", "label": "B"}],
         "links": []}
        """.write(to: input, atomically: true, encoding: .utf8)
        let diagnostics = DatasetLoader.check([input.path]).diagnostics
        #expect(diagnostics.map { "\($0.file):\($0.line ?? 0): \($0.message)" } == [
            "\(input.path):2: unknown id 'nowhere' as the focus",
            "\(input.path):4: a node has an empty or missing id",
        ])
    }

    @Test func badInteropFilesNameTheirLine() throws {
        let folder = try Fixtures.temporaryFolder()
        let graphml = try String(decoding: DatasetWriter.encode(try DatasetLoader.load([Fixtures.poznanYAML]), as: .graphML).files[0].data, as: UTF8.self)
        let truncated = folder.appendingPathComponent("cut.graphml")
        try String(graphml.prefix(graphml.count / 2)).write(to: truncated, atomically: true, encoding: .utf8)
        let cut = DatasetLoader.check([truncated.path]).diagnostics
        #expect(cut.count == 1 && cut[0].message.hasPrefix("not valid XML") && (cut[0].line ?? 0) > 1)

        let wrongType = folder.appendingPathComponent("type.graphml")
        try """
        <?xml version="1.0"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="y" for="node" attr.name="year" attr.type="int"/>
          <key id="k" for="node" attr.name="kind" attr.type="string"/>
          <graph edgedefault="undirected">
            <node id="a"><data key="k">event</data><data key="y">soon</data></node>
          </graph>
        </graphml>
        """.write(to: wrongType, atomically: true, encoding: .utf8)
        let typed = DatasetLoader.check([wrongType.path]).diagnostics
        #expect(typed.map(\.line) == [6])
        #expect(typed.first?.message.contains("'soon' is not a int") == true)

        // Found by fuzzing: Foundation's XMLParser stops the process on names that are not UTF-8.
        let binary = folder.appendingPathComponent("binary.graphml")
        try Data(#"<?xml version="1.0"?><graph"#.utf8 + [0xED] + Data("l><graph/></graphml>".utf8)).write(to: binary)
        #expect(DatasetLoader.check([binary.path]).diagnostics.map(\.message) == ["not valid XML: the text is not valid UTF-8"])

        // Found by fuzzing: and on a processing instruction without data.
        let instruction = folder.appendingPathComponent("instruction.graphml")
        try "<?xml version=\"1.0\"?>\n<graphml><?empty?><graph/></graphml>".write(to: instruction, atomically: true, encoding: .utf8)
        #expect(DatasetLoader.check([instruction.path]).diagnostics.map { "\($0.line ?? 0) \($0.message)" }
                == ["2 not valid XML: a processing instruction without data (<?name?>)"])

        // Found by fuzzing: on Linux the parser recovers from some errors (here `label=""A>` on
        // line 17) and reports success; every error counts.
        let recovered = Fixtures.root.appendingPathComponent("Tests/Fixtures/recovered-by-xmlparser.gexf")
        #expect(DatasetLoader.check([recovered.path]).diagnostics.map { "\($0.line ?? 0) \($0.message)" }
                == ["17 not valid XML: the XML is not well-formed (a space is missing; libxml2 error 65)"])

        let dot = folder.appendingPathComponent("bad.dot")
        try "graph {\n  a [kind=city]\n  a -- \n}\n".write(to: dot, atomically: true, encoding: .utf8)
        let syntax = DatasetLoader.check([dot.path]).diagnostics
        #expect(syntax.count == 1 && syntax[0].line == 4)

        let noKind = folder.appendingPathComponent("nokind.dot")
        try "graph {\n  a -- b\n}\n".write(to: noKind, atomically: true, encoding: .utf8)
        #expect(DatasetLoader.check([noKind.path]).diagnostics.contains { $0.message == "node 'a' has no 'kind' attribute" })
    }
}
