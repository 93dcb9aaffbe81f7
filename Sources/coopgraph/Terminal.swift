import CooperationGraph
import Foundation

/// Output to the terminal.
enum Terminal {
    /// Writes one line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data(("coopgraph: " + line + "\n").utf8))
    }

    /// Writes a focus error, with the option that names a focus on this command line.
    static func printError(_ error: FocusError) {
        printError(error == .noFocus ? "\(error.description) with --focus ID" : error.description)
    }

    /// Writes text to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
