// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CooperationGraph",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "CooperationGraph", targets: ["CooperationGraph"]),
        .library(name: "DOT", targets: ["DOT"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
        .executable(name: "coopgraph", targets: ["coopgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // Libraries: the arrows run one way (a test holds every module's imports against them).
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "DOT"),
        .target(name: "Graphviz", dependencies: ["CGraphviz", "DOT"]),
        .target(
            name: "CooperationCore",
            resources: [.copy("Resources/gazetteer.tsv")],
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        .target(
            name: "CooperationFormats",
            dependencies: ["CooperationCore", "DOT", "Graphviz", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/poznan-2023.yaml")]
        ),
        .target(
            name: "CooperationPresentation",
            dependencies: ["CooperationCore", "DOT", "Graphviz", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Resources/countries-110m.tsv")]
        ),
        .target(
            name: "CooperationGraph",
            dependencies: ["CooperationCore", "CooperationFormats", "CooperationPresentation", "DOT", "Graphviz"]
        ),

        // Command line
        .executableTarget(
            name: "coopgraph",
            dependencies: ["CooperationGraph", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Examples
        .executableTarget(name: "partners-per-continent", dependencies: ["CooperationGraph"],
                          path: "Examples/partners-per-continent"),
        .executableTarget(name: "country-coverage", dependencies: ["CooperationGraph"],
                          path: "Examples/country-coverage"),
        .executableTarget(name: "custom-graph", dependencies: ["CooperationGraph"],
                          path: "Examples/custom-graph"),

        // Tests
        .target(name: "TestFixtures", path: "Tests/TestFixtures"),
        .testTarget(name: "DOTTests", dependencies: ["DOT"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "DOT", "TestFixtures"]),
        .testTarget(name: "CooperationCoreTests", dependencies: ["CooperationCore", "CooperationFormats", "TestFixtures"]),
        .testTarget(name: "CooperationFormatsTests", dependencies: ["CooperationFormats", "CooperationCore", "DOT", "Graphviz", "TestFixtures"]),
        .testTarget(name: "CooperationPresentationTests",
                    dependencies: ["CooperationPresentation", "CooperationFormats", "CooperationCore", "DOT", "Graphviz", "TestFixtures"]),
        .testTarget(name: "SourceRulesTests", dependencies: ["TestFixtures"]),
        .testTarget(name: "coopgraphTests", dependencies: ["coopgraph", "Graphviz", "DOT", "TestFixtures"]),
    ]
)
