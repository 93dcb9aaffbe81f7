import CGraphviz

/// The last few graphs laid out for a render, kept laid out with their DOT text and engine, so
/// that rendering the same text again (a drawing measured as SVG, then drawn as PNG and PDF)
/// renders from the layout made the first time instead of laying it out again. Rendering one
/// layout several times gives the bytes a layout of its own gives (layouts are seeded), so a
/// caller cannot tell a kept layout from a new one but by the time it takes.
///
/// Only graphs of modest text are kept, at most ``capacity``; the oldest is freed
/// (`gvFreeLayout`, `agclose`) when another comes. Used under ``GraphvizContext``'s lock only.
final class RecentLayouts {
    /// A graph laid out, and what its layout gave.
    struct Entry {
        let text: String
        let layout: String
        let graph: GraphPointer
        let box: LaidOutGraph.Rectangle
        let warnings: [String]
    }

    /// How many layouts are kept.
    static let capacity = 4
    /// The longest DOT text kept, in bytes: drawings for pages and slides, not large networks.
    static let largestText = 1 << 18

    private var entries: [Entry] = []
    private let gvc: OpaquePointer

    init(gvc: OpaquePointer) {
        self.gvc = gvc
    }

    /// The kept layout of `text` by `layout`, or `nil`.
    func find(_ text: String, layout: String) -> Entry? {
        entries.first { $0.layout == layout && $0.text == text }
    }

    /// Keeps `entry` (its graph laid out), or frees it at once when it is too large to keep;
    /// frees the oldest kept one when there are ``capacity``.
    func keep(_ entry: Entry) {
        guard entry.text.utf8.count <= Self.largestText else {
            free(entry)
            return
        }
        entries.append(entry)
        if entries.count > Self.capacity { free(entries.removeFirst()) }
    }

    private func free(_ entry: Entry) {
        gvFreeLayout(gvc, entry.graph)
        CGraph.close(entry.graph)
    }
}
