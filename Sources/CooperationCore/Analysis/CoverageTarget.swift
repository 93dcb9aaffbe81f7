import Foundation

/// A list of countries to measure coverage against.
public enum CoverageTarget: Hashable, Sendable {
    /// The 193 member states of the United Nations (CLDR's `UN` grouping).
    case unMembers
    /// The member states of the European Union (CLDR's `EU` grouping).
    case euMembers
    /// Every country of a continent.
    case continent(Continent)
    /// Countries given by code or name.
    case countries([String])

    /// The target's ISO codes, sorted.
    public var codes: [String] {
        switch self {
        case .unMembers: return Locale.Region("UN").subRegions.map(\.identifier).filter { Geography.country(code: $0) != nil }.sorted()
        case .euMembers: return Locale.Region("EU").subRegions.map(\.identifier).filter { Geography.country(code: $0) != nil }.sorted()
        case .continent(let continent): return Geography.countries.filter { $0.continent == continent }.map(\.id)
        case .countries(let list): return Set(list.compactMap { CountryResolver.resolve($0)?.country.id }).sorted()
        }
    }

    /// A target named by a keyword: `un`, `eu`, a continent's English name (`Europe`), or
    /// `continent:` and a code or name as ``Continent`` reads it; `nil` for any other text (a
    /// file of countries, which the formats module reads with `CoverageTarget.read(file:)`).
    ///
    /// - Throws: ``CoverageTargetError/unknownContinent(_:)`` for `continent:` and no continent.
    public static func keyword(_ text: String) throws(CoverageTargetError) -> CoverageTarget? {
        switch text.lowercased() {
        case "un", "un-members": return .unMembers
        case "eu", "eu-members": return .euMembers
        default: break
        }
        if text.lowercased().hasPrefix("continent:") {
            let name = String(text.dropFirst("continent:".count))
            guard let continent = Continent(code: name) else { throw .unknownContinent(name) }
            return .continent(continent)
        }
        return Continent.allCases.first { $0.englishName.caseInsensitiveCompare(text) == .orderedSame }.map(CoverageTarget.continent)
    }

    /// A target from the text of a list: one country a line, by code or name; `#` starts a
    /// comment.
    ///
    /// - Parameters:
    ///   - contents: The list's text.
    ///   - file: The name errors give the list.
    /// - Throws: ``CoverageTargetError/unknownCountry(file:line:name:)`` for the first line that
    ///   names no known country.
    public static func countryList(_ contents: String, file: String) throws(CoverageTargetError) -> CoverageTarget {
        var names: [String] = []
        for (number, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !entry.isEmpty else { continue }
            guard CountryResolver.resolve(entry) != nil else { throw .unknownCountry(file: file, line: number + 1, name: entry) }
            names.append(entry)
        }
        return .countries(names)
    }
}

/// Why a coverage target could not be read.
public enum CoverageTargetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not `un`, `eu`, a continent or a readable file.
    case unreadable(String)
    /// A continent that is not one of the seven.
    case unknownContinent(String)
    /// A line of a target file names no known country.
    case unknownCountry(file: String, line: Int, name: String)

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .unreadable(let text): "'\(text)' is not un, eu, a continent or a readable file of countries"
        case .unknownContinent(let name): "unknown continent '\(name)'; use Africa, Antarctica, Asia, Europe, North America, Oceania or South America"
        case let .unknownCountry(file, line, name): "\(file):\(line): unknown country '\(name)'; use an ISO code such as DE"
        }
    }
}

/// An entity's coverage of a target list of countries.
public struct TargetCoverage: Hashable, Sendable, Codable {
    /// The target's countries the entity reaches, sorted codes.
    public let covered: [String]
    /// The target's countries it does not reach, sorted codes.
    public let missing: [String]
    /// `covered / (covered + missing)`, 0…1.
    public let share: Double
}

extension Dataset {
    /// Which countries of `target` an entity reaches (by ``countryCoverage(of:)``, its own
    /// country counted as reached), and which it does not.
    public func coverage(of id: String, against target: CoverageTarget) -> TargetCoverage {
        var reached = Set(countryCoverage(of: id).map(\.country))
        if let home = self[id].flatMap({ country(of: $0) }) { reached.insert(home) }
        let codes = target.codes
        let covered = codes.filter { reached.contains($0) }
        let missing = codes.filter { !reached.contains($0) }
        return TargetCoverage(covered: covered, missing: missing, share: codes.isEmpty ? 0 : Double(covered.count) / Double(codes.count))
    }
}
