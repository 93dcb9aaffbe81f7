extension Dataset {
    /// The dataset with only the links of `year` and the links with no year (standing
    /// relations such as partnerships), and the totals for that year or for no year.
    public func filtered(year: Int) -> Dataset {
        Dataset(
            title: title, focus: focus, year: year, documents: documents, entities: entities,
            links: links.filter { $0.year == nil || $0.year == year },
            totals: totals.filter { $0.year == nil || $0.year == year }
        )
    }
}
