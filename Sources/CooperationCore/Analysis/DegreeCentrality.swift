extension GraphIndex {
    /// Degree centrality: each entity's degree divided by *n* − 1, as NetworkX's
    /// `degree_centrality` computes it on a multigraph (every link counts).
    ///
    /// - Returns: Values by index; all 1 when the graph has one entity.
    /// - Complexity: O(*n*).
    public func degreeCentrality() -> [Double] {
        guard count > 1 else { return Array(repeating: 1, count: count) }
        let scale = 1 / Double(count - 1)
        return degrees.map { Double($0) * scale }
    }
}
