import CooperationCore
/// Checks what only the whole dataset can tell: that links name known entities, that a link's
/// kind fits its ends, that sources name declared documents, that the focus exists.
enum DatasetValidator {
    static func validate(_ parsed: ParsedFile) -> [Diagnostic] {
        let dataset = parsed.dataset
        var diagnostics: [Diagnostic] = []
        let documentIDs = Set(dataset.documents.map(\.id))
        var suggestionsAllowed: Bool { dataset.entities.count <= 5_000 }

        func unknownID(_ id: String, _ role: String, at position: FilePosition) -> Diagnostic {
            let suggestion = suggestionsAllowed ? Suggestions.closest(to: id, among: dataset.entities.lazy.map(\.id)) : nil
            return position.diagnostic(.error, "unknown id '\(id)' as \(role)",
                                       hint: suggestion.map { "did you mean '\($0)'?" } ?? "declare it under entities, or fix the spelling")
        }
        func checkSource(_ source: SourceReference?, at position: FilePosition) {
            guard let document = source?.document, !documentIDs.contains(document) else { return }
            diagnostics.append(position.diagnostic(.error, "source names the undeclared document '\(document)'",
                                                   hint: "declare it under documents, or write a URL"))
        }

        if let focus = dataset.focus, !dataset.contains(focus) {
            diagnostics.append(unknownID(focus, "the focus", at: parsed.focusPosition ?? FilePosition(file: "")))
        }
        for (index, entity) in dataset.entities.enumerated() where entity.venue != nil || entity.source != nil {
            let position = parsed.entityPositions.position(at: index)
            if let venue = entity.venue, !dataset.contains(venue) { diagnostics.append(unknownID(venue, "the venue of '\(entity.id)'", at: position)) }
            checkSource(entity.source, at: position)
        }
        // By index, not by element: a copy of each link would retain every string it holds.
        for index in dataset.links.indices {
            let ends = dataset.endIndices(ofLink: index)
            let kind = dataset.links[index].kind
            if let source = ends.source, let target = ends.target {
                let sourceKind = dataset.entities[source].kind, targetKind = dataset.entities[target].kind
                if !kind.allows(source: sourceKind, target: targetKind), let allowed = kind.allowedEnds {
                    let link = dataset.links[index]
                    diagnostics.append(parsed.linkPositions.position(at: index).diagnostic(
                        .error, "a \(kind.rawValue) link cannot go from a \(sourceKind.rawValue) ('\(link.source)') to a \(targetKind.rawValue) ('\(link.target)')",
                        hint: "it goes from \(allowed.source.sorted().map(\.rawValue).joined(separator: "/")) to \(allowed.target.sorted().map(\.rawValue).joined(separator: "/")); use another kind or swap from and to"))
                }
            } else {
                let link = dataset.links[index]
                if ends.source == nil { diagnostics.append(unknownID(link.source, "the link's start", at: parsed.linkPositions.position(at: index))) }
                if ends.target == nil { diagnostics.append(unknownID(link.target, "the link's end", at: parsed.linkPositions.position(at: index))) }
            }
            if dataset.links[index].sourceReference != nil { checkSource(dataset.links[index].sourceReference, at: parsed.linkPositions.position(at: index)) }
        }
        for (index, total) in dataset.totals.enumerated() {
            let position = parsed.totalPositions.position(at: index)
            if !dataset.contains(total.entity) { diagnostics.append(unknownID(total.entity, "a total's entity", at: position)) }
            checkSource(total.source, at: position)
        }
        return diagnostics
    }
}
