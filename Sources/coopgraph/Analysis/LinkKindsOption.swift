import ArgumentParser
import CooperationGraph

/// `--kinds`: the link kinds an analysis counts.
struct LinkKindsOption: ParsableArguments {
    @Option(name: .long, help: "Count only links of these kinds, comma-separated (e.g. partnership,membership); all when omitted.")
    var kinds: String?

    /// The kinds asked for, `nil` for all; an unknown kind is an error naming the known ones.
    func set() throws -> Set<LinkKind>? {
        guard let kinds else { return nil }
        var result = Set<LinkKind>()
        for name in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = LinkKind(rawValue: name) else {
                Terminal.printError("--kinds: unknown link kind '\(name)'; use one of " + LinkKind.allCases.map(\.rawValue).joined(separator: ", "))
                throw ExitCode(1)
            }
            result.insert(kind)
        }
        return result
    }
}
