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

    /// Reads the pair; problems are collected with their file and line.
    static func read(nodesFile: String, linksFile: String) -> ParsedFile {
        var result = ParsedFile()
        var countryCache: [String: String?] = [:]
        if let records = records(of: nodesFile, header: nodeHeader, into: &result) {
            result.dataset.title = URL(fileURLWithPath: nodesFile).deletingLastPathComponent().lastPathComponent
            for record in records {
                let fields = record.fields
                let position = FilePosition(file: nodesFile, line: record.line)
                guard fields.count == nodeHeader.count else {
                    result.diagnostics.append(position.diagnostic(.error, "expected \(nodeHeader.count) fields, found \(fields.count)",
                                                                  hint: "the columns are \(nodeHeader.joined(separator: ","))"))
                    continue
                }
                let id = fields[0]
                guard !id.isEmpty else {
                    result.diagnostics.append(position.diagnostic(.error, "empty id")); continue
                }
                guard let kind = EntityKind(rawValue: fields[1]) else {
                    result.diagnostics.append(position.diagnostic(.error, "unknown entity kind '\(fields[1])'",
                                                                  hint: "use one of: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                    continue
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
                if let earlier = result.entityPositions[id] {
                    result.diagnostics.append(position.diagnostic(.error, "duplicate id '\(id)'",
                                                                  hint: "it is first declared on line \(earlier.line ?? 0)"))
                    continue
                }
                result.entityPositions[id] = position
                result.dataset.add(Entity(id: id, kind: kind, name: fields[2].isEmpty ? id : fields[2], country: country, continent: continent))
            }
        }
        if let records = records(of: linksFile, header: linkHeader, into: &result) {
            for record in records {
                let fields = record.fields
                let position = FilePosition(file: linksFile, line: record.line)
                guard fields.count == linkHeader.count else {
                    result.diagnostics.append(position.diagnostic(.error, "expected \(linkHeader.count) fields, found \(fields.count)",
                                                                  hint: "the columns are \(linkHeader.joined(separator: ","))"))
                    continue
                }
                guard let kind = LinkKind(rawValue: fields[2]) ?? linkKindAliases[fields[2]] else {
                    result.diagnostics.append(position.diagnostic(.error, "unknown link kind '\(fields[2])'",
                                                                  hint: "use one of: \(LinkKind.allCases.map(\.rawValue).joined(separator: ", ")), partner, member"))
                    continue
                }
                var year: Int?
                if !fields[3].isEmpty {
                    year = Int(fields[3])
                    guard let value = year, (1000...2999).contains(value) else {
                        result.diagnostics.append(position.diagnostic(.error, "year '\(fields[3])' is not a year", hint: "write four digits, such as 2023"))
                        continue
                    }
                }
                var (source, target) = (fields[0], fields[1])
                if kind == .membership, result.dataset[source]?.kind == .network, let member = result.dataset[target], member.kind != .network {
                    swap(&source, &target)
                }
                result.linkPositions.append(position)
                result.dataset.add(Link(source: source, target: target, kind: kind, year: year))
            }
        }
        return result
    }

    private static func records(of file: String, header: [String], into result: inout ParsedFile) -> ArraySlice<CSVParser.Record>? {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, message: "cannot read the file: \(error.localizedDescription)"))
            return nil
        }
        do {
            let records = try CSVParser.records(bytes)
            guard let first = records.first, first.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) == header else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: 1, message: "the header is not \(header.joined(separator: ","))",
                                                     hint: "the first line must name the columns exactly"))
                return nil
            }
            return records.dropFirst()
        } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, line: error.line, message: "not valid CSV: \(error.message)"))
            return nil
        }
    }
}
