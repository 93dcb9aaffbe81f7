import Foundation

extension JSONEncoder {
    /// The one encoder set-up of the package's JSON outputs: keys sorted and slashes left
    /// alone, so the same value always gives the same bytes.
    ///
    /// - Parameter pretty: Two-space indentation and one value a line (the default), or
    ///   everything on one line (for JSON held inside another format's attribute).
    public static func deterministic(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
