import CooperationCore
import Foundation

/// Reads the research format: a folder (or two files) holding `nodes.csv`
/// (`id,kind,name,country,continent`) and `links.csv` (`source,target,kind,year`).
///
/// Kinds follow ``EntityKind`` and ``LinkKind``, and the bench world's short names are read
/// too: `partner` is a partnership, `member` a membership (written either way round: a
/// membership from a network to a city is read as the city's). An empty continent is taken
/// from the country.
struct CSVDatasetReader {
    static let nodeHeader = ["id", "kind", "name", "country", "continent"]
    static let linkHeader = ["source", "target", "kind", "year"]

    static let linkKindAliases: [String: LinkKind] = ["partner": .partnership, "member": .membership]

    /// Every spelling of a link kind the CSV format reads, for one lookup a row.
    static let linkKinds: [String: LinkKind] = Dictionary(
        LinkKind.allCases.map { ($0.rawValue, $0) } + linkKindAliases.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })

    /// Reads the pair; every problem of both files is collected with its file and line.
    static func read(nodesFile: String, linksFile: String, options: DatasetReadOptions = .standard) -> ParsedFile {
        var result = ParsedFile()
        var countryCache: [String: String?] = [:]
        result.dataset.title = URL(fileURLWithPath: nodesFile).deletingLastPathComponent().lastPathComponent
        forEachRecord(of: nodesFile, header: nodeHeader, options: options, into: &result) { fields, line, result in
            let position = FilePosition(file: nodesFile, line: line)
            guard fields.count == nodeHeader.count else {
                result.diagnostics.append(position.diagnostic(.error, "expected \(nodeHeader.count) fields, found \(fields.count)",
                                                              hint: "the columns are \(nodeHeader.joined(separator: ","))"))
                return
            }
            let id = fields[0]
            guard !id.isEmpty else {
                result.diagnostics.append(position.diagnostic(.error, "empty id"))
                return
            }
            guard let kind = EntityKind(rawValue: fields[1]) else {
                result.diagnostics.append(position.diagnostic(.error, "unknown entity kind '\(fields[1])'",
                                                              hint: "use one of: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                return
            }
            var country: String?
            if !fields[3].isEmpty {
                if let cached = countryCache[fields[3]] {
                    country = cached
                } else {
                    country = CountryResolver.resolve(fields[3])?.country.id
                    countryCache[fields[3]] = country
                }
                if country == nil {
                    result.diagnostics.append(position.diagnostic(.error, "unknown country '\(fields[3])'",
                                                                  hint: "use an ISO 3166-1 code such as DE"))
                }
            }
            var continent: Continent?
            if !fields[4].isEmpty {
                continent = Continent(code: fields[4])
                if continent == nil {
                    result.diagnostics.append(position.diagnostic(.error, "unknown continent '\(fields[4])'",
                                                                  hint: "use a code: \(Continent.allCases.map(\.code).joined(separator: ", "))"))
                }
            }
            if let earlier = result.dataset.index(of: id) {
                result.diagnostics.append(position.diagnostic(.error, "duplicate id '\(id)'",
                                                              hint: "it is first declared on line \(result.entityPositions[earlier].line ?? 0)"))
                return
            }
            result.entityPositions.append(position)
            result.dataset.add(Entity(id: id, kind: kind, name: fields[2].isEmpty ? id : fields[2], country: country, continent: continent))
        }
        forEachRecord(of: linksFile, header: linkHeader, options: options, into: &result) { fields, line, result in
            guard fields.count == linkHeader.count else {
                result.diagnostics.append(FilePosition(file: linksFile, line: line).diagnostic(
                    .error, "expected \(linkHeader.count) fields, found \(fields.count)", hint: "the columns are \(linkHeader.joined(separator: ","))"))
                return
            }
            guard let kind = linkKinds[fields[2]] else {
                result.diagnostics.append(FilePosition(file: linksFile, line: line).diagnostic(
                    .error, "unknown link kind '\(fields[2])'",
                    hint: "use one of: \(LinkKind.allCases.map(\.rawValue).joined(separator: ", ")), partner, member"))
                return
            }
            var year: Int?
            if !fields[3].isEmpty {
                year = Int(fields[3])
                guard let value = year, (1000...2999).contains(value) else {
                    result.diagnostics.append(FilePosition(file: linksFile, line: line).diagnostic(
                        .error, "year '\(fields[3])' is not a year", hint: "write four digits, such as 2023"))
                    return
                }
            }
            var (source, target) = (fields[0], fields[1])
            if kind == .membership, let first = result.dataset.index(of: source), let second = result.dataset.index(of: target),
               result.dataset.entities[first].kind == .network, result.dataset.entities[second].kind != .network {
                swap(&source, &target)
            }
            result.linkPositions.append(file: linksFile, line: line)
            result.dataset.add(Link(source: source, target: target, kind: kind, year: year))
        }
        return result
    }

    /// Reads `file` in the encoding of `options`, checks its header, and calls `body` for
    /// every other record. The separator is the one `options` names, or the one the header
    /// line uses. Problems of the rows before a CSV syntax error are kept.
    private static func forEachRecord(
        of file: String, header: [String], options: DatasetReadOptions, into result: inout ParsedFile,
        _ body: ([String], Int, inout ParsedFile) -> Void
    ) {
        var bytes: [UInt8]
        do {
            bytes = try FileContents.bytes(file)
            // Rows of the bench world are 30 to 60 bytes; reserving avoids regrowing big arrays.
            let rows = bytes.count / 28
            result.dataset.reserveCapacity(entities: header.count == nodeHeader.count ? rows : 0, links: header.count == linkHeader.count ? rows : 0)
            if header.count == linkHeader.count { result.linkPositions.reserveCapacity(rows) } else { result.entityPositions.reserveCapacity(rows) }
        } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, message: "cannot read the file: \(error.reason)"))
            return
        }
        do {
            bytes = try options.encoding.utf8Bytes(bytes)
        } catch {
            result.diagnostics.append(options.encoding.diagnostic(error, file: file))
            return
        }
        let separator = options.separator.flatMap(\.asciiValue) ?? CSVParser.separator(of: bytes, header: header)
        var sawHeader = false
        var headerIsWrong = false
        var collected = result
        do {
            try CSVParser.forEachRecord(bytes, separator: separator) { fields, line in
                if !sawHeader {
                    sawHeader = true
                    headerIsWrong = fields.map { $0.trimmingCharacters(in: .whitespaces) } != header
                    return
                }
                if !headerIsWrong { body(fields, line, &collected) }
            }
        } catch {
            if !headerIsWrong { result = collected }
            result.diagnostics.append(Diagnostic(.error, file: file, line: error.line, message: "not valid CSV: \(error.message)"))
            return
        }
        if !sawHeader || headerIsWrong {
            let name = separator == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(separator))
            result.diagnostics.append(Diagnostic(.error, file: file, line: 1, message: "the header is not \(header.joined(separator: ","))",
                                                 hint: "the first line must name the columns exactly, separated by commas, semicolons or tabs (read with '\(name)')"))
            return
        }
        result = collected
    }
}
