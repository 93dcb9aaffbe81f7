import CGraphviz
#if canImport(Glibc)
import Glibc
#endif

/// An ID discipline for cgraph that numbers names in the order they are first seen.
///
/// cgraph's default discipline uses the address of each name's string as its ID, and keeps
/// subgraphs in ID order; layouts then depend on where `malloc` put the strings, and the same
/// DOT text can give different SVG from run to run. Numbering names in order of appearance
/// makes every layout, and so every rendered file, the same for the same text.
///
/// Named objects get even IDs (2, 4, 6…), anonymous ones odd IDs, as cgraph expects.
enum IDDiscipline {
    /// The discipline's per-graph state: names and their IDs.
    final class State {
        let graph: GraphPointer
        var ids: [String: IDTYPE] = [:]
        var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
        var nextNamed: IDTYPE = 2
        var nextAnonymous: IDTYPE = 1

        init(graph: GraphPointer) {
            self.graph = graph
        }
    }

    /// The discipline given to `agread`: memory and I/O from cgraph's defaults, IDs from here.
    /// Allocated once and never freed, as cgraph keeps pointers to it in every graph.
    nonisolated(unsafe) static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: Agiddisc_t(
            open: { graph, _ in
                guard let graph else { return nil }
                return UnsafeMutableRawPointer(Unmanaged.passRetained(State(graph: graph)).toOpaque())
            },
            map: { state, _, text, id, create in
                guard let state, let id else { return 0 }
                let current = Unmanaged<State>.fromOpaque(state).takeUnretainedValue()
                guard let text else {
                    id.pointee = current.nextAnonymous
                    current.nextAnonymous += 2
                    return 1
                }
                let name = String(cString: text)
                if create == 0 {
                    id.pointee = current.ids[name] ?? 0
                    return 1
                }
                let value = current.ids[name] ?? current.nextNamed
                if current.ids[name] == nil {
                    current.ids[name] = value
                    current.nextNamed += 2
                }
                current.names[value] = agstrdup(current.graph, text)
                id.pointee = value
                return 1
            },
            alloc: { _, _, _ in 0 },
            free: { state, _, id in
                guard let state, id % 2 == 0 else { return }
                let current = Unmanaged<State>.fromOpaque(state).takeUnretainedValue()
                if let name = current.names[id] { _ = agstrfree(current.graph, name) }
            },
            print: { state, _, id in
                guard let state, id % 2 == 0 else { return nil }
                return Unmanaged<State>.fromOpaque(state).takeUnretainedValue().names[id]
            },
            close: { state in
                guard let state else { return }
                Unmanaged<State>.fromOpaque(state).release()
            },
            idregister: { _, _, _ in }
        ))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: cg_default_memory_discipline(), id: ids, io: cg_default_io_discipline()))
        return discipline
    }()
}
