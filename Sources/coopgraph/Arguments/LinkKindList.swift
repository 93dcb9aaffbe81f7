import ArgumentParser
import CooperationGraph

/// `--kinds partnership,meeting`: link kinds, comma-separated, each as ``LinkKind`` reads it.
struct LinkKindList: ExpressibleByArgument {
    /// The kinds named.
    let kinds: Set<LinkKind>

    init?(argument: String) {
        var kinds: Set<LinkKind> = []
        for name in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = LinkKind(rawValue: name) else { return nil }
            kinds.insert(kind)
        }
        guard !kinds.isEmpty else { return nil }
        self.kinds = kinds
    }

    static var allValueStrings: [String] { LinkKind.allCases.map(\.rawValue) }
}
