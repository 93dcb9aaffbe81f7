/// Reads the part of YAML that dataset files are written in straight from the bytes into
/// ``YAMLNode``s, or gives `nil` for anything outside that part, which the reader then hands to Yams.
///
/// Why a reader of our own: Yams builds its `Node` tree from libyaml's events (its event API is not
/// public), a `Tag` object and a hashed duplicate check per node; 100,000 entities and 100,000 links
/// took over 5 s. This reader takes what `coopgraph` writes and what people write by hand — block
/// mappings and sequences, one-line flow mappings and sequences, plain, single- and double-quoted
/// one-line scalars, comments — and stops at the first thing outside it: anchors, aliases, tags,
/// block and multi-line scalars, flow collections over several lines, tabs, carriage returns,
/// document markers, directives, rare escapes, duplicate keys and every syntax error. Yams then reads
/// the whole file, so every message about such a file stays the one Yams gives, alias bombs are
/// refused where they were, and duplicate keys are reported where they are given again. Tests hold
/// this reader's tree equal to Yams' on the same texts, line and column marks included.
struct YAMLSubsetParser {
    /// Thrown at anything this reader leaves to Yams.
    private struct Outside: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// The last column worked out on the current line, so that marks cost a walk over each line once.
    private var markPosition = 0
    private var markColumn = 1
    /// How many collections the position is inside: deep nesting is left to Yams, which refuses
    /// it with its own message, before this reader's recursion could use up the stack.
    private var depth = 0
    private static let maximumDepth = 64

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The tree of `text`, or `nil` when `text` is empty or leaves this reader's part of YAML.
    static func parse(_ text: String) -> YAMLNode? {
        var text = text
        return text.withUTF8 { buffer in
            var parser = YAMLSubsetParser(bytes: buffer)
            return try? parser.document()
        }
    }

    // MARK: Block context

    private mutating func document() throws(Outside) -> YAMLNode {
        // A byte order mark is left to Yams, which reads the encoding from it.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { throw Outside() }
        guard let indent = try nextContentLine() else { throw Outside() }
        let root = try blockNode(indent: indent)
        guard try nextContentLine() == nil else { throw Outside() }
        return root
    }

    /// Skips blank and comment lines; the indentation of the next line with content, the position
    /// at its first character, or `nil` at the end of the text. At that character already (where a
    /// finished block collection stops), it stays there.
    private mutating func nextContentLine() throws(Outside) -> Int? {
        if position == bytes.count { return nil }
        if position > lineStart { return position - lineStart }
        while true {
            var index = position
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            if index == bytes.count { position = index; return nil }
            switch bytes[index] {
            case 0x0A:
                position = index
                newLine()
            case 0x23: // #
                position = index
                skipToLineEnd()
                if position < bytes.count { newLine() }
            case 0x09, 0x0D, 0x25: // tab, carriage return, % (a directive)
                throw Outside()
            default:
                if index == lineStart, index + 2 < bytes.count,
                   (bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == 0x2D)
                    || (bytes[index] == 0x2E && bytes[index + 1] == 0x2E && bytes[index + 2] == 0x2E) {
                    throw Outside()
                }
                position = index
                return index - lineStart
            }
        }
    }

    private mutating func newLine() {
        position += 1
        line += 1
        lineStart = position
        markPosition = position
        markColumn = 1
    }

    private mutating func skipToLineEnd() {
        while position < bytes.count, bytes[position] != 0x0A { position += 1 }
    }

    /// The rest of the line must be blank or a comment; moves to the next line.
    private mutating func endOfLine() throws(Outside) {
        skipSpaces()
        if position < bytes.count, bytes[position] == 0x23 {
            // A comment starts after a space; `#` right after a value is not one.
            guard position > 0, bytes[position - 1] == 0x20 else { throw Outside() }
            skipToLineEnd()
        }
        guard position == bytes.count || bytes[position] == 0x0A else { throw Outside() }
        if position < bytes.count { newLine() }
    }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
    }

    private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func isBlankOrEnd(_ index: Int) -> Bool {
        guard let value = byte(at: index) else { return true }
        return value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D
    }

    /// The node whose first line starts at the current position, `indent` spaces in.
    private mutating func blockNode(indent: Int) throws(Outside) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= YAMLSubsetParser.maximumDepth else { throw Outside() }
        if bytes[position] == 0x2D, isBlankOrEnd(position + 1) { return try blockSequence(indent: indent) }
        let first = try inlineNode(block: true)
        skipSpaces()
        if byte(at: position) == 0x3A, isBlankOrEnd(position + 1) {
            guard case .scalar = first else { throw Outside() }
            return try blockMapping(indent: indent, firstKey: first)
        }
        try endOfLine()
        return first
    }

    private mutating func blockSequence(indent: Int) throws(Outside) -> YAMLNode {
        let start = mark()
        var items: [YAMLNode] = []
        while true {
            position += 1 // the dash
            skipSpaces()
            guard let next = byte(at: position), next != 0x0A, next != 0x23 else {
                // An item on the lines below, or an empty one: left to Yams.
                throw Outside()
            }
            if next == 0x2D, isBlankOrEnd(position + 1) { throw Outside() }
            items.append(try blockNode(indent: position - lineStart))
            guard let following = try nextContentLine() else { break }
            if following < indent { break }
            guard following == indent else { throw Outside() }
            guard bytes[position] == 0x2D, isBlankOrEnd(position + 1) else { break }
        }
        return .sequence(items, start)
    }

    /// A block mapping whose first key has been read and whose colon is at the current position.
    private mutating func blockMapping(indent: Int, firstKey: YAMLNode) throws(Outside) -> YAMLNode {
        var pairs: [YAMLNode.Pair] = []
        var keys = KeySet()
        var key = firstKey
        while true {
            try keys.insert(key)
            position += 1 // the colon
            skipSpaces()
            let value: YAMLNode
            if let next = byte(at: position), next != 0x0A, next != 0x23 {
                if next == 0x2D, isBlankOrEnd(position + 1) { throw Outside() }
                value = try inlineNode(block: true)
                try endOfLine()
            } else {
                try endOfLine()
                guard let below = try nextContentLine() else { throw Outside() }
                if below > indent {
                    value = try blockNode(indent: below)
                } else if below == indent, bytes[position] == 0x2D, isBlankOrEnd(position + 1) {
                    value = try blockSequence(indent: indent)
                } else {
                    throw Outside() // an empty value
                }
            }
            pairs.append(YAMLNode.Pair(key: key, value: value))
            guard let following = try nextContentLine() else { break }
            if following < indent { break }
            guard following == indent else { throw Outside() }
            if bytes[position] == 0x2D, isBlankOrEnd(position + 1) { throw Outside() }
            key = try inlineNode(block: true)
            guard case .scalar = key else { throw Outside() }
            skipSpaces()
            guard byte(at: position) == 0x3A, isBlankOrEnd(position + 1) else { throw Outside() }
        }
        return .mapping(pairs, firstKey.mark)
    }

    // MARK: Nodes on one line

    /// A flow collection or a scalar starting at the current position.
    private mutating func inlineNode(block: Bool) throws(Outside) -> YAMLNode {
        guard let first = byte(at: position) else { throw Outside() }
        depth += 1
        defer { depth -= 1 }
        guard depth <= YAMLSubsetParser.maximumDepth else { throw Outside() }
        switch first {
        case 0x7B: return try flowMapping()
        case 0x5B: return try flowSequence()
        case 0x22: return try doubleQuoted()
        case 0x27: return try singleQuoted()
        default: return try plain(block: block)
        }
    }

    private mutating func flowMapping() throws(Outside) -> YAMLNode {
        let start = mark()
        position += 1
        var pairs: [YAMLNode.Pair] = []
        var keys = KeySet()
        skipSpaces()
        if byte(at: position) == 0x7D {
            position += 1
            return .mapping([], start)
        }
        while true {
            skipSpaces()
            let key = try inlineNode(block: false)
            guard case .scalar = key else { throw Outside() }
            try keys.insert(key)
            skipSpaces()
            guard byte(at: position) == 0x3A else { throw Outside() }
            position += 1
            // A quoted key may be followed by its value without a space, as in JSON.
            if !isBlankOrEnd(position), case .scalar = key, ![0x22, 0x27].contains(bytes[position - 2]) { throw Outside() }
            skipSpaces()
            guard let next = byte(at: position), next != 0x2C, next != 0x7D, next != 0x0A else { throw Outside() }
            let value = try inlineNode(block: false)
            pairs.append(YAMLNode.Pair(key: key, value: value))
            skipSpaces()
            switch byte(at: position) {
            case 0x2C: position += 1
            case 0x7D:
                position += 1
                return .mapping(pairs, start)
            default: throw Outside()
            }
        }
    }

    private mutating func flowSequence() throws(Outside) -> YAMLNode {
        let start = mark()
        position += 1
        var items: [YAMLNode] = []
        skipSpaces()
        if byte(at: position) == 0x5D {
            position += 1
            return .sequence([], start)
        }
        while true {
            skipSpaces()
            guard let next = byte(at: position), next != 0x2C, next != 0x5D, next != 0x0A else { throw Outside() }
            items.append(try inlineNode(block: false))
            skipSpaces()
            switch byte(at: position) {
            case 0x2C: position += 1
            case 0x5D:
                position += 1
                return .sequence(items, start)
            default: throw Outside()
            }
        }
    }

    /// A plain scalar on one line. In a flow collection it ends at `,[]{}`; everywhere at a colon
    /// followed by a space or the line's end, and at a comment.
    private mutating func plain(block: Bool) throws(Outside) -> YAMLNode {
        let start = mark()
        let first = bytes[position]
        switch first {
        case 0x2D, 0x3F, 0x3A: // - ? :
            // As libyaml: these start a plain scalar only before a non-blank character (- also in flow).
            guard block || first == 0x2D, !isBlankOrEnd(position + 1) else { throw Outside() }
        case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            throw Outside()
        default:
            break
        }
        let begin = position
        var end = position
        while position < bytes.count {
            let value = bytes[position]
            if value == 0x0A { break }
            if value == 0x20 {
                position += 1
                continue
            }
            if value == 0x3A {
                if isBlankOrEnd(position + 1) { break }
                if !block, let next = byte(at: position + 1), [0x2C, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D].contains(next) { throw Outside() }
            } else if value == 0x23, bytes[position - 1] == 0x20 {
                if !block { throw Outside() }
                break
            } else if !block, value == 0x2C || value == 0x5B || value == 0x5D || value == 0x7B || value == 0x7D {
                break
            } else {
                try checkPrintable(value)
            }
            position += 1
            end = position
        }
        guard end > begin else { throw Outside() }
        return .scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self), start)
    }

    /// Refuses what libyaml reads otherwise or refuses itself: control characters, tabs, the
    /// Unicode line breaks of YAML 1.1, byte order marks inside the text and non-characters.
    private func checkPrintable(_ value: UInt8) throws(Outside) {
        if value < 0x20 || value == 0x7F { throw Outside() }
        if value == 0xC2, let next = byte(at: position + 1), next < 0xA0 { throw Outside() }
        if value == 0xE2, byte(at: position + 1) == 0x80, let last = byte(at: position + 2), last == 0xA8 || last == 0xA9 { throw Outside() }
        if value == 0xEF, let next = byte(at: position + 1), let last = byte(at: position + 2),
           (next == 0xBB && last == 0xBF) || (next == 0xBF && (last == 0xBE || last == 0xBF)) { throw Outside() }
    }

    private mutating func doubleQuoted() throws(Outside) -> YAMLNode {
        let start = mark()
        position += 1
        // Most quoted values have no escape: their text is the bytes between the quotes.
        var end = position
        while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C, bytes[end] != 0x0A, bytes[end] >= 0x20, bytes[end] < 0x7F { end += 1 }
        if end < bytes.count, bytes[end] == 0x22 {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
            position = end + 1
            return .scalar(text, start)
        }
        var text: [UInt8] = []
        while true {
            guard let value = byte(at: position), value != 0x0A else { throw Outside() }
            switch value {
            case 0x22:
                position += 1
                return .scalar(String(decoding: text, as: UTF8.self), start)
            case 0x5C:
                guard let escape = byte(at: position + 1) else { throw Outside() }
                position += 2
                switch escape {
                case 0x22, 0x5C, 0x2F: text.append(escape)
                case 0x6E: text.append(0x0A)
                case 0x74: text.append(0x09)
                case 0x72: text.append(0x0D)
                case 0x75:
                    guard position + 4 <= bytes.count, let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self), radix: 16),
                          code != 0, let scalar = Unicode.Scalar(code) else { throw Outside() }
                    position += 4
                    text.append(contentsOf: String(Character(scalar)).utf8)
                default: throw Outside()
                }
            default:
                try checkPrintable(value)
                text.append(value)
                position += 1
            }
        }
    }

    private mutating func singleQuoted() throws(Outside) -> YAMLNode {
        let start = mark()
        position += 1
        var text: [UInt8] = []
        while true {
            guard let value = byte(at: position), value != 0x0A else { throw Outside() }
            if value == 0x27 {
                if byte(at: position + 1) == 0x27 {
                    text.append(0x27)
                    position += 2
                    continue
                }
                position += 1
                return .scalar(String(decoding: text, as: UTF8.self), start)
            }
            try checkPrintable(value)
            text.append(value)
            position += 1
        }
    }

    /// The line and column of the current position.
    private mutating func mark() -> YAMLNode.Mark {
        if markPosition > position || markPosition < lineStart {
            markPosition = lineStart
            markColumn = 1
        }
        while markPosition < position {
            // Columns count Unicode scalars: every byte that does not continue a UTF-8 sequence.
            if bytes[markPosition] & 0xC0 != 0x80 { markColumn += 1 }
            markPosition += 1
        }
        return YAMLNode.Mark(line: line, column: markColumn)
    }

    /// A mapping's keys so far; a key given twice leaves the file to Yams, which reports it.
    private struct KeySet {
        private var small: [String] = []
        private var large: Set<String> = []

        mutating func insert(_ key: YAMLNode) throws(Outside) {
            // libyaml looks for a key's colon at most 1,024 characters on.
            guard let text = key.string, text.utf8.count < 1000 else { throw Outside() }
            if small.count < 16 {
                if small.contains(text) { throw Outside() }
                small.append(text)
                return
            }
            if large.isEmpty { large = Set(small) }
            guard large.insert(text).inserted else { throw Outside() }
        }
    }
}
