import CooperationCore
import Testing

/// The dataset's own bookkeeping: each entity's links, the ends of each link, and which ends a
/// link kind allows, checked against what was added by hand.
@Suite struct DatasetTests {
    @Test func linksOfAnEntityAreInDatasetOrderWithASelfLinkOnceAndUnknownEndsLeftOut() {
        let dataset = Dataset(
            entities: [Entity(id: "a", kind: .city, name: "A"), Entity(id: "b", kind: .city, name: "B"), Entity(id: "n", kind: .network, name: "N")],
            links: [
                Link(source: "a", target: "b", kind: .partnership, year: 2001),
                Link(source: "b", target: "n", kind: .membership),
                Link(source: "a", target: "a", kind: .cooperation),
                Link(source: "nowhere", target: "a", kind: .cooperation, year: 2002),
                Link(source: "n", target: "a", kind: .cooperation),
                Link(source: "b", target: "a", kind: .partnership, year: 2003),
            ]
        )
        #expect(dataset.links(of: "a").map(\.source) == ["a", "a", "nowhere", "n", "b"])
        #expect(dataset.links(of: "a").map(\.year) == [2001, nil, 2002, nil, 2003])
        #expect(dataset.links(of: "b").map(\.target) == ["b", "n", "a"])
        #expect(dataset.links(of: "n").map(\.source) == ["b", "n"])
        #expect(dataset.links(of: "nowhere").isEmpty)
        #expect(dataset.endIndices(ofLink: 2) == (0, 0))
        #expect(dataset.endIndices(ofLink: 3) == (nil, 0))
        #expect(dataset.endIndices(ofLink: 4) == (2, 0))
    }

    @Test func anEntityAddedAgainReplacesTheFirstAndKeepsItsLinks() {
        var dataset = Dataset(entities: [Entity(id: "a", kind: .city, name: "A"), Entity(id: "b", kind: .city, name: "B")],
                              links: [Link(source: "a", target: "b", kind: .partnership)])
        dataset.add(Entity(id: "a", kind: .region, name: "A2"))
        dataset.add(Link(source: "b", target: "a", kind: .cooperation))
        #expect(dataset.entities.map(\.name) == ["A2", "B"])
        #expect(dataset.links(of: "a").map(\.kind) == [.partnership, .cooperation])
        #expect(dataset.index(of: "b") == 1)
    }

    @Test func theTwoBitTestsOfALinkKindAgreeWithItsAllowedEnds() {
        for kind in LinkKind.allCases {
            for source in EntityKind.allCases {
                for target in EntityKind.allCases {
                    let expected = kind.allowedEnds.map { $0.source.contains(source) && $0.target.contains(target) } ?? true
                    #expect(kind.allows(source: source, target: target) == expected, "\(kind) \(source) → \(target)")
                }
            }
        }
        // Spelled out for two kinds, as LinkKind's documentation states them.
        #expect(LinkKind.partnership.allows(source: .city, target: .region))
        #expect(!LinkKind.partnership.allows(source: .city, target: .network))
        #expect(LinkKind.membership.allows(source: .institution, target: .network))
        #expect(!LinkKind.membership.allows(source: .city, target: .city))
    }
}
