import CooperationCore
import Foundation
import Graphviz

/// A laid-out diagram drawn as native slide shapes: every node a preset shape with its label
/// as editable text, every edge a connector glued to the connection sites of its two shapes,
/// every cluster a frame with its title behind its members, and a legend of sample shapes and
/// lines. Positions come from Graphviz's layout, fitted into ``area`` and centred.
///
/// A build-up step shows only ``visible`` nodes (and the edges and clusters among them) at the
/// positions of the whole layout, the ``emphasised`` ones outlined, so nothing moves between steps.
struct NativeDiagramSlide: Sendable {
    /// The laid-out graph.
    let graph: LaidOutGraph
    /// Colours as scheme or RGB colours.
    let palette: SlidePalette
    /// The language tag of the text (`en-GB`, `pl-PL`).
    let language: String
    /// Where the diagram goes, in EMU: x, y, width, height.
    let area: (x: Int, y: Int, width: Int, height: Int)
    /// The name of the node that holds the diagram's legend, drawn as ``legend`` instead.
    var legendNode = "coopgraph-legend"
    /// The title of the legend.
    var legendTitle = "Legend"
    /// The legend's lines; none draws the legend node as Graphviz gave it.
    var legend: [LegendEntry] = []
    /// The nodes shown, or `nil` for all.
    var visible: Set<String>?
    /// The nodes shown with an emphasised outline (the ones a build-up step adds).
    var emphasised: Set<String> = []

    /// The first shape id; ids are fixed per object, so a node keeps its id on every step.
    static let firstID = 10

    private var scale: Double {
        let box = graph.boundingBox
        guard box.width > 0, box.height > 0 else { return 1 }
        return min(Double(area.width) / box.width, Double(area.height) / box.height)
    }

    /// A point of the layout in slide EMU (y down).
    private func slide(_ point: LaidOutGraph.Point) -> (x: Double, y: Double) {
        let box = graph.boundingBox
        let left = Double(area.x) + (Double(area.width) - box.width * scale) / 2
        let top = Double(area.y) + (Double(area.height) - box.height * scale) / 2
        return (left + (point.x - box.minimum.x) * scale, top + (box.maximum.y - point.y) * scale)
    }

    /// Points of the layout's text in hundredths of a point on the slide: scaled with the
    /// shapes, so every label stays inside its shape as Graphviz measured it (1 pt, the
    /// format's least size, at the smallest).
    private func textSize(_ points: Double) -> Int { max(100, Int((points * scale / DrawingML.emuPerPoint * 100).rounded())) }

    /// A pen width of the layout in EMU on the slide.
    private func penWidth(_ attributes: [String: CanonicalGraph.Value], emphasis: Bool = false) -> Int {
        let width = attributes["penwidth"].flatMap { Double($0.text) } ?? 1
        return Int((width * scale * (emphasis ? 2.5 : 1)).rounded())
    }

    private func isVisible(_ node: String) -> Bool { visible?.contains(node) ?? true }

    /// The shape id of every node, by name.
    var nodeIDs: [String: Int] {
        var ids: [String: Int] = [:]
        for (index, node) in graph.nodes.enumerated() { ids[node.name] = Self.firstID + index }
        return ids
    }

    /// The shapes, clusters first (behind), then connectors, nodes, edge labels and the legend.
    func shapes() -> String {
        let ids = nodeIDs
        var nextID = Self.firstID + graph.nodes.count
        var xml = ""
        func flattened(_ clusters: [LaidOutGraph.Cluster]) -> [LaidOutGraph.Cluster] { clusters.flatMap { [$0] + flattened($0.clusters) } }
        for cluster in flattened(graph.clusters) {
            defer { nextID += 1 }
            guard cluster.nodes.contains(where: isVisible) else { continue }
            xml += clusterShape(cluster, id: nextID)
        }
        let nodes = Dictionary(graph.nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for edge in graph.edges {
            defer { nextID += 2 }
            guard isVisible(edge.tail), isVisible(edge.head), let tail = nodes[edge.tail], let head = nodes[edge.head],
                  let tailID = ids[edge.tail], let headID = ids[edge.head], !(legend.count > 0 && (edge.tail == legendNode || edge.head == legendNode))
            else { continue }
            xml += connector(edge, id: nextID, tail: (tail, tailID), head: (head, headID)).xml + edgeLabel(edge, id: nextID + 1)
        }
        for node in graph.nodes where isVisible(node.name) {
            guard let id = ids[node.name] else { continue }
            if !legend.isEmpty, node.name == legendNode {
                xml += legendShapes(in: node, firstID: nextID)
                nextID += 2 * legend.count + 2
            } else {
                xml += nodeShape(node, id: id)
            }
        }
        for node in graph.nodes where isVisible(node.name) {
            defer { nextID += 1 }
            if let position = node.externalLabelPosition, let value = node.attributes["xlabel"] {
                xml += textLabel(LabelText(label: value.text, isHTML: value.isHTML, name: node.name), at: (slide(position).x, slide(position).y),
                                 attributes: node.attributes, id: nextID, name: "\(node.name) label")
            }
        }
        return xml
    }

    private func frame(center: LaidOutGraph.Point, width: Double, height: Double) -> (x: Int, y: Int, width: Int, height: Int) {
        let (x, y) = slide(center)
        let w = width * scale, h = height * scale
        return (Int((x - w / 2).rounded()), Int((y - h / 2).rounded()), Int(w.rounded()), Int(h.rounded()))
    }

    private func paragraphs(_ label: LabelText, fontSize: Double, colour: String?, align: String = "ctr") -> [String] {
        label.lines.map { line in
            DrawingML.paragraph(line.map { run in
                DrawingML.run(run.text, language: language, size: textSize(run.pointSize ?? fontSize), bold: run.bold, italic: run.italic,
                              colour: palette.colour(run.colour ?? colour))
            }.joined(), align: align)
        }
    }

    private func label(of attributes: [String: CanonicalGraph.Value], name: String) -> LabelText {
        guard let label = attributes["label"] else { return LabelText(label: "\\N", isHTML: false, name: name) }
        return LabelText(label: label.text, isHTML: label.isHTML, name: name)
    }

    private func dash(_ style: String) -> String? {
        let parts = style.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.contains("dashed") { return "dash" }
        if parts.contains("dotted") { return "sysDot" }
        return nil
    }

    private func nodeShape(_ node: LaidOutGraph.Node, id: Int) -> String {
        let attributes = node.attributes
        let style = attributes["style"]?.text ?? ""
        let geometry = PresetGeometry(dotShape: attributes["shape"]?.text ?? "ellipse", style: style)
        let box = frame(center: node.center, width: node.width, height: node.height)
        let filled = style.contains("filled") && !geometry.isInvisible
        let fill = filled ? palette.colour(attributes["fillcolor"]?.text ?? attributes["color"]?.text ?? "lightgrey") : nil
        let emphasis = emphasised.contains(node.name)
        let lineColour = geometry.isInvisible ? nil : emphasis ? SlidePalette.scheme("tx1") : palette.colour(attributes["color"]?.text ?? "black")
        // Graphviz draws no label inside a point.
        let shown = attributes["shape"]?.text == "point" ? LabelText(label: "", isHTML: false, name: "") : label(of: attributes, name: node.name)
        let text = DrawingML.textBody(paragraphs(shown, fontSize: fontSize(attributes),
                                                 colour: attributes["fontcolor"]?.text ?? "black"), anchor: "ctr", insets: false)
        return DrawingML.shape(id: id, name: node.name, description: attributes["tooltip"]?.text,
                               transform: DrawingML.transform(x: box.x, y: box.y, width: box.width, height: box.height),
                               preset: geometry.name, fill: fill,
                               line: DrawingML.line(width: penWidth(attributes, emphasis: emphasis), colour: lineColour, dash: dash(style)),
                               effects: emphasis ? DrawingML.glow(radius: 114_300, scheme: "accent2") : "", text: text)
    }

    private func fontSize(_ attributes: [String: CanonicalGraph.Value]) -> Double {
        attributes["fontsize"].flatMap { Double($0.text) } ?? 14
    }

    private func clusterShape(_ cluster: LaidOutGraph.Cluster, id: Int) -> String {
        let attributes = cluster.attributes
        let style = attributes["style"]?.text ?? ""
        let topLeft = slide(LaidOutGraph.Point(x: cluster.bounds.minimum.x, y: cluster.bounds.maximum.y))
        let title = label(of: attributes, name: "")
        let text = title.isEmpty ? nil : DrawingML.textBody(paragraphs(title, fontSize: fontSize(attributes),
                                                                       colour: attributes["fontcolor"]?.text ?? "black"), anchor: "t")
        let fill = style.contains("filled") ? palette.colour(attributes["fillcolor"]?.text ?? attributes["color"]?.text) : nil
        return DrawingML.shape(id: id, name: cluster.name, transform: DrawingML.transform(
            x: Int(topLeft.x.rounded()), y: Int(topLeft.y.rounded()),
            width: Int((cluster.bounds.width * scale).rounded()), height: Int((cluster.bounds.height * scale).rounded())),
            preset: style.contains("rounded") ? "roundRect" : "rect", fill: fill,
            line: DrawingML.line(width: penWidth(attributes), colour: palette.colour(attributes["pencolor"]?.text ?? attributes["color"]?.text ?? "black"),
                                 dash: dash(style)),
            text: text)
    }

    /// The connection site of `node` nearest to `point`, and where it lies on the slide.
    private func site(of node: LaidOutGraph.Node, nearest point: LaidOutGraph.Point?) -> (index: Int, x: Double, y: Double) {
        let geometry = PresetGeometry(dotShape: node.attributes["shape"]?.text ?? "ellipse", style: node.attributes["style"]?.text ?? "")
        let box = frame(center: node.center, width: node.width, height: node.height)
        let target = slide(point ?? node.center)
        var best = (index: 0, x: Double(box.x), y: Double(box.y), distance: Double.infinity)
        for (index, site) in geometry.sites.enumerated() {
            let x = Double(box.x) + site.x * Double(box.width), y = Double(box.y) + site.y * Double(box.height)
            let distance = (x - target.x) * (x - target.x) + (y - target.y) * (y - target.y)
            if distance < best.distance { best = (index, x, y, distance) }
        }
        return (best.index, best.x, best.y)
    }

    private func arrow(_ name: String?) -> String? {
        switch name ?? "normal" {
        case "none": nil
        case "vee", "open": "arrow"
        case "dot", "odot": "oval"
        case "diamond", "odiamond", "ediamond": "diamond"
        case "tee": "stealth"
        default: "triangle"
        }
    }

    /// The connector of an edge, and its two ends on the slide.
    private func connector(_ edge: LaidOutGraph.Edge, id: Int, tail: (node: LaidOutGraph.Node, id: Int), head: (node: LaidOutGraph.Node, id: Int))
        -> (xml: String, start: (x: Double, y: Double), end: (x: Double, y: Double)) {
        let attributes = edge.attributes
        let start = site(of: tail.node, nearest: edge.tailArrowTip ?? edge.points.first)
        let end = site(of: head.node, nearest: edge.headArrowTip ?? edge.points.last)
        let direction = attributes["dir"]?.text ?? "forward"
        let headEnd = direction == "both" || direction == "back" ? arrow(attributes["arrowtail"]?.text) : nil
        let tailEnd = direction == "both" || direction == "forward" ? arrow(attributes["arrowhead"]?.text) : nil
        let size = attributes["arrowsize"].flatMap { Double($0.text) } ?? 1
        let emphasis = emphasised.contains(edge.tail) || emphasised.contains(edge.head)
        let style = attributes["style"]?.text ?? ""
        let line = DrawingML.line(width: penWidth(attributes) * (emphasis ? 2 : 1), colour: palette.colour(attributes["color"]?.text ?? "black"),
                                  dash: dash(style), head: headEnd, tail: tailEnd, endSize: size < 0.8 ? "sm" : size < 1.3 ? "med" : "lg")
        let x = Int(min(start.x, end.x).rounded()), y = Int(min(start.y, end.y).rounded())
        let transform = DrawingML.transform(x: x, y: y, width: Int(abs(end.x - start.x).rounded()), height: Int(abs(end.y - start.y).rounded()),
                                            flipH: end.x < start.x, flipV: end.y < start.y)
        let xml = #"<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="\#(id)" name="\#(DrawingML.escape("\(edge.tail) → \(edge.head)"))""#
            + (attributes["tooltip"].map { #" descr="\#(DrawingML.escape($0.text))""# } ?? "") + "/>"
            + #"<p:cNvCxnSpPr><a:stCxn id="\#(tail.id)" idx="\#(start.index)"/><a:endCxn id="\#(head.id)" idx="\#(end.index)"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>"#
            + "<p:spPr>" + transform + #"<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>"# + line + "</p:spPr></p:cxnSp>"
        return (xml, (start.x, start.y), (end.x, end.y))
    }

    /// An edge's label where Graphviz put it, clear of every node (`lp`).
    private func edgeLabel(_ edge: LaidOutGraph.Edge, id: Int) -> String {
        guard let position = edge.labelPosition, let value = edge.attributes["label"] else { return "" }
        let centre = slide(position)
        return textLabel(LabelText(label: value.text, isHTML: value.isHTML, name: ""), at: (centre.x, centre.y),
                         attributes: edge.attributes, id: id, name: "\(edge.tail) → \(edge.head) label")
    }

    /// A text box centred on a slide point, sized for its text.
    private func textLabel(_ text: LabelText, at centre: (x: Double, y: Double), attributes: [String: CanonicalGraph.Value], id: Int, name: String) -> String {
        guard !text.isEmpty else { return "" }
        let size = fontSize(attributes)
        let width = (Double(text.plainText.split(separator: "\n").map(\.count).max() ?? 1) * size * 0.7 + 4) * scale
        let height = Double(text.lines.count) * size * 1.3 * scale
        return DrawingML.shape(id: id, name: name, textBox: true,
                               transform: DrawingML.transform(x: Int((centre.x - width / 2).rounded()), y: Int((centre.y - height / 2).rounded()),
                                                              width: Int(width.rounded()), height: Int(height.rounded())), preset: "rect",
                               fill: nil, line: "", text: DrawingML.textBody(paragraphs(text, fontSize: size, colour: attributes["fontcolor"]?.text ?? "black"),
                                                                             anchor: "ctr", insets: false))
    }

    /// The legend inside the legend node's frame: a title, then a sample and a name on each line.
    private func legendShapes(in node: LaidOutGraph.Node, firstID: Int) -> String {
        let box = frame(center: node.center, width: node.width, height: node.height)
        let size = fontSize(node.attributes)
        let rows = legend.count + 1
        let rowHeight = Double(box.height) / Double(rows)
        let sampleWidth = Int(rowHeight * 1.5), sampleHeight = Int(rowHeight * 0.6)
        let left = box.x + Int(rowHeight * 0.3)
        var xml = DrawingML.textBox(id: firstID, name: "legend", x: left, y: box.y, width: box.width, height: Int(rowHeight),
                                    paragraphs: [DrawingML.paragraph(DrawingML.run(legendTitle, language: language, size: textSize(size), bold: true,
                                                                                   colour: SlidePalette.scheme("tx1")))], anchor: "ctr")
        for (row, entry) in legend.enumerated() {
            let top = box.y + Int(rowHeight * Double(row + 1))
            let sampleTop = top + Int((rowHeight - Double(sampleHeight)) / 2)
            let id = firstID + 1 + 2 * row
            let name: String
            switch entry {
            case let .shape(entryName, dotShape, style, fill):
                name = entryName
                let geometry = PresetGeometry(dotShape: dotShape, style: style)
                xml += DrawingML.shape(id: id, name: "legend: \(entryName)", transform: DrawingML.transform(
                    x: left, y: sampleTop, width: sampleWidth, height: sampleHeight), preset: geometry.name, fill: palette.colour(fill),
                    line: DrawingML.line(width: 6350, colour: SlidePalette.scheme("tx1")), text: nil)
            case let .line(entryName, colour, style, width):
                name = entryName
                let middle = top + Int(rowHeight / 2)
                xml += #"<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="\#(id)" name="\#(DrawingML.escape("legend: \(entryName)"))"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>"#
                    + "<p:spPr>" + DrawingML.transform(x: left, y: middle, width: sampleWidth, height: 0)
                    + #"<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>"#
                    + DrawingML.line(width: Int(width * scale * (style == "bold" ? 1.5 : 1)), colour: palette.colour(colour), dash: dash(style)) + "</p:spPr></p:cxnSp>"
            }
            xml += DrawingML.textBox(id: id + 1, name: "legend: \(name) text", x: left + sampleWidth, y: top, width: box.width - sampleWidth,
                                     height: Int(rowHeight), paragraphs: [DrawingML.paragraph(DrawingML.run(name, language: language, size: textSize(size),
                                                                                                           colour: SlidePalette.scheme("tx1")))], anchor: "ctr")
        }
        return xml
    }
}
