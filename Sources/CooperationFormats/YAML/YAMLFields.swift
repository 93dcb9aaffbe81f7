/// The fields of one mapping in a dataset file, by name: the mapping's own pairs, less those
/// the reader refused (a key that is not text or not a field, an alias for a value).
///
/// A mapping has a few fields: looking them up in order costs less than copying them into a
/// dictionary for every one of 200,000 entities and links.
struct YAMLFields {
    private let pairs: [YAMLNode.Pair]
    private var refused: [Int] = []

    init(_ pairs: [YAMLNode.Pair]) {
        self.pairs = pairs
    }

    /// Leaves the pair at `index` out of the fields.
    mutating func refuse(_ index: Int) {
        refused.append(index)
    }

    /// The value of the field `name`, if the mapping gives it. Keys are given once: Yams and
    /// ``YAMLSubsetParser`` both refuse a mapping that gives one twice.
    subscript(name: String) -> YAMLNode? {
        for (index, pair) in pairs.enumerated() where pair.key.string == name {
            return refused.contains(index) ? nil : pair.value
        }
        return nil
    }
}
