import Foundation

/// Finds the package's resources without `Bundle.module`, whose accessor stops the process
/// when the resource folder is missing; here a missing folder is an error the caller reports.
enum EmbeddedResource {
    static let bundleName = "CooperationGraph_CooperationGraph.resources"

    /// The text of a resource, or `nil` when it cannot be found or read.
    static func text(named name: String) -> String? {
        for folder in candidateFolders {
            let url = folder.appendingPathComponent(bundleName).appendingPathComponent(name)
            if let text = FileContents.utf8Text(url.path) { return text }
        }
        return nil
    }

    /// Next to the executable (how SwiftPM lays out builds and test bundles), and in the main
    /// bundle's resource folder.
    private static var candidateFolders: [URL] {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL)
        if let resources = Bundle.main.resourceURL { folders.append(resources) }
        folders.append(URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent())
        return folders
    }
}
