import CooperationCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element read by `XMLParser`, with the line it starts on, for readers that report
/// problems by line.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    let line: Int
    var text = ""
    var children: [XMLTree] = []

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// The direct children called `name`.
    func children(named name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The first direct child called `name`.
    func child(named name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Parses `data`; throws the parser's message and line when it is not well-formed XML.
    static func parse(_ data: Data) throws(XMLTreeError) -> XMLTree {
        // Foundation's XMLParser stops the process on names that are not UTF-8; refuse them first.
        if let line = firstInvalidUTF8Line(data) {
            throw XMLTreeError(line: line, message: "the text is not valid UTF-8")
        }
        // It also stops the process on a processing instruction without data (`<?name?>`).
        if let line = firstEmptyProcessingInstructionLine(data) {
            throw XMLTreeError(line: line, message: "a processing instruction without data (<?name?>)")
        }
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        // On Linux the parser recovers from some errors and still reports success, so every
        // error its delegate hears counts.
        let parsed = parser.parse()
        if builder.root != nil, let open = builder.stack.last {
            let lines = data.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw XMLTreeError(line: lines, message: "the file ends inside <\(open.name)> (opened on line \(open.line)): it is cut short")
        }
        if let (line, error) = builder.firstError ?? parser.parserError.map({ (parser.lineNumber, $0) }) {
            throw XMLTreeError(line: max(line, 1), message: "the XML is not well-formed (\(describe(error)))")
        }
        guard parsed, let root = builder.root else { throw XMLTreeError(line: 1, message: "no XML element found") }
        return root
    }

    /// The line of the first `<?name?>` that holds no data after its name, or `nil`.
    static func firstEmptyProcessingInstructionLine(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        var line = 1
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A { line += 1 }
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") {
                var end = index + 2
                var sawSpace = false
                while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) {
                    if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end]) { sawSpace = true }
                    end += 1
                }
                if !sawSpace { return line }
            }
            index += 1
        }
        return nil
    }

    /// The line of the first byte sequence that is not UTF-8, or `nil` when all of it is.
    static func firstInvalidUTF8Line(_ data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A { line += 1 }
            case .error:
                return line
            case .emptyInput:
                return nil
            }
        }
    }

    /// libxml2's error numbers (`xmlParserErrors` in libxml/xmlerror.h), which Foundation's
    /// parser reports on Linux, as words.
    private static let libxml2Errors: [Int: String] = [
        4: "the document is empty", 5: "something follows the root element's end", 9: "a character XML does not allow",
        23: "an '&' without a ';' (write &amp; for an ampersand)", 26: "an undeclared entity", 38: "a '<' inside an attribute value",
        39: "an attribute value without quotes", 40: "an attribute value that never ends", 41: "an attribute without a value",
        65: "a space is missing", 68: "a name is missing", 73: "'>' expected", 76: "an end tag that does not match its start tag",
        77: "an element that is never closed",
    ]

    /// The parser's error as words, with its number.
    private static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        return libxml2Errors[code].map { "\($0); libxml2 error \(code)" } ?? "libxml2 error \(code)"
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []
        /// The first error the parser reported, and its line.
        var firstError: (line: Int, error: Error)?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if firstError == nil { firstError = (parser.lineNumber, parseError) }
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
            if firstError == nil { firstError = (parser.lineNumber, validationError) }
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLTree(name: elementName, attributes: attributes, line: parser.lineNumber)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// Why an XML file could not be read.
struct XMLTreeError: Error {
    let line: Int
    let message: String
}
