import Yams

/// One node of a dataset file as ``YAMLDatasetReader`` reads it: a scalar's text, a mapping's
/// pairs or a sequence's items, each with the line and column where it starts.
///
/// The reader's own tree, so that ``YAMLSubsetParser`` can build it directly from the bytes
/// (Yams' `Mark` cannot be made outside Yams) and Yams' `Node` can be brought to the same form.
enum YAMLNode: Equatable {
    case scalar(String, Mark)
    case mapping([Pair], Mark)
    case sequence([YAMLNode], Mark)
    case alias(Mark)

    /// A 1-based line and column; columns count Unicode scalars, as libyaml does.
    struct Mark: Equatable {
        // 32 bits keep every node small; a text of 2^31 lines is far beyond what is read.
        private var storedLine: Int32
        private var storedColumn: Int32
        var line: Int { Int(storedLine) }
        var column: Int { Int(storedColumn) }

        init(line: Int, column: Int) {
            storedLine = Int32(clamping: line)
            storedColumn = Int32(clamping: column)
        }
    }

    /// One key and its value in a mapping, in the order the file gives them.
    struct Pair: Equatable {
        var key: YAMLNode
        var value: YAMLNode
    }

    /// The dataset reader looks no deeper than a field's list items (document, entities, an
    /// entity, its names, one name); below that only a node's kind and place matter.
    static let readDepth = 4

    /// Yams' node in this form. Children of nodes at ``readDepth`` are left out: the reader never
    /// looks at them, and an alias bomb's shared subtrees are then not walked 9^9 times.
    init(_ node: Node, depth: Int = 0) {
        let mark = Mark(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        switch node {
        case let .scalar(scalar):
            self = .scalar(scalar.string, mark)
        case let .mapping(mapping):
            self = .mapping(depth >= YAMLNode.readDepth ? [] : mapping.map {
                Pair(key: YAMLNode($0.key, depth: depth + 1), value: YAMLNode($0.value, depth: depth + 1))
            }, mark)
        case let .sequence(sequence):
            self = .sequence(depth >= YAMLNode.readDepth ? [] : sequence.map { YAMLNode($0, depth: depth + 1) }, mark)
        case .alias:
            self = .alias(mark)
        }
    }

    /// The tree Yams composes of `text`, or `nil` for an empty stream.
    ///
    /// - Throws: Yams' `YamlError` for text that is not valid YAML.
    static func composed(_ text: String) throws -> YAMLNode? {
        // The basic resolver tags every plain scalar as text: the reader reads each value as
        // text itself, and the default resolver's regular expressions, run on every key the
        // parser hashes to find duplicates, were most of the loading time.
        try Yams.compose(yaml: text, .basic).map { YAMLNode($0) }
    }

    /// Where the node starts.
    var mark: Mark {
        switch self {
        case let .scalar(_, mark), let .mapping(_, mark), let .sequence(_, mark), let .alias(mark): mark
        }
    }

    /// A scalar's text; `nil` for any other node.
    var string: String? {
        if case let .scalar(text, _) = self { return text }
        return nil
    }
}
