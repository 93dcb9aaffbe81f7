import CooperationCore

/// Positions for many pieces of a few files, kept as numbers (a file index, a line and a
/// column) so that research files with a hundred thousand rows cost no string copies.
struct PositionList: Sendable {
    private var files: [String] = []
    private var entries: [(file: Int32, line: Int32, column: Int32)] = []

    var count: Int { entries.count }

    mutating func reserveCapacity(_ capacity: Int) { entries.reserveCapacity(capacity) }

    mutating func append(_ position: FilePosition) {
        entries.append((fileIndex(position.file), Int32(position.line ?? 0), Int32(position.column ?? 0)))
    }

    /// Appends a position in `file` at `line`.
    mutating func append(file: String, line: Int) {
        entries.append((fileIndex(file), Int32(line), 0))
    }

    subscript(index: Int) -> FilePosition {
        get {
            let entry = entries[index]
            return FilePosition(file: files[Int(entry.file)], line: entry.line > 0 ? Int(entry.line) : nil,
                                column: entry.column > 0 ? Int(entry.column) : nil)
        }
        set {
            entries[index] = (fileIndex(newValue.file), Int32(newValue.line ?? 0), Int32(newValue.column ?? 0))
        }
    }

    /// The position at `index`, or one naming no file when there is none.
    func position(at index: Int) -> FilePosition {
        index < entries.count ? self[index] : FilePosition(file: "")
    }

    static func += (lhs: inout PositionList, rhs: PositionList) {
        for index in 0..<rhs.count { lhs.append(rhs[index]) }
    }

    private mutating func fileIndex(_ file: String) -> Int32 {
        if let last = files.last, last == file { return Int32(files.count - 1) }
        if let index = files.firstIndex(of: file) { return Int32(index) }
        files.append(file)
        return Int32(files.count - 1)
    }
}
