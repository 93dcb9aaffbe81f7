import CGraphviz

/// Collects what cgraph would print to stderr. cgraph calls the function installed by
/// `agseterrf` with pieces of each message ("Error", ": ", the text); they are joined here and
/// split into messages by line. Accessed only while ``GraphvizContext`` holds its lock.
enum ErrorCapture {
    nonisolated(unsafe) static var buffer = ""

    /// The C callback given to `agseterrf`.
    static let handler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
        if let text { ErrorCapture.buffer += String(cString: text) }
        return 0
    }

    /// Installs the handler and makes cgraph report warnings too (`agseterrf`, `agseterr`).
    static func install() {
        _ = agseterrf(handler)
        _ = agseterr(AGWARN)
    }

    /// Forgets earlier messages and cgraph's error count (`agreseterrors`): errors never stick
    /// from one call to the next.
    static func reset() {
        buffer = ""
        _ = agreseterrors()
    }

    /// The messages since the last ``reset()``, split into errors and warnings.
    static func drain() -> (errors: [String], warnings: [String]) {
        defer { buffer = "" }
        return messages(in: buffer)
    }

    /// The messages in text that Graphviz printed, split into errors and warnings: a line
    /// that starts with "Error:" or "Warning:" begins one, other lines continue the last.
    static func messages(in text: String) -> (errors: [String], warnings: [String]) {
        var errors: [String] = [], warnings: [String] = []
        var lastWasError = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = line.trimmingCharacters(in: " \t")
            guard !text.isEmpty else { continue }
            if text.hasPrefix("Error:") {
                errors.append(String(text.dropFirst(6)).trimmingCharacters(in: " "))
                lastWasError = true
            } else if text.hasPrefix("Warning:") {
                warnings.append(String(text.dropFirst(8)).trimmingCharacters(in: " "))
                lastWasError = false
            } else if lastWasError, !errors.isEmpty {
                errors[errors.count - 1] += " " + text
            } else if !warnings.isEmpty {
                warnings[warnings.count - 1] += " " + text
            } else {
                warnings.append(text)
            }
        }
        return (errors, warnings)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String { self[...].trimmingCharacters(in: set) }
}
