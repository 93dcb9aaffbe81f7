/// Every pair of entities that share networks, heaviest first, ties by ids, as a collection of
/// ``SharedNetworks`` made when read: a world-scale dataset has millions of such pairs, and a
/// summary that shows twenty of them holds the projection's 16 bytes a pair, not the ids and
/// network names of every pair.
///
/// It encodes and decodes as a JSON array of ``SharedNetworks``, and two are equal when they
/// hold the same pairs in the same order, however each is stored.
public struct SharedNetworkPairs: RandomAccessCollection, Hashable, Sendable, Codable {
    private enum Storage: Sendable {
        case projection(NetworkProjection, order: [Int32])
        case list([SharedNetworks])
    }

    private let storage: Storage

    /// The pairs of `projection`, heaviest first, ties by ids.
    ///
    /// - Complexity: O(*p*) for *p* pairs; each pair's networks are found when it is read.
    public init(_ projection: NetworkProjection) {
        self.init(projection, order: projection.positionsHeaviestFirst())
    }

    /// The pairs of `projection` in `order`, its ``NetworkProjection/positionsHeaviestFirst()``.
    init(_ projection: NetworkProjection, order: [Int32]) {
        storage = .projection(projection, order: order)
    }

    /// The pairs given, in their order.
    public init(_ pairs: [SharedNetworks]) {
        storage = .list(pairs)
    }

    /// The position of the first pair: 0.
    public var startIndex: Int { 0 }

    /// The number of pairs.
    public var endIndex: Int {
        switch storage {
        case let .projection(_, order): order.count
        case let .list(pairs): pairs.count
        }
    }

    /// The pair at `position`, with its ids and the names of the networks both belong to.
    public subscript(position: Int) -> SharedNetworks {
        switch storage {
        case let .projection(projection, order): projection.described(projection.pairs[Int(order[position])])
        case let .list(pairs): pairs[position]
        }
    }

    /// Whether both hold the same pairs in the same order.
    public static func == (lhs: SharedNetworkPairs, rhs: SharedNetworkPairs) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    /// Hashes the pairs in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for pair in self { hasher.combine(pair) }
    }

    /// Reads a JSON array of ``SharedNetworks``.
    public init(from decoder: any Decoder) throws {
        storage = .list(try [SharedNetworks](from: decoder))
    }

    /// Writes the pairs as a JSON array of ``SharedNetworks``, as `[SharedNetworks]` would.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for pair in self { try container.encode(pair) }
    }
}
