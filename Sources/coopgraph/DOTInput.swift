import ArgumentParser
import CooperationGraph
import Foundation

/// DOT files named on the command line, read in the charset they declare.
enum DOTInput {
    /// The text of the DOT file at `path`; prints the problem and exits with status 1 when it
    /// cannot be read or is not text.
    static func text(of path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.printError("\(path): cannot read the file")
            throw ExitCode(1)
        }
        do {
            return try DOTFileText.decode(Array(data))
        } catch {
            Terminal.printError("\(path):\(error.line): \(error.description)")
            throw ExitCode(1)
        }
    }
}
