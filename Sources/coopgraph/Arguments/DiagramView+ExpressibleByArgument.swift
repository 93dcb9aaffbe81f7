import ArgumentParser
import CooperationGraph

/// `--view partners|networks|…`.
extension DiagramView: ExpressibleByArgument {}
