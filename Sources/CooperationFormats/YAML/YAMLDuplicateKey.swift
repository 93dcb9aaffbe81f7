import Yams

/// Finds where a key given twice in a YAML mapping is given again.
///
/// Yams reports a duplicate key at its first occurrence, which is the line a person need
/// not change. Renaming that first occurrence to a key that cannot occur and composing again
/// gives the mapping, in which the key's remaining occurrence carries its own mark.
enum YAMLDuplicateKey {
    /// The 1-based line and column of the second occurrence of `key`, whose first occurrence
    /// starts at `first` in `text`, or `nil` when it cannot be found.
    static func secondOccurrence(of key: String, firstAt first: Mark, in text: String) -> (line: Int, column: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard first.line >= 1, first.line <= lines.count, !key.isEmpty else { return nil }
        var row = lines[first.line - 1]
        var start = first.column - 1
        guard start >= 0, start < row.count else { return nil }
        if row[start] == "\"" || row[start] == "'" { start += 1 }
        let keyScalars = Array(key.unicodeScalars)
        guard start + keyScalars.count <= row.count, Array(row[start..<start + keyScalars.count]) == keyScalars else { return nil }
        // A plain scalar of the same length, so that every other mark stays where it was.
        let marker = String(repeating: "\u{0298}", count: keyScalars.count)
        row.replaceSubrange(start..<start + keyScalars.count, with: marker.unicodeScalars)
        lines[first.line - 1] = row
        let renamed = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        guard let root = try? Yams.compose(yaml: renamed), let mapping = mapping(holding: marker, in: root, depth: 0),
              let again = mapping.first(where: { $0.key.string == key })?.key.mark else { return nil }
        return (again.line, again.column)
    }

    /// The mapping among `node` and its descendants that has the key `marker`.
    private static func mapping(holding marker: String, in node: Node, depth: Int) -> Node.Mapping? {
        // The composer already refused nesting beyond its limit; this bounds the walk the same way.
        guard depth < 10_000 else { return nil }
        switch node {
        case let .mapping(mapping):
            if mapping.contains(where: { $0.key.string == marker }) { return mapping }
            for (key, value) in mapping {
                if let found = self.mapping(holding: marker, in: key, depth: depth + 1) ?? self.mapping(holding: marker, in: value, depth: depth + 1) { return found }
            }
            return nil
        case let .sequence(sequence):
            for element in sequence {
                if let found = mapping(holding: marker, in: element, depth: depth + 1) { return found }
            }
            return nil
        default:
            return nil
        }
    }
}
