extension Dataset: Equatable {
    /// Two datasets are equal when their title, focus, year, documents, entities, links and
    /// totals are, in order.
    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        lhs.title == rhs.title && lhs.focus == rhs.focus && lhs.year == rhs.year && lhs.documents == rhs.documents
            && lhs.entities == rhs.entities && lhs.links == rhs.links && lhs.totals == rhs.totals
    }
}
