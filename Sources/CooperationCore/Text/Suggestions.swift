/// "Did you mean" suggestions by edit distance.
package enum Suggestions {
    /// The candidate closest to `word` when it is within a third of its length in edits, else `nil`.
    /// Ties go to the candidate that sorts first.
    package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, word.count / 3)
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where abs(candidate.count - word.count) <= limit {
            let distance = editDistance(word, candidate)
            guard distance <= limit else { continue }
            if let current = best, (distance, candidate) >= (current.distance, current.candidate) { continue }
            best = (distance, candidate)
        }
        return best?.candidate
    }

    /// Edit distance over characters counting insertions, deletions, substitutions and swaps
    /// of two neighbouring characters (optimal string alignment), so `yaer` is one edit from `year`.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
