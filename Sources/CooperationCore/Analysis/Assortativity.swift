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
        // Each sum is over the ends of every edge; the ends at v add up to v's row weight
        // (and its self-weight), so only the products need the rows. Link counts and degrees are
        // whole numbers, so the sums are exact in any order: four accumulators keep the
        // gathers independent.
        var count = 0.0, sum = 0.0, squares = 0.0, products = 0.0
        offsets.withUnsafeBufferPointer { offsets in
        neighbours.withUnsafeBufferPointer { neighbours in
        weights.withUnsafeBufferPointer { weights in
        strength.withUnsafeBufferPointer { degree in
        selfWeights.withUnsafeBufferPointer { selfWeights in
            for vertex in 0..<self.count {
                let x = degree[vertex], loops = selfWeights[vertex]
                var row = loops, p0 = 0.0, p1 = 0.0, p2 = 0.0, p3 = 0.0
                var position = offsets[vertex]
                let end = offsets[vertex + 1]
                while position + 4 <= end {
                    p0 += weights[position] * degree[Int(neighbours[position])]
                    p1 += weights[position + 1] * degree[Int(neighbours[position + 1])]
                    p2 += weights[position + 2] * degree[Int(neighbours[position + 2])]
                    p3 += weights[position + 3] * degree[Int(neighbours[position + 3])]
                    position += 4
                }
                while position < end {
                    p0 += weights[position] * degree[Int(neighbours[position])]
                    position += 1
                }
                // The row weight is the strength less the self-links, which count twice in it.
                row += x - 2 * loops
                count += row
                sum += row * x
                squares += row * x * x
                products += x * ((p0 + p1) + (p2 + p3)) + loops * x * x
            }
        }
        }
        }
        }
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
        var diagonal = 0.0
        // The categories are read as they are (no narrowed copy: making one costs more than
        // the pass); the sums are of whole link counts, exact in any order.
        offsets.withUnsafeBufferPointer { offsets in
        neighbours.withUnsafeBufferPointer { neighbours in
        weights.withUnsafeBufferPointer { weights in
        category.withUnsafeBufferPointer { category in
        rows.withUnsafeMutableBufferPointer { rows in
            for vertex in 0..<count where category[vertex] >= 0 {
                let own = category[vertex]
                // Whether a neighbour has a category, and whether it is this one, is as likely
                // as not: the link counts (whole numbers) are summed as integers, masked rather
                // than chosen by a branch.
                var valid = 0, same = 0
                for position in offsets[vertex]..<offsets[vertex + 1] {
                    let other = category[Int(neighbours[position])], weight = Int(weights[position])
                    let difference = other ^ own
                    valid &+= weight & ~(other >> 63)
                    same &+= weight & ~((difference | (0 &- difference)) >> 63)
                }
                rows[own] += selfWeights[vertex] + Double(valid)
                diagonal += selfWeights[vertex] + Double(same)
            }
        }
        }
        }
        }
        }
        let total = rows.reduce(0, +)
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
