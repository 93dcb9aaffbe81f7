import ArgumentParser

/// `--old a.yaml,b/`: files or folders, comma-separated.
struct PathList: ExpressibleByArgument {
    /// The paths, in the order given.
    let paths: [String]

    init?(argument: String) {
        paths = argument.split(separator: ",").map { String($0) }.filter { !$0.isEmpty }
        if paths.isEmpty { return nil }
    }
}
