import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// The pairs that share networks, read from the projection when asked, are the same values and
/// the same JSON as the list of every pair described at once.
@Suite struct SharedNetworkPairsTests {
    @Test func heaviestFirstPositionsAgreeWithTheTopPairs() throws {
        let projection = NetworkProjection(try DatasetLoader.load([Fixtures.worldSmall]))
        #expect(projection.positionsHeaviestFirst().map { projection.pairs[Int($0)] } == projection.top(projection.pairs.count))
        #expect(projection.sortedPairs() == projection.top(projection.pairs.count))
    }

    @Test func pairsReadWhenAskedEqualThePairsDescribedAtOnce() throws {
        let dataset = try DatasetLoader.load([Fixtures.worldSmall])
        let projection = NetworkProjection(dataset)
        let lazy = SharedNetworkPairs(projection)
        let listed = dataset.sharedNetworks()
        #expect(!listed.isEmpty)
        #expect(Array(lazy) == listed)
        #expect(lazy == SharedNetworkPairs(listed))
        #expect(lazy.hashValue == SharedNetworkPairs(listed).hashValue)
        #expect(lazy.allSatisfy { $0.networks.count == Set($0.networks).count && $0.networks == $0.networks.sorted() })
    }

    @Test func pairsEncodeAsTheirArray() throws {
        let dataset = try DatasetLoader.load([Fixtures.worldSmall])
        let lazy = SharedNetworkPairs(NetworkProjection(dataset))
        let encoder = JSONEncoder.deterministic()
        let text = try encoder.encode(lazy)
        #expect(text == (try encoder.encode(dataset.sharedNetworks())))
        #expect(try JSONDecoder().decode(SharedNetworkPairs.self, from: text) == lazy)
    }
}
