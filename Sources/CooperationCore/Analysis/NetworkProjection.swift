/// The weighted projection of the member–network graph onto the members: two members are
/// joined with a weight equal to the number of networks both belong to. Unlike NetworkX's
/// `weighted_projected_graph`, it can say which networks make each weight.
public struct NetworkProjection: Sendable {
    /// One pair of members and how many networks they share.
    public struct Pair: Hashable, Sendable {
        private let first: Int32
        private let second: Int32
        private let count: Int32

        /// The member whose id sorts first (an index into the dataset's entities).
        public var a: Int { Int(first) }
        /// The member whose id sorts second.
        public var b: Int { Int(second) }
        /// The number of networks both belong to.
        public var weight: Int { Int(count) }

        /// A pair of members and their weight; 12 bytes, as projections hold millions.
        public init(a: Int, b: Int, weight: Int) {
            first = Int32(a)
            second = Int32(b)
            count = Int32(weight)
        }
    }

    /// Entity ids by index, as in the dataset.
    public let ids: [String]
    /// Network names by entity index (empty for non-networks).
    let networkNames: [String]
    /// For each member (by entity index), the networks it belongs to, sorted by index.
    let networksOfMember: [Int: [Int32]]
    /// Every pair, ordered by the first member's id, then the second's.
    public let pairs: [Pair]

    /// The number of members with at least one network.
    public var memberCount: Int { networksOfMember.count }

    /// The projection of `dataset`'s membership links.
    ///
    /// - Complexity: O(Σ *m*²) over the networks' member counts *m*, spread over all cores.
    public init(_ dataset: Dataset) {
        ids = dataset.entities.map(\.id)
        networkNames = dataset.entities.map { $0.kind == .network ? $0.name : "" }
        var networksOfMember: [Int: [Int32]] = [:]
        var membersOfNetwork: [Int: [Int32]] = [:]
        for link in dataset.links where link.kind == .membership {
            guard let member = dataset.index(of: link.source), let network = dataset.index(of: link.target),
                  member != network, dataset.entities[network].kind == .network else { continue }
            networksOfMember[member, default: []].append(Int32(network))
            membersOfNetwork[network, default: []].append(Int32(member))
        }
        for key in networksOfMember.keys { networksOfMember[key] = Array(Set(networksOfMember[key] ?? [])).sorted() }
        let members = networksOfMember.keys.sorted { dataset.entities[$0].id < dataset.entities[$1].id }
        var rank = [Int32](repeating: -1, count: ids.count)
        for (position, member) in members.enumerated() { rank[member] = Int32(position) }
        var byRank: [Int: [Int32]] = [:]
        for (network, list) in membersOfNetwork { byRank[network] = Array(Set(list.map { rank[Int($0)] })).sorted() }
        let membersByRank = members
        let networks = networksOfMember
        let networkMembers = byRank
        let chunks = min(16, max(1, members.count))
        var parts = Parallel.map(chunks: chunks) { chunk -> [Pair] in
            let start = members.count * chunk / chunks, end = members.count * (chunk + 1) / chunks
            var counts = [Int32](repeating: 0, count: members.count)
            var touched: [Int32] = []
            var result: [Pair] = []
            for position in start..<end {
                let member = membersByRank[position]
                for network in networks[member] ?? [] {
                    for other in networkMembers[Int(network)] ?? [] where Int(other) > position {
                        if counts[Int(other)] == 0 { touched.append(other) }
                        counts[Int(other)] += 1
                    }
                }
                touched.sort()
                for other in touched {
                    result.append(Pair(a: member, b: membersByRank[Int(other)], weight: Int(counts[Int(other)])))
                    counts[Int(other)] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
            return result
        }
        var all: [Pair] = []
        all.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        // Each part is freed once copied, so the pairs are held about once, not twice: on a
        // world-scale dataset they are millions.
        for index in parts.indices {
            all.append(contentsOf: parts[index])
            parts[index] = []
        }
        pairs = all
        self.networksOfMember = networks
    }

    /// The `k` heaviest pairs, ties broken by the first id, then the second.
    ///
    /// - Complexity: O(*p* log *k*) for *p* pairs.
    public func top(_ k: Int) -> [Pair] {
        guard k > 0 else { return [] }
        var heap: [Pair] = []
        heap.reserveCapacity(k + 1)
        func before(_ x: Pair, _ y: Pair) -> Bool {
            x.weight != y.weight ? x.weight > y.weight : (ids[x.a] != ids[y.a] ? ids[x.a] < ids[y.a] : ids[x.b] < ids[y.b])
        }
        for pair in pairs {
            if heap.count < k {
                heap.append(pair)
                if heap.count == k { heap.sort(by: before) }
            } else if let last = heap.last, before(pair, last) {
                let position = heap.firstIndex { before(pair, $0) } ?? heap.count
                heap.insert(pair, at: position)
                heap.removeLast()
            }
        }
        if heap.count < k { heap.sort(by: before) }
        return heap
    }

    /// Every pair, heaviest first, ties by ids.
    public func sortedPairs() -> [Pair] { top(pairs.count) }

    /// The names of the networks both members of `pair` belong to, sorted.
    public func networks(of pair: Pair) -> [String] {
        let first = Set(networksOfMember[pair.a] ?? [])
        return (networksOfMember[pair.b] ?? []).filter { first.contains($0) }.map { networkNames[Int($0)] }.sorted()
    }

    /// The indices of the networks a member belongs to.
    public func networkIndices(of member: Int) -> [Int] { (networksOfMember[member] ?? []).map(Int.init) }

    /// `pair` with its ids and network names.
    public func described(_ pair: Pair) -> SharedNetworks {
        SharedNetworks(a: ids[pair.a], b: ids[pair.b], networks: networks(of: pair))
    }
}
