import DOT
import Testing

@Suite struct DOTWriterTests {
    @Test func writesOneStatementPerLineIndented() {
        var graph = DOTGraph(directed: true, id: "cooperation")
        graph.attributes["rankdir"] = .raw("LR")
        graph.nodeDefaults["shape"] = .raw("box")
        graph.addNode("Poznań", ["label": "Poznań\nPolska"])
        graph.addEdge("Poznań", "Rennes", ["label": "partnerstwo"])
        var cluster = DOTSubgraph.cluster("europe", attributes: ["label": "Europe"])
        cluster.addNode("Rennes")
        graph.addSubgraph(cluster)
        let expected = """
        digraph cooperation {
            rankdir=LR
            node [shape=box]
            Poznań [label="Poznań
        Polska"]
            Poznań -> Rennes [label=partnerstwo]
            subgraph cluster_europe {
                label=Europe
                Rennes
            }
        }

        """
        #expect(graph.dotText == expected)
    }

    @Test func undirectedStrictGraphsUseTheirKeywordsAndOperator() {
        var graph = DOTGraph(strict: true, directed: false)
        graph.addEdge("a", "b")
        #expect(graph.dotText == "strict graph {\n    a -- b\n}\n")
    }

    @Test(arguments: ["node", "EDGE", "Graph", "digraph", "subGraph", "STRICT"])
    func keywordsAreQuotedInAnyCase(_ keyword: String) {
        #expect(DOTWriter.quote(keyword) == "\"\(keyword)\"")
    }

    @Test(arguments: ["Poznań", "_x1", "Győr", "a_b_9", "Jyväskylä", "-1.5", ".5", "42", "1.", "-0"])
    func identifiersAndNumeralsStayBare(_ id: String) {
        #expect(DOTWriter.quote(id) == id)
    }

    @Test(arguments: ["2nd", "", "a b", "a-b", "1.2.3", "-", ".", "🙂", "x🙂", "a.b", "--", "Ra’ananna"])
    func everythingElseIsQuoted(_ id: String) {
        #expect(DOTWriter.quote(id).hasPrefix("\""))
        #expect(DOTWriter.quote(id).hasSuffix("\""))
    }

    @Test func quotesAreEscapedAndBackslashesKeptLiteral() {
        #expect(DOTWriter.quote(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTWriter.quote(#"C:\temp\x"#) == #""C:\temp\x""#)
        #expect(DOTWriter.quote("line\nbreak") == "\"line\nbreak\"")
    }

    @Test func textAQuotedStringCannotHoldIsWrittenAsAnHTMLID() {
        #expect(DOTWriter.quote(#"ends\"#) == #"<ends\>"#)
        #expect(DOTWriter.quote(#"a\"b"#) == #"<a\"b>"#)
        #expect(DOTWriter.quote("line\\\nbreak") == "<line\\\nbreak>")
    }

    @Test func oddBackslashRunsAreMendedWhenAnHTMLIDCannotHoldTheTextEither() {
        #expect(DOTWriter.quote(#"x>\"#) == #""x>\\""#)
        #expect(DOTWriter.quote(#"<a\"b"#) == #""<a\\\"b""#)
        #expect(DOTWriter.quote("nul\u{0}byte") == "\"nulbyte\"")
    }

    @Test func textAndEscStringAreDifferentValues() {
        #expect(DOTValue.text(#"a\nb"#).rawValue == #"a\\nb"#)
        #expect(DOTValue.escString(#"a\nb"#).rawValue == #"a\nb"#)
        #expect(DOTValue.text(#"a\nb"#) != DOTValue.escString(#"a\nb"#))
        let literal: DOTValue = #"x\ly"#
        #expect(literal == .text(#"x\ly"#))
    }

    @Test func htmlLabelsAreWrittenInAngleBracketsAndTextInsideIsEscaped() {
        var graph = DOTGraph()
        let label = HTMLLabel.bold("A<B & \"C\"") + HTMLLabel.lineBreak + "x > y"
        graph.addNode("n", ["label": .html(label)])
        #expect(graph.dotText.contains("n [label=<<B>A&lt;B &amp; &quot;C&quot;</B><BR/>x &gt; y>]"))
    }

    @Test func portsAndCompassPointsAreWritten() {
        var graph = DOTGraph()
        graph.addEdge(DOTEdge(from: DOTEndpoint("a", port: "out 1", compass: .east), to: DOTEndpoint("b", compass: .northWest)))
        #expect(graph.dotText.contains(#"a:"out 1":e -> b:nw"#))
    }

    @Test func attributesKeepInsertionOrderAndReplaceInPlace() {
        var attributes: DOTAttributes = ["b": "1", "a": "2"]
        attributes["c"] = "3"
        attributes["b"] = "4"
        attributes["a"] = nil
        #expect(attributes.names == ["b", "c"])
        #expect(attributes["b"] == "4")
    }

    @Test func sameValueGivesSameBytes() {
        func make() -> DOTGraph {
            var graph = DOTGraph(id: "g")
            for index in 0..<200 {
                graph.addNode("n\(index)", ["label": .text("węzeł \(index)"), "color": .raw("red"), "width": 1.5])
                graph.addEdge("n\(index)", "n\((index * 7) % 200)", ["weight": .number(Double(index))])
            }
            return graph
        }
        #expect(make().dotText == make().dotText)
        #expect(make().dotText.contains("n7 [label=\"węzeł 7\", color=red, width=1.5]"))
    }
}
