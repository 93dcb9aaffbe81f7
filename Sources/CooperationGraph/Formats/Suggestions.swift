/// "Did you mean" suggestions by edit distance.
enum Suggestions {
    /// The candidate closest to `word` when it is within a third of its length in edits, else `nil`.
    /// Ties go to the candidate that sorts first.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
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

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
