// swift-tools-version:6.0
// The benchmark against the peers (NetworkX, igraph, rustworkx, networkit), apart from the main
// package so that a user's `swift build` never builds it (as swift-collections keeps its
// Benchmarks). Run it in a release build with `make bench` from the main folder.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which differs between checkouts.
let main = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "CooperationGraphBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "coopgraph-bench",
            dependencies: [.product(name: "CooperationGraph", package: main)],
            path: "coopgraph-bench"
        ),
    ]
)
