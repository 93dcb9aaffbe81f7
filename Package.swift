// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CooperationGraph",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "DOT", targets: ["DOT"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
        .library(name: "CooperationGraph", targets: ["CooperationGraph"]),
        .executable(name: "coopgraph", targets: ["coopgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // Libraries
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "DOT"),
        .target(name: "Graphviz", dependencies: ["CGraphviz", "DOT"]),
        .target(
            name: "CooperationGraph",
            dependencies: [
                "DOT", "Graphviz", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/poznan-2023.yaml"), .copy("Resources/gazetteer.tsv")],
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),

        // Command line
        .executableTarget(
            name: "coopgraph",
            dependencies: [
                "CooperationGraph", "Graphviz", "DOT",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Examples
        .executableTarget(name: "partners-per-continent", dependencies: ["CooperationGraph"],
                          path: "Examples/partners-per-continent"),
        .executableTarget(name: "country-coverage", dependencies: ["CooperationGraph"],
                          path: "Examples/country-coverage"),
        .executableTarget(name: "custom-graph", dependencies: ["CooperationGraph", "Graphviz", "DOT"],
                          path: "Examples/custom-graph"),

        // Benchmarks
        .executableTarget(name: "coopgraph-bench", dependencies: ["CooperationGraph", "DOT", "Graphviz"],
                          path: "Benchmarks/coopgraph-bench"),

        // Tests
        .testTarget(name: "DOTTests", dependencies: ["DOT"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "DOT"]),
        .testTarget(name: "CooperationGraphTests", dependencies: ["CooperationGraph", "Graphviz", "DOT"], exclude: ["Fixtures"]),
        .testTarget(name: "coopgraphTests", dependencies: ["coopgraph"]),
    ]
)
