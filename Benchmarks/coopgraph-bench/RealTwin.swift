import CooperationGraph
import Foundation

/// A generated stand-in for a real twinning network (Wikidata's has 10,055 cities and 17,401
/// links, which the repository does not hold): sparse, one connected component, heavy-tailed
/// degrees, the same on every machine.
///
/// A preferential-attachment tree (each new city twins with an existing one drawn in proportion
/// to its degree, Barabási–Albert with *m* = 1) joins every city; the remaining links join a
/// uniformly drawn city to one drawn by degree, with no self-links and no repeated pairs, so
/// path measures need no multigraph rules. Draws come from SplitMix64 with a fixed seed.
enum RealTwin {
    static let name = "realtwin"
    static let cities = 10_055
    static let links = 17_401

    /// Countries (ISO code, continent) the cities are spread over, so the CSV reader accepts them.
    private static let countries = [
        ("PL", "EU"), ("DE", "EU"), ("FR", "EU"), ("IT", "EU"), ("ES", "EU"), ("GB", "EU"), ("UA", "EU"), ("NL", "EU"),
        ("SE", "EU"), ("CZ", "EU"), ("US", "NA"), ("CA", "NA"), ("MX", "NA"), ("BR", "SA"), ("AR", "SA"), ("CL", "SA"),
        ("CN", "AS"), ("JP", "AS"), ("KR", "AS"), ("IN", "AS"), ("TR", "AS"), ("IL", "AS"), ("NG", "AF"), ("ZA", "AF"),
        ("EG", "AF"), ("MA", "AF"), ("KE", "AF"), ("AU", "OC"), ("NZ", "OC"), ("FJ", "OC"),
    ]

    /// Writes `nodes.csv` and `links.csv` into `folder` unless they are there.
    static func write(to folder: URL) throws {
        let nodesFile = folder.appendingPathComponent("nodes.csv")
        if FileManager.default.fileExists(atPath: nodesFile.path) { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var random = SplitMix64(seed: 20_240_601)
        var endpoints: [Int32] = [0]   // every link's two ends: drawing from it draws by degree
        endpoints.reserveCapacity(2 * links)
        var pairs = Set<Int64>()
        var edges: [(Int, Int)] = []
        func add(_ a: Int, _ b: Int) {
            pairs.insert(Int64(min(a, b)) << 32 | Int64(max(a, b)))
            edges.append((a, b))
            endpoints.append(Int32(a))
            endpoints.append(Int32(b))
        }
        for city in 1..<cities {
            let partner = city == 1 ? 0 : Int(endpoints[random.below(endpoints.count)])
            add(city, partner)
            if city == 1 { endpoints.removeFirst() }
        }
        while edges.count < links {
            let a = random.below(cities)
            let b = Int(endpoints[random.below(endpoints.count)])
            guard a != b, !pairs.contains(Int64(min(a, b)) << 32 | Int64(max(a, b))) else { continue }
            add(a, b)
        }
        var nodes = "id,kind,name,country,continent\n"
        for city in 0..<cities {
            let (country, continent) = countries[city % countries.count]
            nodes += "T\(city),city,Twin town \(city),\(country),\(continent)\n"
        }
        var linkText = "source,target,kind,year\n"
        for (index, (a, b)) in edges.enumerated() {
            linkText += "T\(a),T\(b),partner,\(1950 + index % 74)\n"
        }
        try linkText.write(to: folder.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
        try nodes.write(to: nodesFile, atomically: true, encoding: .utf8)
    }
}
