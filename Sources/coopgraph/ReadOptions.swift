import ArgumentParser
import CooperationGraph

/// `--encoding` and `--delimiter`, for every command that reads datasets.
struct ReadOptions: ParsableArguments {
    @Option(name: .long, help: "The encoding of the input files: utf-8 (default), windows-1250, iso-8859-2, windows-1252 or iso-8859-1.")
    var encoding: TextEncoding = .utf8

    @Option(name: .long, help: "The column separator of nodes.csv and links.csv: ',', ';' or 'tab' (default: the one each header uses).")
    var delimiter: String?

    func validate() throws {
        if let delimiter, Self.separator(delimiter) == nil {
            throw ValidationError("--delimiter must be ',', ';' or 'tab'")
        }
    }

    /// The options the library reads with.
    var options: DatasetReadOptions {
        DatasetReadOptions(encoding: encoding, separator: delimiter.flatMap(Self.separator))
    }

    private static func separator(_ text: String) -> Character? {
        switch text.lowercased() {
        case ",", "comma": ","
        case ";", "semicolon": ";"
        case "\t", "tab", "\\t": "\t"
        default: nil
        }
    }
}

extension TextEncoding: ExpressibleByArgument {
    /// An encoding from its name on the command line (`windows-1250`, `cp1250`, `latin2`…).
    public init?(argument: String) {
        self.init(name: argument)
    }
}
