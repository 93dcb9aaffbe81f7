import ArgumentParser

/// The `coopgraph` command line: thin wrappers over the library.
@main
struct CoopGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coopgraph",
        abstract: "Turn a city's international cooperation into a graph: statistics and Graphviz diagrams.",
        discussion: """
        With no arguments, prints the statistics of the embedded Poznań 2023 dataset.

        Examples:
          coopgraph stats --format json
          coopgraph stats Graphs/poznan-2023.yaml --lang pl
          coopgraph validate my-city.yaml
          coopgraph render --view partners -o out/partners.svg
          coopgraph render diagram.dot -o diagram.png --layout neato
          coopgraph centrality world/ --measure betweenness --samples 200 --format json
          coopgraph shared-networks world/ --top 10
          coopgraph coverage --target eu
          coopgraph describe world/ --samples 200
          coopgraph communities world/ --seed 1 --top 10
        """,
        version: "0.1.0",
        subcommands: [
            Summary.self, Stats.self, Validate.self, Render.self, Report.self, Slides.self, Convert.self, Format.self,
            Centrality.self, Components.self, Ego.self, SharedNetworksCommand.self, Coverage.self, Changes.self,
            Symmetry.self, Cousins.self, Describe.self, Communities.self, Cores.self, Backbone.self, Aggregate.self,
        ],
        defaultSubcommand: Summary.self
    )
}
