import CGraphviz

/// The version of the Graphviz headers the module was compiled against.
enum LibraryVersion {
    /// `PACKAGE_VERSION` from Graphviz's `graphviz_version.h`.
    static let text: String = PACKAGE_VERSION
}
