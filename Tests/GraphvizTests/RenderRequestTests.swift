import DOT
import Foundation
import Graphviz
import Testing

/// One layout rendered to several formats (``Graphviz/render(_:layout:requests:limits:)``).
@Suite struct RenderRequestTests {
    /// The sample with routed edges, whose layout is the costly part.
    static var routed: DOTGraph {
        var graph = RenderTests.sample
        graph.attributes["splines"] = .raw("true")
        return graph
    }

    /// The bytes of one render of `graph` with `attributes` set on it beforehand.
    static func single(_ graph: DOTGraph, _ layout: Layout, _ format: OutputFormat, _ attributes: [String: String] = [:]) throws -> Data {
        var adjusted = graph
        for (name, value) in attributes { adjusted.attributes[name] = .raw(value) }
        return try Graphviz.render(adjusted, layout: layout, format: format).data
    }

    @Test(arguments: [Layout.dot, .neato, .twopi])
    func everyFormatIsTheOneItsOwnLayoutGives(_ layout: Layout) throws {
        let renderings = try Graphviz.render(Self.routed, layout: layout, requests: [RenderRequest(.svg), RenderRequest(.png), RenderRequest(.pdf), RenderRequest(.dot)])
        #expect(renderings.count == 4)
        #expect(renderings[0].data == (try Self.single(Self.routed, layout, .svg)))
        #expect(renderings[1].data == (try Self.single(Self.routed, layout, .png)))
        #expect(renderings[3].data == (try Self.single(Self.routed, layout, .dot)))
        #expect(String(decoding: renderings[2].data.prefix(5), as: UTF8.self) == "%PDF-")
    }

    /// A request's attributes are chosen from the laid-out box, take effect for it alone, and
    /// the graph's own values come back for the requests after it.
    @Test func attributesComeFromTheBoxAndAreTakenBackAfterTheirRequest() throws {
        // At 72 dpi a viewport's points are the PNG's pixels.
        var graph = Self.routed
        graph.attributes["dpi"] = .raw("72")
        let box = try Graphviz.layout(graph, layout: .neato).boundingBox
        #expect(box.width > 0 && box.height > 0)
        let viewport = String(format: "%d,%d,1,%.3f,%.3f", 40, 30, box.minimum.x, box.minimum.y)
        let seen = Box()
        let renderings = try Graphviz.render(graph, layout: .neato, requests: [
            RenderRequest(.png) { laidOut in
                seen.value = laidOut
                return ["viewport": String(format: "%d,%d,1,%.3f,%.3f", 40, 30, laidOut.minimum.x, laidOut.minimum.y), "pad": "0"]
            },
            RenderRequest(.png),
        ])
        let laidOut = try #require(seen.value)
        #expect(laidOut == box)
        #expect(renderings[0].data == (try Self.single(graph, .neato, .png, ["viewport": viewport, "pad": "0"])))
        #expect(Self.pixels(renderings[0].data) == (40, 30))
        #expect(renderings[1].data == (try Self.single(graph, .neato, .png)))
        #expect(Self.pixels(renderings[1].data) != (40, 30))
    }

    @Test func anUnknownFormatIsRefusedBeforeTheLayout() {
        #expect(throws: GraphvizError.self) {
            try Graphviz.render(Self.routed, requests: [RenderRequest(.svg), RenderRequest(OutputFormat(rawValue: "no-such-format"))])
        }
    }

    /// With limits, every request runs in a child process, and gives the bytes made in-process.
    @Test func isolatedRequestsGiveTheSameBytes() throws {
        let requests = [RenderRequest(.svg), RenderRequest(.png) { box in ["viewport": String(format: "50,40,1,%.3f,%.3f", box.minimum.x, box.minimum.y)] }]
        let inProcess = try Graphviz.render(Self.routed, layout: .twopi, requests: requests)
        let isolated = try Graphviz.render(Self.routed, layout: .twopi, requests: requests, limits: .isolated)
        #expect(inProcess.map(\.data) == isolated.map(\.data))
    }

    /// A PNG's width and height, from its header.
    static func pixels(_ data: Data) -> (Int, Int) {
        (data[16..<20].reduce(0) { $0 << 8 | Int($1) }, data[20..<24].reduce(0) { $0 << 8 | Int($1) })
    }

    /// What a request's closure saw.
    final class Box: @unchecked Sendable {
        var value: LaidOutGraph.Rectangle?
    }
}
