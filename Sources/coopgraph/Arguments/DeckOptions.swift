import ArgumentParser
import CooperationGraph

/// What `report` and `slides` share: how the deck shows its diagrams, and the coverage map's target.
struct DeckOptions: ParsableArguments {
    @Flag(name: .long, help: "Reveal the partners continent by continent, the networks one by one and the diplomacy by country groups, one slide a step.")
    var buildUp = false

    @Flag(name: .long, help: "Put each diagram on its slide as a picture instead of native, editable shapes.")
    var pictures = false

    @Option(name: .long, help: "Mark the countries of un, eu, a continent (Europe, continent:AS) or a file of countries not reached on the coverage map.")
    var target: String?

    /// The coverage target named by --target, if any.
    func coverageTarget() throws -> CoverageTarget? {
        guard let target else { return nil }
        do {
            return try CoverageTarget.parse(target)
        } catch {
            Terminal.printError("--target: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// Sets the pack's deck choices and coverage target.
    func apply(to pack: inout ReportPack, target: CoverageTarget?) {
        pack.diagram.coverageTarget = target
        pack.deckBuildUp = buildUp
        pack.deckDiagramsAsPictures = pictures
    }
}
