import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graphviz
import Testing

/// DOT from elsewhere cannot turn a diagram into a page that runs its script.
@Suite struct UntrustedLinkTests {
    static let hostile = [
        #"digraph { a [URL="javascript:alert(1)"] }"#,
        "digraph { a [href=\" JaVa\tScRiPt:alert(1)\"] }",
        #"digraph { a -> b [edgeURL="vbscript:msgbox(1)"] }"#,
        #"digraph { a -> b [headhref="data:text/html,<script>alert(1)</script>"] }"#,
        #"digraph { node [URL="javascript:alert(1)"]; a }"#,
        #"digraph { subgraph cluster_x { URL="javascript:alert(1)"; a } }"#,
        #"digraph { a [label=<<TABLE><TR><TD HREF="javascript:alert(2)">x</TD></TR></TABLE>>] }"#,
        #"digraph { a [label=<<TABLE HREF="&#106;avascript:alert(2)"><TR><TD>x</TD></TR></TABLE>>] }"#,
    ]

    @Test(arguments: UntrustedLinkTests.hostile)
    func scriptLinksAreRefusedByDefault(_ text: String) {
        #expect {
            try Graphviz.render(dotText: text, format: .svg)
        } throws: { error in
            guard case GraphvizError.forbiddenLink = error else { return false }
            return (error as? GraphvizError)?.description.contains("script") == true
        }
    }

    @Test func theCallerMayAllowThem() throws {
        let svg = try Graphviz.render(dotText: Self.hostile[0], format: .svg, links: .allowScripts).data
        #expect(String(decoding: svg, as: UTF8.self).contains(#"xlink:href="javascript:alert(1)""#))
    }

    @Test func ordinaryLinksPass() throws {
        let text = #"digraph { a [URL="https://www.poznan.pl/" tooltip="x"]; b [href="partners.html#gyor"]; a -> b [labelURL="mailto:a@b.pl"] }"#
        let svg = String(decoding: try Graphviz.render(dotText: text, format: .svg).data, as: UTF8.self)
        #expect(svg.contains(#"xlink:href="https://www.poznan.pl/""#))
        #expect(svg.contains(#"xlink:href="partners.html#gyor""#))
    }

    @Test func markupInATooltipIsTextInTheSVG() throws {
        // Graphviz escapes tooltips itself: the markup arrives as the text of an attribute, and
        // Chromium or any XML parser finds no element in it.
        let text = #"digraph { a [URL="https://example.org/" tooltip="<script>alert(1)</script><img src=x onerror=alert(2)>"] }"#
        let svg = String(decoding: try Graphviz.render(dotText: text, format: .svg).data, as: UTF8.self)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<img"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let document = try XMLDocument(data: Data(svg.utf8))
        #expect(try document.nodes(forXPath: "//*[local-name()='script' or local-name()='img']").isEmpty)
    }
}
