import Foundation

/// The backbone of the co-membership projection by the disparity filter (Serrano, Boguñá &
/// Vespignani 2009, "Extracting the multiscale backbone of complex weighted networks", PNAS
/// 106:6483): a pair of members joined with weight *w* (networks shared) is kept when, for
/// at least one of its ends *i* with strength *sᵢ* and *kᵢ* partners, the chance of so large
/// a share under a uniform split, αᵢⱼ = (1 − *w*/*sᵢ*)^(*kᵢ* − 1), is below the significance
/// level α. An end with one partner never makes its pair significant (0⁰ = 1).
///
/// Unlike peers that filter NetworkX's projection, every kept pair keeps the names of the
/// networks its members share.
public struct DisparityBackbone: Sendable {
    /// One kept pair.
    public struct Edge: Sendable, Equatable, Codable {
        /// The member whose id sorts first.
        public var a: String
        /// The member whose id sorts second.
        public var b: String
        /// The number of networks both belong to.
        public var weight: Int
        /// The smaller of the two ends' αᵢⱼ.
        public var alpha: Double
        /// The names of the networks both belong to, sorted.
        public var networks: [String]
    }

    /// The significance level the backbone was filtered at.
    public let significance: Double
    /// The number of pairs in the projection.
    public let projectedPairs: Int
    /// The kept pairs, heaviest first, ties by ids.
    public let edges: [Edge]

    /// The backbone of `dataset`'s co-membership projection at significance `alpha`.
    ///
    /// - Complexity: O(*p*) for *p* projected pairs, after the projection.
    public init(_ dataset: Dataset, alpha: Double = 0.05) {
        self.init(NetworkProjection(dataset), alpha: alpha)
    }

    /// The backbone of `projection` at significance `alpha`.
    public init(_ projection: NetworkProjection, alpha: Double = 0.05) {
        significance = alpha
        projectedPairs = projection.pairs.count
        let n = projection.ids.count
        var strength = [Double](repeating: 0, count: n)
        var partners = [Int](repeating: 0, count: n)
        for pair in projection.pairs {
            strength[pair.a] += Double(pair.weight)
            strength[pair.b] += Double(pair.weight)
            partners[pair.a] += 1
            partners[pair.b] += 1
        }
        func alphaFrom(_ end: Int, _ weight: Int) -> Double {
            partners[end] > 1 ? pow(1 - Double(weight) / strength[end], Double(partners[end] - 1)) : 1
        }
        // The kept pairs' positions in the projection with their α, in the projection's order
        // (by ids), so that sorting by weight, then position, puts them heaviest first, ties by ids.
        var kept: [(position: Int, alpha: Double)] = []
        for (position, pair) in projection.pairs.enumerated() {
            let value = min(alphaFrom(pair.a, pair.weight), alphaFrom(pair.b, pair.weight))
            if value < alpha { kept.append((position, value)) }
        }
        let pairs = projection.pairs
        kept.sort { pairs[$0.position].weight != pairs[$1.position].weight ? pairs[$0.position].weight > pairs[$1.position].weight : $0.position < $1.position }
        let ids = projection.ids
        edges = kept.map {
            let pair = pairs[$0.position]
            return Edge(a: ids[pair.a], b: ids[pair.b], weight: pair.weight, alpha: $0.alpha, networks: projection.networks(of: pair))
        }
    }
}
