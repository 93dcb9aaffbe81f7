import DOT
import Graphviz
import Testing

@Suite struct ErrorTests {
    @Test func syntaxErrorReportsItsLine() {
        let text = "digraph {\n  a -> b\n  c -> ]\n}\n"
        #expect {
            try Graphviz.parse(text)
        } throws: { error in
            guard case let GraphvizError.syntax(line, message) = error else { return false }
            return line == 3 && message.contains("syntax error")
        }
    }

    @Test func errorsDoNotStickToTheNextCall() throws {
        _ = try? Graphviz.parse("digraph { a -> }")
        let graph = try Graphviz.parse("digraph { a -> b }")
        #expect(graph.edges.count == 1)
        #expect {
            try Graphviz.parse("graph {\n\n\n x -- ; }")
        } throws: { error in
            (error as? GraphvizError) == .syntax(line: 4, message: (error as? GraphvizError).map(messageOf) ?? "")
        }
    }

    private func messageOf(_ error: GraphvizError) -> String {
        if case let .syntax(_, message) = error { return message }
        return ""
    }

    @Test func unknownLayoutListsTheAvailableOnes() {
        #expect {
            try Graphviz.render(dotText: "digraph { a }", layout: "spring", format: .svg)
        } throws: { error in
            guard case let GraphvizError.unknownLayout(name, available) = error else { return false }
            return name == "spring" && available.contains("dot") && available.contains("neato")
        }
    }

    @Test func unknownFormatListsTheAvailableOnes() {
        #expect {
            try Graphviz.render(dotText: "digraph { a }", format: "docx")
        } throws: { error in
            guard case let GraphvizError.unknownFormat(name, available) = error else { return false }
            return name == "docx" && available.contains("svg") && available.contains("png")
        }
    }

    @Test func emptyTextAndNulAreErrors() {
        #expect(throws: GraphvizError.self) { try Graphviz.parse("") }
        #expect(throws: GraphvizError.self) { try Graphviz.parse("digraph { a\u{0} }") }
    }

    @Test func unbalancedHTMLLabelIsASyntaxError() {
        var graph = DOTGraph()
        graph.addNode("a", ["label": .html(HTMLLabel(markup: "<B>unclosed"))])
        #expect(throws: GraphvizError.self) { try Graphviz.render(graph, format: .svg) }
    }
}
