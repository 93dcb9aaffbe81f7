import CooperationCore
import Testing

/// The sampler behind `coopgraph centrality --samples`.
@Suite struct SourceSamplingTests {
    @Test func aSampleHoldsDistinctVerticesInRange() {
        let sample = GraphIndex.sampleSources(count: 200, from: 1_083, seed: 42)
        #expect(sample.count == 200)
        #expect(Set(sample).count == 200)
        #expect(sample.allSatisfy { (0..<1_083).contains($0) })
    }

    @Test func theSameSeedGivesTheSameSourcesAndAnotherSeedOthers() {
        #expect(GraphIndex.sampleSources(count: 50, from: 5_000, seed: 7) == GraphIndex.sampleSources(count: 50, from: 5_000, seed: 7))
        #expect(GraphIndex.sampleSources(count: 50, from: 5_000, seed: 7) != GraphIndex.sampleSources(count: 50, from: 5_000, seed: 8))
    }

    @Test func aSampleLargerThanTheGraphIsTheWholeGraph() {
        #expect(GraphIndex.sampleSources(count: 10, from: 4, seed: 1).sorted() == [0, 1, 2, 3])
        #expect(GraphIndex.sampleSources(count: -1, from: 4, seed: 1).isEmpty)
    }
}
