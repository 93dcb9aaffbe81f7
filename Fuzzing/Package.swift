// swift-tools-version:6.0
// libFuzzer targets, apart from the main package so that its builds never need the fuzzer
// runtime. Build and run with ../Scripts/fuzz.sh.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which differs between checkouts.
let main = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let datasetReaders = ["FuzzYAML", "FuzzJSON", "FuzzCSV", "FuzzGraphML", "FuzzGEXF"]

let package = Package(
    name: "CooperationGraphFuzzing",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "CooperationGraph", package: main)]),
        .executableTarget(name: "FuzzDOT", dependencies: [
            "FuzzSupport", .product(name: "Graphviz", package: main), .product(name: "DOT", package: main),
        ]),
        .executableTarget(name: "FuzzWriter", dependencies: [
            "FuzzSupport", .product(name: "Graphviz", package: main), .product(name: "DOT", package: main),
        ]),
    ] + datasetReaders.map { .executableTarget(name: $0, dependencies: ["FuzzSupport"]) }
)
