import CGraphviz
import DOT
#if canImport(Glibc)
import Glibc
#endif

typealias GraphPointer = UnsafeMutablePointer<Agraph_t>
typealias NodePointer = UnsafeMutablePointer<Agnode_t>
typealias EdgePointer = UnsafeMutablePointer<Agedge_t>
typealias SymbolPointer = UnsafeMutablePointer<Agsym_t>

/// Small wrappers over cgraph. Each checks its result and turns a failure into a
/// ``GraphvizError``. Callers hold ``GraphvizContext``'s lock.
enum CGraph {
    /// Parses DOT text (`agmemread`). The caller closes the graph with ``close(_:)`` (`agclose`).
    static func read(_ text: String) throws(GraphvizError) -> GraphPointer {
        if text.utf8.contains(0) {
            throw .invalidInput("DOT text contains the character U+0000, which Graphviz cannot read")
        }
        let graph = readWithDiscipline(text)
        let (errors, _) = ErrorCapture.drain()
        guard let graph else {
            throw syntaxError(errors.first ?? "Graphviz read no graph from the text (is it empty?)")
        }
        if let message = errors.first {
            agclose(graph)
            throw syntaxError(message)
        }
        declareUTF8(graph)
        return graph
    }

    /// Makes a graph that says `charset=latin1` say UTF-8 (`agattr`, `agsafeset`). The text
    /// came from a Swift `String`, whose bytes are UTF-8 whatever the file it was read from
    /// was in; left as it is, Graphviz would read every accented letter as two.
    private static func declareUTF8(_ graph: GraphPointer) {
        guard let name = strdup("charset") else { return }
        defer { free(name) }
        guard let symbol = agattr(graph, AGRAPH, name, nil) else { return }
        let declared = (String(cString: symbol.pointee.defval), String(cString: agxget(UnsafeMutableRawPointer(graph), symbol)))
        guard DOTFileText.isLatin1(declared.0) || DOTFileText.isLatin1(declared.1), let utf8 = strdup("UTF-8") else { return }
        defer { free(utf8) }
        if DOTFileText.isLatin1(declared.0) { agattr(graph, AGRAPH, name, utf8) }
        if DOTFileText.isLatin1(declared.1) { agxset(UnsafeMutableRawPointer(graph), symbol, utf8) }
    }

    /// Sets the root graph's attribute `name` to `value` (`agattr` declares it, with an empty
    /// default, when the graph has none; `agxset`), and returns the value it had.
    @discardableResult
    static func setGraphAttribute(_ graph: GraphPointer, _ name: String, _ value: String) -> String {
        guard let cName = strdup(name), let cValue = strdup(value), let empty = strdup("") else { return "" }
        defer { free(cName); free(cValue); free(empty) }
        guard let symbol = agattr(graph, AGRAPH, cName, nil) ?? agattr(graph, AGRAPH, cName, empty) else { return "" }
        let previous = String(cString: agxget(UnsafeMutableRawPointer(graph), symbol))
        agxset(UnsafeMutableRawPointer(graph), symbol, cValue)
        return previous
    }

    /// The root graph's value of attribute `name`, or `nil` when the graph has no such attribute.
    static func graphAttribute(_ graph: GraphPointer, _ name: String) -> String? {
        guard let cName = strdup(name) else { return nil }
        defer { free(cName) }
        guard let symbol = agattr(graph, AGRAPH, cName, nil) else { return nil }
        return String(cString: agxget(UnsafeMutableRawPointer(graph), symbol))
    }

    /// A syntax error with cgraph's message and its line. "memory exhausted" is the parser's
    /// stack, not the machine's memory: Bison holds at most 10,000 levels.
    private static func syntaxError(_ message: String) -> GraphvizError {
        let explained = message.contains("memory exhausted")
            ? message + " (subgraphs or attribute lists nested more deeply than Graphviz's parser can hold)" : message
        return .syntax(line: lineNumber(in: message), message: explained)
    }

    /// `agread` over the text through `fmemopen`, with ``IDDiscipline``. The lexer is reset
    /// first (`aglexbad`, `agreadline`), as a syntax error leaves unread input behind.
    private static func readWithDiscipline(_ text: String) -> GraphPointer? {
        aglexbad()
        agreadline(1)
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeMutableBytes { buffer -> GraphPointer? in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            return agread(UnsafeMutableRawPointer(file), IDDiscipline.discipline)
        }
    }

    /// The graph as cgraph's writer gives it (`agwrite` into an `open_memstream` buffer).
    static func write(_ graph: GraphPointer) throws(GraphvizError) -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw .renderFailed(format: "dot", message: "cannot open a memory stream")
        }
        let status = agwrite(graph, UnsafeMutableRawPointer(stream))
        fclose(stream)
        defer { free(buffer) }
        guard status == 0, let buffer else {
            throw .renderFailed(format: "dot", message: ErrorCapture.drain().errors.first ?? "agwrite failed")
        }
        return String(decoding: UnsafeRawBufferPointer(start: buffer, count: size), as: UTF8.self)
    }

    /// Frees a graph and everything in it (`agclose`).
    static func close(_ graph: GraphPointer) {
        agclose(graph)
    }

    /// The number after "line" in a cgraph message such as "syntax error in line 3 near 'x'".
    static func lineNumber(in message: String) -> Int? {
        guard let range = message.range(of: "line ") else { return nil }
        let digits = message[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }

    /// The name of a graph, node or edge (`agnameof`), or `nil` when it has none.
    static func name(_ object: UnsafeMutableRawPointer) -> String? {
        guard let name = agnameof(object) else { return nil }
        return String(cString: name)
    }

    /// The attribute symbols declared for `kind` (`AGRAPH`, `AGNODE`, `AGEDGE`), in declaration
    /// order, as seen from `graph` (`agnxtattr`).
    static func symbols(_ graph: GraphPointer, kind: Int32) -> [SymbolPointer] {
        var result: [SymbolPointer] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            result.append(current)
            symbol = agnxtattr(graph, kind, current)
        }
        return result
    }

    /// The symbol called `name` as seen from `graph` (its local default, if it has one).
    static func symbol(_ graph: GraphPointer, kind: Int32, name: UnsafeMutablePointer<CChar>) -> SymbolPointer? {
        agattr(graph, kind, name, nil)
    }

    /// The value of an attribute of an object (`agxget`) and whether it is an HTML-like string.
    static func value(_ object: UnsafeMutableRawPointer, _ symbol: SymbolPointer) -> (text: String, isHTML: Bool) {
        guard let value = agxget(object, symbol) else { return ("", false) }
        return text(value)
    }

    /// A symbol's default value and whether it is an HTML-like string.
    static func defaultValue(_ symbol: SymbolPointer) -> (text: String, isHTML: Bool) {
        guard let value = symbol.pointee.defval else { return ("", false) }
        return text(value)
    }

    /// A cgraph string and its HTML flag. The empty string counts as plain text: cgraph shares
    /// one interned empty string, whose flag is that of whichever empty value came first.
    private static func text(_ value: UnsafeMutablePointer<CChar>) -> (text: String, isHTML: Bool) {
        let text = String(cString: value)
        return (text, !text.isEmpty && aghtmlstr(value) != 0)
    }

    /// The nodes of a graph or subgraph in creation order.
    static func nodes(_ graph: GraphPointer) -> [NodePointer] {
        var result: [NodePointer] = []
        var node = agfstnode(graph)
        while let current = node {
            result.append(current)
            node = agnxtnode(graph, current)
        }
        return result
    }

    /// The edges of a graph or subgraph in creation order.
    static func edges(_ graph: GraphPointer) -> [EdgePointer] {
        var result: [EdgePointer] = []
        var node = agfstnode(graph)
        while let currentNode = node {
            var edge = agfstout(graph, currentNode)
            while let currentEdge = edge {
                result.append(currentEdge)
                edge = agnxtout(graph, currentEdge)
            }
            node = agnxtnode(graph, currentNode)
        }
        result.sort { cg_seq($0) < cg_seq($1) }
        return result
    }

    /// The direct subgraphs of a graph in creation order.
    static func subgraphs(_ graph: GraphPointer) -> [GraphPointer] {
        var result: [GraphPointer] = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            result.append(current)
            subgraph = agnxtsubg(current)
        }
        result.sort { cg_seq($0) < cg_seq($1) }
        return result
    }

    /// The defaults of `kind` that a graph has before its text declares any: those Graphviz's
    /// context gives every graph (`agattr` on the prototype graph).
    static func initialDefaults(kind: Int32) -> [String: String] {
        guard let empty = readWithDiscipline("digraph {}") else { return [:] }
        defer { agclose(empty) }
        var result: [String: String] = [:]
        for symbol in symbols(empty, kind: kind) {
            result[String(cString: symbol.pointee.name)] = defaultValue(symbol).text
        }
        return result
    }

    /// A subgraph's name, or `nil` for an anonymous one (cgraph names those `%N`).
    static func subgraphName(_ graph: GraphPointer) -> String? {
        guard let name = name(graph), name.utf8.first != UInt8(ascii: "%") else { return nil }
        return name
    }
}
