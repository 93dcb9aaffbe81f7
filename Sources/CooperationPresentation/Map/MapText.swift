import CooperationCore
/// The words of the map and coverage views, in English or Polish.
struct MapText {
    let polish: Bool

    init(language: Language) { polish = language == .polish }

    func mapSubtitle(focus: String, places: Int, beyond: Int, unplaced: Int) -> String {
        var parts = [polish ? "Miejsca powiązane z: \(focus) (\(places))" : "Places linked to \(focus): \(places)"]
        if beyond > 0 { parts.append(polish ? "\(beyond) poza mapą: strzałki na jej brzegu" : "\(beyond) beyond the map: arrows at its edge") }
        if unplaced > 0 { parts.append(polish ? "\(unplaced) relacji bez miejsca pominięto" : "\(unplaced) relations without a place left out") }
        return parts.joined(separator: " · ")
    }

    func coverageSubtitle(focus: String, reached: Int, target: String?, missing: Int, of total: Int) -> String {
        var text = polish ? "Kraje, z którymi \(focus) ma relacje: \(reached)" : "Countries \(focus) has relations with: \(reached)"
        if let target {
            text += polish ? " · \(target): \(missing) z \(total) bez relacji" : " · \(target): \(missing) of \(total) not reached"
        }
        return text
    }

    var mapTitle: String { polish ? "Mapa relacji" : "Map of relations" }
    var coverageTitle: String { polish ? "Zasięg krajów" : "Country coverage" }
    var links: String { polish ? "Relacje" : "Links" }
    var relations: String { polish ? "Liczba relacji" : "Relations" }
    var noRelation: String { polish ? "brak relacji" : "none" }
    var notReachedTip: String { polish ? "bez relacji" : "not reached" }
    func home(_ country: String) -> String { polish ? "\(country): kraj własny" : "\(country): home" }
    func notReached(_ target: String) -> String { polish ? "\(target): bez relacji" : "\(target): not reached" }
    var credits: String { polish ? "Granice: Natural Earth · Miasta: GeoNames (CC BY 4.0)" : "Borders: Natural Earth · Cities: GeoNames (CC BY 4.0)" }
    var bordersCredit: String { polish ? "Granice: Natural Earth" : "Borders: Natural Earth" }

    func relationCount(_ count: Int) -> String {
        guard polish else { return count == 1 ? "1 relation" : "\(count) relations" }
        let lastTwo = count % 100, last = count % 10
        if count == 1 { return "1 relacja" }
        return (2...4).contains(last) && !(12...14).contains(lastTwo) ? "\(count) relacje" : "\(count) relacji"
    }

    func target(_ target: CoverageTarget, language: Language) -> String {
        switch target {
        case .euMembers: polish ? "państwa UE" : "EU members"
        case .unMembers: polish ? "państwa ONZ" : "UN members"
        case .continent(let continent): continent.name(in: language)
        case .countries: polish ? "kraje docelowe" : "target countries"
        }
    }
}

extension MapText {
    /// A link kind as a reader says it.
    static func linkKindName(_ kind: LinkKind, polish: Bool) -> String { StringTable.of(polish ? .polish : .english).name(of: kind) }
}
