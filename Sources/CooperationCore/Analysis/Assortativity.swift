extension WeightedGraph {
    /// Degree assortativity: the Pearson correlation of the degrees at the two ends of every
    /// edge (Newman 2002, "Assortative mixing in networks"), as NetworkX's
    /// `degree_assortativity_coefficient` computes it — each edge seen from both ends, a
    /// self-link once, and with ``LinkCounting/multigraph`` a pair of entities joined by *k*
    /// links seen *k* times, with degrees counting every link.
    ///
    /// - Returns: *r* in [−1, 1]; NaN when every edge joins equal degrees or there is no edge.
    /// - Complexity: O(*n* + *m*).
    public func degreeAssortativity() -> Double {
        let degree = strengths()
        var count = 0.0, sum = 0.0, squares = 0.0, products = 0.0
        for vertex in 0..<self.count {
            let x = degree[vertex]
            for position in offsets[vertex]..<offsets[vertex + 1] {
                let weight = weights[position], y = degree[Int(neighbours[position])]
                count += weight
                sum += weight * x
                squares += weight * x * x
                products += weight * x * y
            }
            let loops = selfWeights[vertex]
            count += loops
            sum += loops * x
            squares += loops * x * x
            products += loops * x * x
        }
        let mean = sum / count
        return (products / count - mean * mean) / (squares / count - mean * mean)
    }

    /// Attribute assortativity (Newman 2003, "Mixing patterns in networks"):
    /// (Σᵢ *eᵢᵢ* − Σᵢ *aᵢ*²) / (1 − Σᵢ *aᵢ*²) over the normalised mixing matrix *e* of the
    /// categories at the two ends of each edge, as NetworkX's
    /// `attribute_assortativity_coefficient`, on the subgraph of the vertices that have a
    /// category (`category[v] >= 0`).
    ///
    /// - Returns: *r* ≤ 1; NaN when one category covers every edge end or there is no edge.
    /// - Complexity: O(*n* + *m* + *c*) for *c* categories.
    public func attributeAssortativity(category: [Int]) -> Double {
        let categories = (category.max() ?? -1) + 1
        var rows = [Double](repeating: 0, count: max(categories, 0))
        var total = 0.0, diagonal = 0.0
        for vertex in 0..<count where category[vertex] >= 0 {
            let own = category[vertex]
            for position in offsets[vertex]..<offsets[vertex + 1] {
                let other = category[Int(neighbours[position])]
                guard other >= 0 else { continue }
                let weight = weights[position]
                total += weight
                rows[own] += weight
                if other == own { diagonal += weight }
            }
            total += selfWeights[vertex]
            rows[own] += selfWeights[vertex]
            diagonal += selfWeights[vertex]
        }
        let squares = rows.reduce(0) { $0 + ($1 / total) * ($1 / total) }
        return (diagonal / total - squares) / (1 - squares)
    }
}

extension Dataset {
    /// Degree assortativity of the graph of links of `kinds` (all when `nil`); see
    /// ``LinkCounting`` for how parallel links and self-links count.
    ///
    /// - Complexity: O(*n* + *m*).
    public func degreeAssortativity(kinds: Set<LinkKind>? = nil, counting: LinkCounting = .multigraph) -> Double {
        WeightedGraph(self, kinds: kinds, counting: counting).degreeAssortativity()
    }

    /// Continent assortativity: do entities link within their continent? Computed on the
    /// entities that have a continent (their own or their country's), with
    /// ``attributeAssortativity(_:kinds:counting:)``.
    public func continentAssortativity(kinds: Set<LinkKind>? = nil, counting: LinkCounting = .multigraph) -> Double {
        attributeAssortativity({ $0.resolvedContinent?.code }, kinds: kinds, counting: counting)
    }

    /// Country assortativity: do entities link within their country? Computed on the
    /// entities that have a country.
    public func countryAssortativity(kinds: Set<LinkKind>? = nil, counting: LinkCounting = .multigraph) -> Double {
        attributeAssortativity({ $0.country }, kinds: kinds, counting: counting)
    }

    /// Attribute assortativity by the category `attribute` gives each entity, on the subgraph
    /// of the entities that have one (`nil` leaves an entity out), as NetworkX's
    /// `attribute_assortativity_coefficient(G.subgraph(those), attribute)`.
    ///
    /// - Complexity: O(*n* + *m*).
    public func attributeAssortativity(_ attribute: (Entity) -> String?, kinds: Set<LinkKind>? = nil,
                                       counting: LinkCounting = .multigraph) -> Double {
        var numbers: [String: Int] = [:]
        let category = entities.map { entity -> Int in
            guard let value = attribute(entity), !value.isEmpty else { return -1 }
            if let number = numbers[value] { return number }
            numbers[value] = numbers.count
            return numbers.count - 1
        }
        return WeightedGraph(self, kinds: kinds, counting: counting).attributeAssortativity(category: category)
    }
}
