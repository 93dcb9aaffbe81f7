import Foundation

/// Output to the terminal.
enum Terminal {
    /// Writes one line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data(("coopgraph: " + line + "\n").utf8))
    }

    /// Writes text to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
