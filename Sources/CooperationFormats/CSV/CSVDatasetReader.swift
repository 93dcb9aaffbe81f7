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

    /// Every spelling of a link kind, entity kind and continent code, for matching a field's
    /// bytes without making a string.
    static let linkKindSpellings = Spellings(linkKinds.map { ($0.key, $0.value) })
    static let entityKindSpellings = Spellings(EntityKind.allCases.map { ($0.rawValue, $0) })
    static let continentSpellings = Spellings(Continent.allCases.map { ($0.code, $0) })

    /// Values by their exact spellings, kept as one buffer of bytes.
    struct Spellings<Value: Sendable>: Sendable {
        private let bytes: [UInt8]
        private let entries: [(start: Int, count: Int, value: Value)]

        init(_ spellings: [(String, Value)]) {
            var bytes: [UInt8] = [], entries: [(start: Int, count: Int, value: Value)] = []
            for (text, value) in spellings {
                entries.append((bytes.count, text.utf8.count, value))
                bytes += text.utf8
            }
            self.bytes = bytes
            self.entries = entries
        }

        /// The value spelled exactly by `field`, or `nil`.
        func value(_ field: UnsafeBufferPointer<UInt8>) -> Value? {
            bytes.withUnsafeBufferPointer { stored in
                entries.withUnsafeBufferPointer { entries in
                    for entry in entries where entry.count == field.count {
                        var same = true
                        for offset in 0..<field.count where stored[entry.start + offset] != field[offset] {
                            same = false
                            break
                        }
                        if same { return entry.value }
                    }
                    return nil
                }
            }
        }
    }

    /// The link kind spelled by `bytes`, or `nil`.
    static func linkKind(_ bytes: UnsafeBufferPointer<UInt8>) -> LinkKind? {
        linkKindSpellings.value(bytes)
    }

    /// Countries as each row spells them, resolved once a spelling: two capital letters (an ISO
    /// code, what nearly every row holds) by their place in a table, anything else by its text.
    private struct CountryCache {
        private var twoLetters = [String??](repeating: nil, count: 26 * 26)
        private var byText: [String: String?] = [:]

        /// The ISO code of the country the field spells, or `nil` when none does.
        mutating func country(_ fields: CSVRecord, _ field: Int) -> String? {
            let slot: Int? = fields.withBytes(of: field) { bytes in
                guard bytes.count == 2, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[0]),
                      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[1]) else { return nil }
                return Int(bytes[0] - UInt8(ascii: "A")) * 26 + Int(bytes[1] - UInt8(ascii: "A"))
            }
            if let slot, let cached = twoLetters[slot] { return cached }
            let text = fields[field]
            if slot == nil, let cached = byText[text] { return cached }
            // Two capital letters have no space to trim, and a code of a country is what the
            // resolver would match first: the check skips its Foundation trimming, and the
            // names of every country it would look up in CLDR on its first call.
            let country = slot != nil && Geography.isCountryCode(text) ? text : CountryResolver.resolve(text)?.country.id
            if let slot { twoLetters[slot] = .some(country) } else { byText[text] = .some(country) }
            return country
        }
    }

    /// The number `bytes` spell as `Int(String)` reads it (a sign, then decimal digits), or
    /// `nil`; the few digits of a year are read without making a string.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count <= 18 else { return Int(String(decoding: bytes, as: UTF8.self)) }
        var digits = bytes[...]
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// Reads the pair; every problem of both files is collected with its file and line.
    ///
    /// Ids are interned once, as the nodes are read, into a table keyed by their bytes; a
    /// link's ends are looked up there straight from the bytes of links.csv, and a known end
    /// takes its entity's own id string.
    static func read(nodesFile: String, linksFile: String, options: DatasetReadOptions = .standard) -> ParsedFile {
        var result = ParsedFile()
        var countries = CountryCache()
        var ids = IDTable()
        // Each entity's id string by the table's number: the one the entity holds, taken
        // without copying the entity out of the dataset.
        var idStrings: [String] = []
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
            guard let kind = fields.withBytes(of: 1, entityKindSpellings.value) ?? EntityKind(rawValue: fields[1]) else {
                result.diagnostics.append(position.diagnostic(.error, "unknown entity kind '\(fields[1])'",
                                                              hint: "use one of: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                return
            }
            var country: String?
            if !fields.isEmpty(3) {
                country = countries.country(fields, 3)
                if country == nil {
                    result.diagnostics.append(position.diagnostic(.error, "unknown country '\(fields[3])'",
                                                                  hint: "use an ISO 3166-1 code such as DE"))
                }
            }
            var continent: Continent?
            if !fields.isEmpty(4) {
                continent = fields.withBytes(of: 4, continentSpellings.value) ?? Continent(code: fields[4])
                if continent == nil {
                    result.diagnostics.append(position.diagnostic(.error, "unknown continent '\(fields[4])'",
                                                                  hint: "use a code: \(Continent.allCases.map(\.code).joined(separator: ", "))"))
                }
            }
            guard result.dataset.addNew(Entity(id: id, kind: kind, name: fields.isEmpty(2) ? id : fields[2], country: country, continent: continent)) != nil else {
                let earlier = result.dataset.index(of: id) ?? 0
                result.diagnostics.append(position.diagnostic(.error, "duplicate id '\(id)'",
                                                              hint: "it is first declared on line \(result.entityPositions[earlier].line ?? 0)"))
                return
            }
            fields.withBytes(of: 0) { ids.add($0) }
            idStrings.append(id)
            result.entityPositions.append(position)
        }
        forEachRecord(of: linksFile, header: linkHeader, options: options, into: &result) { fields, line, result in
            guard fields.count == linkHeader.count else {
                result.diagnostics.append(FilePosition(file: linksFile, line: line).diagnostic(
                    .error, "expected \(linkHeader.count) fields, found \(fields.count)", hint: "the columns are \(linkHeader.joined(separator: ","))"))
                return
            }
            guard let kind = fields.withBytes(of: 2, linkKind) else {
                result.diagnostics.append(FilePosition(file: linksFile, line: line).diagnostic(
                    .error, "unknown link kind '\(fields[2])'",
                    hint: "use one of: \(LinkKind.allCases.map(\.rawValue).joined(separator: ", ")), partner, member"))
                return
            }
            var year: Int?
            if !fields.isEmpty(3) {
                year = fields.withBytes(of: 3, integer)
                guard let value = year, (1000...2999).contains(value) else {
                    result.diagnostics.append(FilePosition(file: linksFile, line: line).diagnostic(
                        .error, "year '\(fields[3])' is not a year", hint: "write four digits, such as 2023"))
                    return
                }
            }
            // An end the bytes miss may still be an id spelled in another Unicode normal form,
            // which strings compare equal: the dataset's own lookup decides, and the file's
            // spelling is kept.
            func end(_ field: Int) -> (id: String, index: Int?) {
                if let number = fields.withBytes(of: field, ids.number(of:)) { return (idStrings[number], number) }
                let text = fields[field]
                return (text, result.dataset.index(of: text))
            }
            var (source, sourceIndex) = end(0)
            var (target, targetIndex) = end(1)
            if kind == .membership, let first = sourceIndex, let second = targetIndex,
               result.dataset.kind(at: first) == .network, result.dataset.kind(at: second) != .network {
                swap(&source, &target)
                swap(&sourceIndex, &targetIndex)
            }
            result.linkPositions.append(file: linksFile, line: line)
            result.dataset.add(Link(source: source, target: target, kind: kind, year: year), source: sourceIndex, target: targetIndex)
        }
        return result
    }

    /// Reads `file` in the encoding of `options`, checks its header, and calls `body` for
    /// every other record. The separator is the one `options` names, or the one the header
    /// line uses. Problems of the rows before a CSV syntax error are kept.
    private static func forEachRecord(
        of file: String, header: [String], options: DatasetReadOptions, into result: inout ParsedFile,
        _ body: (CSVRecord, Int, inout ParsedFile) -> Void
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
                    headerIsWrong = fields.strings.map { $0.trimmingCharacters(in: .whitespaces) } != header
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
