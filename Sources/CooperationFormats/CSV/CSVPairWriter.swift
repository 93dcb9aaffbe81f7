import CooperationCore
/// Writes the research CSV pair: `nodes.csv` (`id,kind,name,country,continent`) and
/// `links.csv` (`source,target,kind,year`). The pair holds less than the dataset (no notes,
/// sources or names in other languages); continents are written resolved from the country.
enum CSVPairWriter {
    static func write(_ dataset: Dataset) -> (nodes: String, links: String) {
        var nodes = "id,kind,name,country,continent\n"
        for entity in dataset.entities {
            nodes += [entity.id, entity.kind.rawValue, entity.name, entity.country ?? "", entity.resolvedContinent?.code ?? ""]
                .map(CSVField.escape).joined(separator: ",") + "\n"
        }
        var links = "source,target,kind,year\n"
        for link in dataset.links {
            links += [link.source, link.target, link.kind.rawValue, link.year.map(String.init) ?? ""].map(CSVField.escape).joined(separator: ",") + "\n"
        }
        return (nodes, links)
    }
}
