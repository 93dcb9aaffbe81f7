// swift-tools-version:6.0
// libFuzzer targets, apart from the main package so that its builds never need the fuzzer
// runtime. Build and run with ../Scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "CooperationGraphFuzzing",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "FuzzDOT", dependencies: [
            .product(name: "Graphviz", package: "main"), .product(name: "DOT", package: "main"),
        ]),
        .executableTarget(name: "FuzzDatasets", dependencies: [.product(name: "CooperationGraph", package: "main")]),
    ]
)
