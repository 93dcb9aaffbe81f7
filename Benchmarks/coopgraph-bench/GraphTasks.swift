import CooperationGraph
import Foundation

/// What a task hands back to be compared with the peers: centralities by entity in file
/// order (compared value by value, max |Δ| against NetworkX), or a few facts compared exactly.
enum TaskOutput: Sendable {
    case values([Double])
    case facts([String: JSONValue])
}

/// The dataset and its index, built once by `load` as each peer builds its graph there.
struct GraphContext: @unchecked Sendable {
    let dataset: Dataset
    let index: GraphIndex
    /// Source ids for `betw_sources` (NetworkX's own sample of 200).
    let sources: [String]
}

/// One task of peer_fast.py in our implementation, under the peer's name for it.
struct GraphTask: Sendable {
    let name: String
    /// Whether a run on one core is also timed, to show how the task scales.
    let parallel: Bool
    let run: @Sendable (GraphContext) -> TaskOutput
}

/// The tasks of peer_fast.py (its docstring defines each), plus what a later file adds to `all`.
enum GraphTasks {
    static let core: [GraphTask] = [
        GraphTask(name: "components", parallel: false) { context in
            let components = context.index.components()
            return .facts(["components": .int(components.count), "largest_component": .int(components.first?.count ?? 0)])
        },
        GraphTask(name: "degree", parallel: false) { .values($0.index.degreeCentrality()) },
        GraphTask(name: "betw_exact", parallel: true) { .values($0.index.betweenness()) },
        GraphTask(name: "betw_sources", parallel: true) { context in
            .values(context.index.betweenness(sources: context.sources.compactMap { context.dataset.index(of: $0) }))
        },
        GraphTask(name: "closeness", parallel: true) { .values($0.index.closeness()) },
        GraphTask(name: "projection", parallel: false) { context in
            let projection = NetworkProjection(context.dataset)
            let ids = context.dataset.entities.map(\.id)
            let top: [JSONValue] = projection.top(10).map { pair in
                .array([.string(min(ids[pair.a], ids[pair.b])), .string(max(ids[pair.a], ids[pair.b])), .int(pair.weight)])
            }
            return .facts(["projection": .array([.int(projection.memberCount), .int(projection.pairs.count), .array(top)])])
        },
    ]

    /// The tasks `library` runs on `graph`: NetworkX's exact betweenness on realtwin would take
    /// about half an hour (18 s on the small world, which has a tenth of the nodes), so there our
    /// values are checked against igraph's, and against NetworkX's on the small world.
    static func names(for graph: String, library: String) -> [String] {
        let all = names(for: graph)
        return library == "networkx" && graph == RealTwin.name ? all.filter { $0 != "betw_exact" } : all
    }

    /// Every task the benchmark knows, by name.
    static var all: [String: GraphTask] { Dictionary(uniqueKeysWithValues: core.map { ($0.name, $0) }) }

    /// The tasks run on each graph: NetworkX's exact measures take minutes on the large world,
    /// so they run on the graphs where it finishes.
    static func names(for graph: String) -> [String] {
        switch graph {
        case RealTwin.name: ["load", "components", "degree", "betw_exact", "closeness"]
        case "small": ["load", "components", "degree", "betw_exact", "betw_sources", "closeness", "projection"]
        case "medium": ["load", "components", "degree", "betw_sources", "closeness", "projection"]
        default: ["load", "components", "degree", "betw_sources", "projection"]
        }
    }
}

/// A JSON value small enough to compare and print.
enum JSONValue: Codable, Equatable, Sendable {
    case int(Int)
    case string(String)
    case array([JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else { self = .array(try container.decode([JSONValue].self)) }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        }
    }

    /// The same shape read from JSONSerialization's output (a peer's JSON file).
    init?(any: Any) {
        if let value = any as? String { self = .string(value) }
        else if let value = any as? NSNumber { self = .int(value.intValue) }
        else if let value = any as? [Any] {
            let items = value.compactMap(JSONValue.init(any:))
            guard items.count == value.count else { return nil }
            self = .array(items)
        } else { return nil }
    }
}
