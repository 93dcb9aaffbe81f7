import DOT
import Foundation
import TestFixtures
import Graphviz
import Testing

@Suite struct RoundTripTests {
    @Test func hostileIDsAndLabelsReadBackThroughCgraph() throws {
        var graph = DOTGraph(id: "hostile")
        for (index, text) in HostileText.table.enumerated() {
            graph.addNode(text, ["label": .text(text), "tooltip": .text("n\(index)")])
        }
        for index in 1..<HostileText.table.count {
            graph.addEdge(HostileText.table[index - 1], HostileText.table[index], ["label": .text(HostileText.table[index])])
        }
        let canonical = try Graphviz.canonicalForm(of: graph.dotText)
        #expect(Set(canonical.nodes.keys) == Set(HostileText.table))
        for text in HostileText.table {
            #expect(canonical.nodes[text]?["label"]?.text ?? "" == HostileText.keptByCgraph(DOTValue.text(text).rawValue))
        }
        #expect(canonical.edges.count == HostileText.table.count - 1)
        let expectedEdges = (1..<HostileText.table.count).map { index in
            CanonicalGraph.Edge(
                tail: HostileText.table[index - 1], head: HostileText.table[index],
                attributes: HostileText.keptByCgraph(HostileText.table[index]).isEmpty ? [:]
                    : ["label": .init(text: HostileText.keptByCgraph(DOTValue.text(HostileText.table[index]).rawValue), isHTML: false)]
            )
        }.sorted()
        #expect(canonical.edges == expectedEdges)
    }

    @Test func hostileTextInHTMLLabelsReadsBackEscaped() throws {
        var graph = DOTGraph()
        for (index, text) in HostileText.table.prefix(30).enumerated() {
            graph.addNode("n\(index)", ["label": .html(HTMLLabel.bold(text))])
        }
        let canonical = try Graphviz.canonicalForm(of: graph.dotText)
        for (index, text) in HostileText.table.prefix(30).enumerated() {
            let value = canonical.nodes["n\(index)"]?["label"]
            #expect(value?.isHTML == true)
            #expect(value?.text == "<B>\(HTMLLabel.escaping(text))</B>")
        }
    }

    @Test func parsedGraphWritesBackToTheSameGraph() throws {
        let source = """
        strict digraph "G 1" {
            graph [label="top", fontsize=10]
            node [shape=box, color=blue]
            edge [color=gray]
            a [label=<<B>A</B>>]
            a:p1:n -> b:s [color=red]
            subgraph cluster_x {
                label="cluster X"
                node [shape=ellipse]
                edge [style=dashed]
                c -> d
                subgraph inner { e; d -> e }
            }
            { rank=same; a; f }
            b -> a
        }
        """
        let parsed = try Graphviz.parse(source)
        #expect(try Graphviz.canonicalForm(of: parsed.dotText) == Graphviz.canonicalForm(of: source))
        #expect(parsed.isStrict && parsed.isDirected && parsed.id == "G 1")
        #expect(parsed.subgraphs.map(\.id) == ["cluster_x", nil])
    }

    @Test func multiEdgesAreKept() throws {
        let source = "graph { a -- b; a -- b [color=red]; a -- b; b -- a }"
        let parsed = try Graphviz.parse(source)
        #expect(parsed.edges.count == 4)
        let canonical = try Graphviz.canonicalForm(of: parsed.dotText)
        #expect(canonical.edges.count == 4)
        #expect(canonical == (try Graphviz.canonicalForm(of: source)))
    }

    /// Debian's graphviz-doc example graphs, gzipped ones included.
    static let exampleGraphs: [URL] = {
        let root = URL(fileURLWithPath: "/usr/share/doc/graphviz/examples/graphs")
        let folders = ["directed", "undirected"].map { root.appendingPathComponent($0) }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.lastPathComponent.hasSuffix(".gv") || $0.lastPathComponent.hasSuffix(".gv.gz") }
        }.sorted { $0.path < $1.path }
    }()

    @Test func graphvizDocExamplesAreInstalled() {
        #expect(RoundTripTests.exampleGraphs.count >= 55, "install graphviz-doc (the README's test command does)")
    }

    @Test(arguments: RoundTripTests.exampleGraphs)
    func graphvizDocExampleRoundTrips(_ file: URL) throws {
        let text = try ExampleFile.text(of: file)
        let original = try Graphviz.canonicalForm(of: text)
        let written = try Graphviz.parse(text).dotText
        #expect(try Graphviz.canonicalForm(of: written) == original)
    }
}

/// Reads an example graph, ungzipping it when it ends in `.gz`, in the charset it declares.
enum ExampleFile {
    static func text(of file: URL) throws -> String {
        try DOTFileText.decode(try bytes(of: file))
    }

    static func bytes(of file: URL) throws -> [UInt8] {
        var data = try Data(contentsOf: file)
        if file.pathExtension == "gz" {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/gzip")
            process.arguments = ["-dc", file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            data = pipe.fileHandleForReading.readAll()
            process.waitUntilExit()
        }
        return Array(data)
    }
}

@Suite struct CgraphWriterTests {
    @Test func cgraphsOwnWriterAgreesWithOurs() throws {
        var graph = DOTGraph(id: "g")
        for (index, text) in HostileText.table.prefix(30).enumerated() {
            graph.addNode("n\(index)", ["label": .text(text)])
            graph.addEdge("n\(index)", "n\((index + 1) % 30)")
        }
        let ours = graph.dotText
        let theirs = try Graphviz.writtenByCgraph(ours)
        #expect(theirs != ours)
        #expect(try Graphviz.canonicalForm(of: theirs) == Graphviz.canonicalForm(of: ours))
        try Graphviz.validate(ours)
        #expect(throws: GraphvizError.self) { try Graphviz.validate("digraph { -> }") }
    }
}

@Suite struct HostileDOTTests {
    static let graphs = [
        #"digraph { a [label=<<TABLE><TR><TD PORT="p">x &amp; y</TD></TR></TABLE>>]; a:p:n -> b:sw }"#,
        #"strict graph { a -- b; a -- b; b -- a [color=red] }"#,
        #"digraph { a -> b; a -> b; a -> b [label="third"] }"#,
        #"digraph { subgraph cluster_a { label="A"; subgraph cluster_b { label="B"; subgraph cluster_c { x -> y } } } }"#,
        #"digraph { n [label="left\lright\rcentre\n\N in \G"] }"#,
        #"graph "Łódź–Győr" { "Poznań" -- "Ra’ananna" [label="שלום 🙂"] ; "Pozuelo de Alarcón" }"#,
        #"digraph { node [shape=record]; r [label="{<f0> a|<f1> b\|c}"]; r:f0 -> r:f1 }"#,
        #"digraph { edge [dir=both]; { rank=same; a; b } ; a -> b -> c -> a }"#,
        // Found by fuzzing: an empty HTML string interned before an attribute's default.
        "digraph { a; \"B\" { n<>b } hape=x }",
        // Found by fuzzing: in a strict graph a repeated edge joins a second subgraph.
        "strict graph { { a -- b } { a -- b [color=red] } }",
        // Found by fuzzing: cgraph drops a line break between two escaped quotes in a quoted ID.
        "digraph { <Be\"\n\" -> -> b }",
        // Found by fuzzing: an HTML-like ID holding a backslash before a line break.
        "digraph { <<<\n\\\n<F\n4nd\" a>>>> -> b }",
        // Found by fuzzing: an ID with the text of an HTML label, which cgraph stores once.
        "strict graph \"G\" { <<B>b</B>> l z [label=<<B>b</B>>] }",
        "digraph { <<I>x</I>>:<<I>x</I>> -> b; b [xlabel=<<I>x</I>>] }",
    ]

    @Test(arguments: HostileDOTTests.graphs)
    func hostileGraphsSurviveOurWriter(_ text: String) throws {
        let original = try Graphviz.canonicalForm(of: text)
        let written = try Graphviz.parse(text).dotText
        #expect(try Graphviz.canonicalForm(of: written) == original)
    }
}
