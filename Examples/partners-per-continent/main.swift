// Loads a dataset (the embedded Poznań 2023 one, or files given as arguments) and prints its
// focus's partner cities per continent.
import CooperationGraph
import Foundation

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let dataset = arguments.isEmpty ? try DatasetLoader.embeddedPoznan2023() : try DatasetLoader.load(arguments)
    guard let focus = dataset.focus else {
        print("the dataset declares no focus")
        exit(1)
    }
    print("Partner cities of \(dataset[focus]?.name ?? focus) per continent:")
    for (continent, count) in dataset.partnersPerContinent(of: focus).sorted(by: { $0.key < $1.key }) {
        print("  \(continent.englishName): \(count)")
    }
} catch {
    print(error)
    exit(1)
}
