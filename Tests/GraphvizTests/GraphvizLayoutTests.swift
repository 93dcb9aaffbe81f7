import DOT
import Foundation
import Graphviz
import Testing

/// ``GraphvizLayout``: one layout rendered to every format gives the bytes of laying the graph
/// out again for each format, with or without render attributes, in this process or a child.
@Suite struct GraphvizLayoutTests {
    /// A graph with a cluster, an edge label, a graph label and its own padding: what the
    /// diagrams have.
    static var sample: DOTGraph {
        var graph = DOTGraph(id: "sample")
        graph.attributes = ["label": .text("Poznań and partners"), "pad": .raw("0.3"), "fontname": .raw("DejaVu Sans")]
        for (a, b) in [("Poznań", "Győr"), ("Poznań", "Ra’ananna"), ("Győr", "Brno"), ("Brno", "Poznań"), ("Poznań", "Kharkiv")] {
            graph.addEdge(a, b, a == "Brno" ? ["label": .text("2023")] : [:])
        }
        var cluster = DOTSubgraph.cluster("europe", attributes: ["label": .text("Europe")])
        cluster.addNode("Brno")
        cluster.addNode("Győr")
        graph.addSubgraph(cluster)
        return graph
    }

    /// The bytes with a PDF's creation time taken out: cairo writes the clock into every PDF.
    static func comparable(_ data: Data, _ format: OutputFormat) -> Data {
        guard format == .pdf else { return data }
        let text = String(decoding: data, as: UTF8.self)
        guard let range = text.range(of: #"/CreationDate \(D:[0-9Z+\-']*\)"#, options: .regularExpression) else { return data }
        return Data(text.replacingCharacters(in: range, with: "/CreationDate ()").utf8)
    }

    /// fdp starts from random positions, so two of its layouts differ: it is not among these.
    @Test(arguments: [Layout.dot, .neato, .twopi, .circo])
    func everyFormatOfOneLayoutIsWhatASeparateLayoutGives(_ engine: Layout) throws {
        let laidOut = try GraphvizLayout(Self.sample, layout: engine)
        for format in [OutputFormat.svg, .png, .pdf, .dot, .svg] {
            let once = try laidOut.render(format).data
            let separate = try Graphviz.render(Self.sample, layout: engine, format: format).data
            #expect(Self.comparable(once, format) == Self.comparable(separate, format), "\(engine) \(format)")
        }
        let all = try Graphviz.render(Self.sample, layout: engine, formats: [.svg, .png])
        #expect(all.map(\.data) == [try Graphviz.render(Self.sample, layout: engine, format: .svg).data,
                                    try Graphviz.render(Self.sample, layout: engine, format: .png).data])
    }

    /// A PNG through a viewport at 72 dpi and a PDF at a page size, from the layout, are the
    /// files of the graph laid out with those attributes; the attributes hold for their render
    /// only, so the SVG after them is the SVG before. An attribute set for a render is the root
    /// graph's alone: the cluster keeps its own margin (8 points), which a `margin` in the
    /// graph's text would have set too.
    @Test(arguments: [Layout.dot, .neato])
    func renderAttributesGiveTheFilesOfTheGraphWithThem(_ engine: Layout) throws {
        let laidOut = try GraphvizLayout(Self.sample, layout: engine)
        let box = laidOut.boundingBox
        let viewport = String(format: "%d,%d,%.6f,%.3f,%.3f", 1920, 1080, 1.75, (box.minimum.x + box.maximum.x) / 2, (box.minimum.y + box.maximum.y) / 2)
        let cases: [(OutputFormat, [String: String])] = [
            (.png, ["dpi": "72", "pad": "0", "viewport": viewport]),
            (.pdf, ["size": "13.333,7.500!", "margin": "0"]),
            (.svg, ["size": "4,3"]),
            (.png, ["dpi": "150"]),
        ]
        let before = try laidOut.render(.svg).data
        for (format, attributes) in cases {
            var sized = Self.sample
            for (name, value) in attributes { sized.attributes[name] = .raw(value) }
            sized.statements = sized.statements.map { statement in
                guard case var .subgraph(cluster) = statement else { return statement }
                cluster.attributes["margin"] = .raw("8")
                return .subgraph(cluster)
            }
            let once = try laidOut.render(format, attributes: attributes).data
            let separate = try Graphviz.render(sized, layout: engine, format: format).data
            #expect(Self.comparable(once, format) == Self.comparable(separate, format), "\(engine) \(format) \(attributes)")
        }
        #expect(try laidOut.render(.svg).data == before)
        // The viewport gives exactly its pixels.
        let png = try laidOut.render(.png, attributes: ["dpi": "72", "pad": "0", "viewport": viewport]).data
        #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1920 && png[20..<24].reduce(0) { $0 << 8 | Int($1) } == 1080)
    }

    @Test func positionsAreThoseOfALayoutAlone() throws {
        for engine in [Layout.dot, .neato] {
            let laidOut = try GraphvizLayout(Self.sample, layout: engine)
            let alone = try Graphviz.layout(Self.sample, layout: engine)
            #expect(laidOut.positions == alone)
            #expect(laidOut.boundingBox == alone.boundingBox && laidOut.boundingBox.width > 100)
            _ = try laidOut.render(.png)
            #expect(laidOut.positions == alone)
        }
    }

    /// In a child process (limits, or crash isolation), the layout's positions and every
    /// render are those of the same calls in this process.
    @Test func isolatedLayoutsGiveTheSameFilesAndPositions() throws {
        let inProcess = try GraphvizLayout(Self.sample, layout: .dot)
        let isolated = try GraphvizLayout(Self.sample, layout: .dot, limits: RenderLimits(time: .seconds(60), isolatesCrashes: true))
        #expect(isolated.positions == inProcess.positions)
        #expect(isolated.boundingBox == inProcess.boundingBox)
        let attributes = ["dpi": "72", "pad": "0", "viewport": "800,600,1.2,100,80"]
        #expect(try isolated.render(.svg).data == inProcess.render(.svg).data)
        #expect(try isolated.render(.png, attributes: attributes).data == inProcess.render(.png, attributes: attributes).data)
        #expect(try Self.comparable(isolated.render(.pdf, attributes: ["size": "5,5!"]).data, .pdf)
                    == Self.comparable(inProcess.render(.pdf, attributes: ["size": "5,5!"]).data, .pdf))
    }

    @Test func aCrashWhileLayingOutInAChildIsAnError() {
        let text = CrashIsolationTests.chain(6_000)
        let outcome = CrashIsolationTests.onSmallStack { () -> Result<Int, GraphvizError> in
            do throws(GraphvizError) {
                return .success(try GraphvizLayout(dotText: text, layout: .twopi, limits: .isolated).boundingBox.width > 0 ? 1 : 0)
            } catch {
                return .failure(error)
            }
        }
        #expect(outcome == Result<Int, GraphvizError>.failure(GraphvizError.crashed(engine: "twopi", signal: SIGSEGV)))
    }

    @Test func attributesThatChangeTheLayoutAreRefused() throws {
        let laidOut = try GraphvizLayout(Self.sample, layout: .dot)
        #expect(throws: GraphvizError.self) { try laidOut.render(.svg, attributes: ["rankdir": "TB"]) }
        var filled = Self.sample
        filled.attributes["ratio"] = .raw("fill")
        filled.attributes["size"] = .raw("6,4!")
        let fills = try GraphvizLayout(filled, layout: .dot)
        do {
            _ = try fills.render(.svg, attributes: ["size": "8,4!"])
            Issue.record("a size with a ratio was accepted")
        } catch {
            #expect(error.description.contains("'size'"))
        }
        var padded = filled
        padded.attributes["pad"] = .raw("1")
        #expect(try fills.render(.svg, attributes: ["pad": "1"]).data == Graphviz.render(padded, layout: .dot, format: .svg).data)
    }

    @Test func badInputAndUnknownNamesAreTheErrorsOfARender() throws {
        #expect(throws: GraphvizError.unknownLayout("nolayout", available: Graphviz.availableLayouts)) {
            try GraphvizLayout(Self.sample, layout: Layout(rawValue: "nolayout"))
        }
        #expect {
            try GraphvizLayout(dotText: "digraph { a -> }", layout: .dot)
        } throws: { error in
            if case .syntax(line: 1, message: _) = error as? GraphvizError { true } else { false }
        }
        let laidOut = try GraphvizLayout(Self.sample, layout: .dot)
        #expect(throws: GraphvizError.unknownFormat("noformat", available: Graphviz.availableFormats)) {
            try laidOut.render(OutputFormat(rawValue: "noformat"))
        }
        var scripted = Self.sample
        scripted.attributes["URL"] = .text("javascript:alert(1)")
        #expect(throws: GraphvizError.self) { try GraphvizLayout(scripted, layout: .dot) }
    }

    /// Renders of one layout from many threads at once are serialized and all the same.
    @Test func oneLayoutRendersFromManyThreads() async throws {
        let laidOut = try GraphvizLayout(Self.sample, layout: .neato)
        let expected = try laidOut.render(.svg).data
        let results = await withTaskGroup(of: Data?.self) { group in
            for index in 0..<16 {
                group.addTask {
                    index.isMultiple(of: 2) ? try? laidOut.render(.svg).data : try? laidOut.render(.png, attributes: ["dpi": "72"]).data.prefix(0)
                }
            }
            var all: [Data?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected || $0 == Data() })
        #expect(results.filter { $0 == expected }.count == 8)
    }
}
