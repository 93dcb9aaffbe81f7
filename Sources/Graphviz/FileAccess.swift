import Foundation

/// Which folders Graphviz may read files from while rendering.
///
/// Some attributes make Graphviz read files: `image` and `shapefile` on nodes, `imagepath`,
/// `fontpath` and `stylesheet` on graphs, and `<IMG SRC="…">` in HTML-like labels; `fontnames`
/// takes only `svg`, `ps` or `gd`. DOT from elsewhere must not use them to read or embed files
/// such as `/etc/passwd`. By default no folder is allowed and any such attribute is an error;
/// allowed folders are compared after resolving `..` and symbolic links.
public struct FileAccess: Hashable, Sendable {
    /// Folders whose files may be read.
    public var allowedFolders: [String]

    /// Reading no file at all: the default.
    public static let none = FileAccess(allowedFolders: [])

    /// Reading files inside `allowedFolders` only.
    public init(allowedFolders: [String]) {
        self.allowedFolders = allowedFolders
    }

    /// Attributes whose values are paths.
    static let pathAttributes: Set<String> = ["image", "shapefile", "imagepath", "fontpath", "stylesheet"]

    /// Whether `path` (relative paths against the working folder) lies inside an allowed folder.
    func allows(_ path: String) -> Bool {
        guard !allowedFolders.isEmpty else { return false }
        let resolved = FileAccess.resolve(path)
        return allowedFolders.contains { folder in
            let root = FileAccess.resolve(folder)
            return resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }

    /// An absolute path with `.`, `..` and symbolic links resolved (as far as they exist).
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The paths a value of `attribute` reads: path lists split on `:` for `imagepath` and
    /// `fontpath`, `SRC` of every `<IMG>` in an HTML-like label.
    static func paths(in value: String, attribute: String, isHTML: Bool) -> [String] {
        if isHTML {
            var result: [String] = []
            var rest = value[...]
            while let image = rest.range(of: "<IMG", options: .caseInsensitive) {
                rest = rest[image.upperBound...]
                guard let source = rest.range(of: "SRC", options: .caseInsensitive) else { break }
                let after = rest[source.upperBound...].drop { $0 == " " || $0 == "=" }
                guard let quote = after.first, quote == "\"" || quote == "'" else { continue }
                let body = after.dropFirst()
                result.append(String(body.prefix { $0 != quote }))
            }
            return result
        }
        guard pathAttributes.contains(attribute), !value.isEmpty else { return [] }
        if attribute == "imagepath" || attribute == "fontpath" {
            return value.split(whereSeparator: { $0 == ":" || $0 == ";" }).map(String.init)
        }
        return [value]
    }
}
