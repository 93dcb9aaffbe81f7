import CooperationGraph
import Foundation

/// Times the map and coverage views of a dataset: building the graph, and rendering it as
/// SVG, a 16:9 PNG and a 16:9 PDF, in each theme; prints the median of `repeats` runs in ms.
enum MapBench {
    static func run(dataset path: String, repeats: Int) throws {
        let dataset = try DatasetLoader.load([path])
        print("view      theme  graph    svg      png      pdf   (median ms of \(repeats))")
        for view in [DiagramView.map, .coverage] {
            for theme in DiagramTheme.all {
                var diagram = try CooperationDiagram(dataset: dataset, theme: theme)
                diagram.coverageTarget = .euMembers
                let (graphTimes, graph) = timed(repeats) { diagram.graph(view) }
                var columns = [median(graphTimes)]
                for (format, size) in [(OutputFormat.svg, DiagramSize?.none), (.png, .slide16x9), (.pdf, .slide16x9)] {
                    columns.append(median(try timed(repeats) { try DiagramRenderer.render(graph, layout: "neato", format: format, size: size) }.times))
                }
                print(view.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + theme.name.padding(toLength: 6, withPad: " ", startingAt: 0)
                      + columns.map { String(format: "%7.1f", $0 * 1000) }.joined(separator: "  "))
            }
        }
    }

    private static func median(_ times: [Double]) -> Double {
        let sorted = times.sorted()
        return sorted[sorted.count / 2]
    }
}
