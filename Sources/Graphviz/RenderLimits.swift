/// Bounds on the time and memory one layout and render may take.
///
/// `gvLayout` cannot be interrupted and a layout that needs more memory than the machine has
/// would take the whole process down, so a render with limits runs in a child process: a
/// `fork` of the caller, which runs the same in-process Graphviz on its copy of the graph and
/// sends the bytes back. Past the time limit the child is stopped; past the memory limit its
/// allocations fail. Either way the caller gets a ``GraphvizError`` and keeps running.
/// What Graphviz remembers in the child (a plugin it loads, a warning it gives only once)
/// stays there.
///
/// ```swift
/// let limits = RenderLimits(time: .seconds(30), memory: 1 << 30)
/// let svg = try Graphviz.render(graph, format: .svg, limits: limits).data
/// ```
public struct RenderLimits: Hashable, Sendable {
    /// The longest the layout and render may take together, or `nil` for no limit.
    public var time: Duration?
    /// The most memory, in bytes, the layout and render may allocate, or `nil` for no limit.
    public var memory: Int?
    /// Whether the layout and render run in a child process even with no limit, so that a crash
    /// of Graphviz itself (Graphviz 2.43 has inputs that make it dereference null) becomes
    /// ``GraphvizError/crashed(engine:signal:)`` instead of ending the caller. A render with
    /// either limit is always isolated.
    public var isolatesCrashes: Bool

    /// Limits of `time` and `memory` bytes; `nil` leaves that one unbounded. `isolatesCrashes`
    /// runs the render in a child process without limits.
    public init(time: Duration? = nil, memory: Int? = nil, isolatesCrashes: Bool = false) {
        self.time = time
        self.memory = memory
        self.isolatesCrashes = isolatesCrashes
    }

    /// No limits: the render runs in the calling process, and a crash of Graphviz ends it.
    public static let none = RenderLimits()

    /// No limits, but in a child process: a crash of Graphviz is an error the caller gets.
    /// Use this for DOT from elsewhere; `coopgraph render` does for every DOT file it reads.
    public static let isolated = RenderLimits(isolatesCrashes: true)

    /// Whether the render runs in the calling process: no limit set and no isolation asked for.
    public var isNone: Bool { time == nil && memory == nil && !isolatesCrashes }
}
