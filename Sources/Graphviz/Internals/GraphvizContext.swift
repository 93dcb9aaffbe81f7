import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one Graphviz context of the process and the lock that serializes every call into
/// Graphviz, which is not re-entrant. All C calls of the module run inside ``withLock(_:)``.
final class GraphvizContext: @unchecked Sendable {
    /// The `GVC_t` made by `gvContext`, kept for the life of the process.
    let gvc: OpaquePointer
    /// Installed layout engines, sorted.
    let layouts: [String]
    /// Installed output formats (device plugins), sorted.
    let formats: [String]
    /// Node and edge defaults every graph starts with (``CGraph/initialDefaults(kind:)``),
    /// read once rather than on every parse.
    let initialDefaults: [Int32: [String: String]]

    /// A pthread mutex (through `NSLock`), which ThreadSanitizer understands; guards
    /// ``current`` and every call into Graphviz.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var current: GraphvizContext?

    private init() {
        ErrorCapture.install()
        ErrorCapture.reset()
        // unreachable: gvContext only returns NULL when malloc fails, which traps in Swift anyway.
        gvc = gvContext()!
        layouts = GraphvizContext.pluginList(gvc, kind: "layout")
        formats = GraphvizContext.pluginList(gvc, kind: "device")
        initialDefaults = [AGNODE: CGraph.initialDefaults(kind: AGNODE), AGEDGE: CGraph.initialDefaults(kind: AGEDGE)]
        ErrorCapture.reset()
    }

    /// Runs `body` with the context, holding the lock; makes the context on first use.
    /// Messages captured before `body` runs are cleared.
    static func withLock<Result, Failure: Error>(
        _ body: (GraphvizContext) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        let context = current ?? GraphvizContext()
        current = context
        ErrorCapture.reset()
        defer { ErrorCapture.reset() }
        return try body(context)
    }

    /// Whether `format` names an installed output format: `png`, or as `dot -T` takes it,
    /// with the renderer and plugin that draw it (`png:cairo`, `png:cairo:gd`).
    func offers(_ format: String) -> Bool {
        formats.contains(String(format.prefix { $0 != ":" }))
    }

    /// The names of the installed plugins of one kind (`gvPluginList`), without duplicates.
    private static func pluginList(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names = Set<String>()
        for index in 0..<Int(count) {
            if let entry = list[index] {
                names.insert(String(cString: entry))
                free(entry)
            }
        }
        return names.sorted()
    }
}
