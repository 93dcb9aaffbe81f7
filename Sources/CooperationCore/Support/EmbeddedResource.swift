import Foundation

/// Finds a module's resources without `Bundle.module`, whose accessor stops the process when
/// the resource folder is missing; here a missing folder is an error the caller reports.
package enum EmbeddedResource {
    /// The folder SwiftPM gives the resources of `module` in this package.
    package static func bundleName(of module: String) -> String { "CooperationGraph_\(module).resources" }

    /// The text of a resource of `module`, or `nil` when it cannot be found or read as UTF-8.
    package static func text(named name: String, module: String) -> String? {
        for folder in candidateFolders {
            let path = folder.appendingPathComponent(bundleName(of: module)).appendingPathComponent(name).path
            // A resource is never empty, so Foundation's reader (which leaks on empty files) is fine.
            if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) { return text }
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
