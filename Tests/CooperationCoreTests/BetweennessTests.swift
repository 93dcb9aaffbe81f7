import CooperationCore
import Testing

/// Betweenness on small graphs made for its shortcuts (leaves, stars, pairs of vertices, lone
/// vertices, leaf sources whose neighbour is no source), against a plain Brandes with
/// predecessor lists written here. Values agree to 1e-12.
@Suite struct BetweennessTests {
    /// A graph of `count` cities linked as `edges` says (by number).
    static func graph(_ count: Int, _ edges: [(Int, Int)]) -> GraphIndex {
        let entities = (0..<count).map { Entity(id: "c\($0)", kind: .city, name: "City \($0)") }
        let links = edges.map { Link(source: "c\($0.0)", target: "c\($0.1)", kind: .partnership) }
        return GraphIndex(Dataset(entities: entities, links: links))
    }

    /// Brandes' sums over `sources`, normalized as ``GraphIndex/betweenness(sources:)`` is.
    static func reference(_ graph: GraphIndex, sources: [Int]?) -> [Double] {
        let n = graph.count
        let list = sources ?? Array(0..<n)
        var sums = [Double](repeating: 0, count: n)
        for source in list {
            var distance = [Int](repeating: -1, count: n), sigma = [Double](repeating: 0, count: n)
            var predecessors = [[Int]](repeating: [], count: n), stack: [Int] = [], queue = [source]
            distance[source] = 0
            sigma[source] = 1
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                stack.append(v)
                for w in graph.neighbours(of: v).map(Int.init) {
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        queue.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        sigma[w] += sigma[v]
                        predecessors[w].append(v)
                    }
                }
            }
            var delta = [Double](repeating: 0, count: n)
            for w in stack.reversed() {
                for v in predecessors[w] { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
                if w != source { sums[w] += delta[w] }
            }
        }
        guard n > 2 else { return sums }
        let others = Double(n - 2)
        if sources == nil || list.count == n { return sums.map { $0 / (Double(n - 1) * others) } }
        let k = Double(list.count)
        return sums.enumerated().map { vertex, value in value / ((list.contains(vertex) ? k - 1 : k) * others) }
    }

    static func expectClose(_ graph: GraphIndex, sources: [Int]? = nil) {
        let ours = graph.betweenness(sources: sources), theirs = reference(graph, sources: sources)
        #expect(ours.count == theirs.count)
        for (vertex, (a, b)) in zip(ours, theirs).enumerated() {
            #expect(abs(a - b) <= 1e-12, "vertex \(vertex): \(a) against \(b)")
        }
    }

    @Test func aStarsCentreIsBetweenEveryPairOfLeaves() {
        let star = Self.graph(5, [(0, 1), (0, 2), (0, 3), (0, 4)])
        let values = star.betweenness()
        #expect(abs(values[0] - 1) <= 1e-12)
        #expect(values.dropFirst().allSatisfy { $0 == 0 })
        Self.expectClose(star)
        Self.expectClose(star, sources: [1, 2])
    }

    @Test func leavesPairsAndLoneVerticesAgreeWithPlainBrandes() {
        // A path with leaves on its inner vertices, a triangle with a tail, a pair, a lone city.
        let edges = [(0, 1), (1, 2), (2, 3), (1, 4), (1, 5), (2, 6), (7, 8), (8, 9), (9, 7), (9, 10), (10, 11), (12, 13)]
        let graph = Self.graph(15, edges)
        Self.expectClose(graph)
        Self.expectClose(graph, sources: [0, 4, 11, 12, 14])
        Self.expectClose(graph, sources: [5, 1, 6, 13, 8])
    }

    @Test func randomGraphsWithManyLeavesAgreeWithPlainBrandes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<6 {
            let n = 30 + round * 10
            var edges: [(Int, Int)] = []
            // A tree grown by attaching each vertex to an earlier one, so most are leaves, and a few cycles.
            for vertex in 1..<n where next(7) != 0 { edges.append((vertex, next(vertex))) }
            for _ in 0..<round * 2 { edges.append((next(n), next(n))) }
            let graph = Self.graph(n, edges)
            Self.expectClose(graph)
            Self.expectClose(graph, sources: [0, 1] + (2..<n).filter { _ in next(3) == 0 })
        }
    }
}
