import ArgumentParser
import CooperationGraph
import Foundation

/// `--format` for the analysis commands.
enum AnalysisFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// Small writers for the analysis commands' output, deterministic byte for byte.
enum Output {
    /// Encodes a value as JSON with sorted keys and a final line break.
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder.deterministic().encode(value), as: UTF8.self) + "\n"
    }

    /// Whether standard error is a terminal, where progress may be shown.
    static var showsProgress: Bool { isatty(STDERR_FILENO) != 0 }

    /// Shows a status line on a terminal; nothing otherwise.
    static func progress(_ text: String) {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    /// Clears the status line.
    static func progressDone() {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
