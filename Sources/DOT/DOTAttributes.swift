/// An ordered list of attributes with unique names: the order of first insertion is the order
/// they are written in.
///
/// ```swift
/// var attributes: DOTAttributes = ["shape": "box", "label": "Poznań"]
/// attributes["color"] = .raw("#1b9e77")
/// ```
public struct DOTAttributes: Hashable, Sendable {
    /// The attributes, in the order they were first set.
    public private(set) var entries: [(name: String, value: DOTValue)] = []

    /// An empty list.
    public init() {}

    /// Whether no attribute is set.
    public var isEmpty: Bool { entries.isEmpty }

    /// The number of attributes set.
    public var count: Int { entries.count }

    /// Makes room for `count` attributes, for a writer that sets a known number of them.
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// The names, in order.
    public var names: [String] { entries.map(\.name) }

    /// The value of `name`, or `nil`. Setting `nil` removes the attribute; setting a new name
    /// appends it; setting an existing one replaces its value in place.
    ///
    /// - Complexity: O(*n*) in the number of attributes, which stays small.
    public subscript(name: String) -> DOTValue? {
        get { entries.first { $0.name == name }?.value }
        set {
            let index = entries.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, value?): entries[index].value = value
            case let (index?, nil): entries.remove(at: index)
            case let (nil, value?): entries.append((name, value))
            case (nil, nil): break
            }
        }
    }

    /// Sets every attribute of `other`, in its order.
    public mutating func merge(_ other: DOTAttributes) {
        for (name, value) in other.entries { self[name] = value }
    }

    /// These attributes with every attribute of `other` set, in its order.
    public func merging(_ other: DOTAttributes) -> DOTAttributes {
        var merged = self
        merged.merge(other)
        return merged
    }

    public static func == (lhs: DOTAttributes, rhs: DOTAttributes) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries.count)
        for entry in entries {
            hasher.combine(entry.name)
            hasher.combine(entry.value)
        }
    }
}

extension DOTAttributes: ExpressibleByDictionaryLiteral {
    /// A list in the literal's order; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        for (name, value) in elements { self[name] = value }
    }
}

extension DOTAttributes: Sequence {
    /// Iterates the attributes in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: DOTValue)]> {
        entries.makeIterator()
    }
}
