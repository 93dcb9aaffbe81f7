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
        let ranks = (0..<chunks).map { members.count * $0 / chunks ..< members.count * ($0 + 1) / chunks }
        // The pairs are counted first and then written in place, so that they are held once: on
        // a world-scale dataset they are millions, and chunks that grow arrays of their own to
        // be joined at the end would hold them twice and more.
        let sizes = Parallel.map(chunks: chunks) { chunk -> Int in
            var seen = [Int32](repeating: -1, count: members.count)
            var count = 0
            for position in ranks[chunk] {
                for network in networks[membersByRank[position]] ?? [] {
                    let later = networkMembers[Int(network)] ?? []
                    for other in later[NetworkProjection.firstAfter(position, in: later)...] where seen[Int(other)] != Int32(position) {
                        seen[Int(other)] = Int32(position)
                        count += 1
                    }
                }
            }
            return count
        }
        var starts = [0]
        for size in sizes { starts.append(starts[starts.count - 1] + size) }
        let slots = (0..<chunks).map { starts[$0]..<starts[$0 + 1] }
        pairs = Parallel.fill(count: starts[chunks], ranges: slots) { chunk, slots in
            var counts = [Int32](repeating: 0, count: members.count)
            var touched: [Int32] = []
            var written = 0
            for position in ranks[chunk] {
                let member = membersByRank[position]
                for network in networks[member] ?? [] {
                    let later = networkMembers[Int(network)] ?? []
                    for other in later[NetworkProjection.firstAfter(position, in: later)...] {
                        if counts[Int(other)] == 0 { touched.append(other) }
                        counts[Int(other)] += 1
                    }
                }
                touched.sort()
                for other in touched where written < slots.count {
                    slots.initializeElement(at: written, to: Pair(a: member, b: membersByRank[Int(other)], weight: Int(counts[Int(other)])))
                    written += 1
                    counts[Int(other)] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
        self.networksOfMember = networks
    }

    /// The position in `ranks` (sorted) of the first rank after `rank`.
    private static func firstAfter(_ rank: Int, in ranks: [Int32]) -> Int {
        var low = 0, high = ranks.count
        while low < high {
            let middle = (low + high) / 2
            if Int(ranks[middle]) <= rank { low = middle + 1 } else { high = middle }
        }
        return low
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
    public func sortedPairs() -> [Pair] { positionsHeaviestFirst().map { pairs[Int($0)] } }

    /// The positions in ``pairs`` of every pair, heaviest first, ties by ids: 4 bytes a pair
    /// where ``sortedPairs()`` copies 12. As ``pairs`` is in the order of the ids already, this
    /// is a stable counting sort by weight, with no id compared.
    ///
    /// - Complexity: O(*p* + *w*) for *p* pairs and the largest weight *w*.
    public func positionsHeaviestFirst() -> [Int32] {
        let heaviest = pairs.reduce(0) { max($0, $1.weight) }
        var starts = [Int](repeating: 0, count: heaviest + 1)
        for pair in pairs where pair.weight > 0 { starts[heaviest - pair.weight + 1] += 1 }
        for bucket in starts.indices.dropFirst() { starts[bucket] += starts[bucket - 1] }
        var order = [Int32](repeating: 0, count: pairs.count)
        for (position, pair) in pairs.enumerated() where pair.weight > 0 {
            let bucket = heaviest - pair.weight
            order[starts[bucket]] = Int32(truncatingIfNeeded: position)
            starts[bucket] += 1
        }
        return order
    }

    /// The names of the networks both members of `pair` belong to, sorted.
    public func networks(of pair: Pair) -> [String] {
        let first = networksOfMember[pair.a] ?? [], second = networksOfMember[pair.b] ?? []
        var names: [String] = []
        var i = 0, j = 0
        // Both lists are sorted, so their intersection is a merge, with no set built per pair.
        while i < first.count, j < second.count {
            if first[i] < second[j] {
                i += 1
            } else if second[j] < first[i] {
                j += 1
            } else {
                names.append(networkNames[Int(first[i])])
                i += 1
                j += 1
            }
        }
        return names.sorted()
    }

    /// The indices of the networks a member belongs to.
    public func networkIndices(of member: Int) -> [Int] { (networksOfMember[member] ?? []).map(Int.init) }

    /// `pair` with its ids and network names.
    public func described(_ pair: Pair) -> SharedNetworks {
        SharedNetworks(a: ids[pair.a], b: ids[pair.b], networks: networks(of: pair))
    }
}
