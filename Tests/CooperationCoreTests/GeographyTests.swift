import CooperationCore
import CooperationFormats
import Testing

@Suite struct GeographyTests {
    @Test func everyISOCountryIsThereWithAContinent() {
        #expect(Geography.countries.count >= 245)
        #expect(Geography.countries.map(\.id) == Geography.countries.map(\.id).sorted())
        #expect(Set(Geography.countries.map(\.continent)) == Set(Continent.allCases))
    }

    @Test(arguments: [
        ("PL", Continent.europe, "151"), ("GE", .asia, "145"), ("US", .northAmerica, "021"), ("MX", .northAmerica, "013"),
        ("CU", .northAmerica, "029"), ("BR", .southAmerica, "005"), ("AQ", .antarctica, ""), ("EG", .africa, "015"),
        ("AU", .oceania, "053"), ("CN", .asia, "030"),
    ])
    func continentsFollowM49WithTheAmericasSplit(_ code: String, _ continent: Continent, _ subregion: String) throws {
        let country = try #require(Geography.country(code: code))
        #expect(country.continent == continent)
        if !subregion.isEmpty { #expect(country.subregion == subregion) }
    }

    @Test func namesInEnglishAndPolish() throws {
        let germany = try #require(Geography.country(code: "de"))
        #expect(germany.englishName == "Germany")
        #expect(germany.polishName == "Niemcy")
        #expect(germany.alpha3 == "DEU")
        #expect(Geography.country(code: "HU")?.polishName == "Węgry")
    }

    @Test(arguments: [
        ("DE", "DE", CountryMatch.alpha2), ("deu", "DE", .alpha3), ("Germany", "DE", .name), ("Niemcy", "DE", .name),
        ("Republika Federalna Niemiec", "DE", .inflectedForm), ("Stany Zjednoczone Ameryki Północnej", "US", .longForm),
        ("Republika Korei Południowej", "KR", .inflectedForm), ("Królestwo Arabii Saudyjskiej", "SA", .inflectedForm),
        ("Republika Rwandy", "RW", .inflectedForm), ("Republika Armenii", "AM", .inflectedForm),
        ("Autonomia Palestyńska", "PS", .inflectedForm), ("Holandia", "NL", .name), ("Węgry", "HU", .name),
        ("Kingdom of Spain", "ES", .longForm), ("  france ", "FR", .name), ("Gruzja", "GE", .name),
    ])
    func resolverSaysWhatItChose(_ text: String, _ code: String, _ match: CountryMatch) throws {
        let resolution = try #require(CountryResolver.resolve(text))
        #expect(resolution.country.id == code)
        #expect(resolution.match == match)
        #expect(resolution.description.contains(code))
    }

    @Test(arguments: ["Atlantis", "", "XX", "Republika", "Nowa"])
    func resolverRefusesWhatItCannotTell(_ text: String) {
        #expect(CountryResolver.resolve(text) == nil)
    }

    @Test func chinaIsNamedAsReportsNameIt() throws {
        let china = try #require(Geography.country(code: "CN"))
        #expect(china.name(in: .english) == "China")
        #expect(china.name(in: .polish) == "Chiny")
        #expect(CountryResolver.resolve("Chiny")?.country.id == "CN")
    }
}
