import CooperationCore
import CooperationPresentation
import Testing

/// One table per language, complete, with each language's plural forms.
@Suite struct StringTableTests {
    @Test(arguments: Language.allCases)
    func everyTableHasEveryPhraseNounAndKind(_ language: Language) {
        let table = StringTable.of(language)
        #expect(table.language == language)
        #expect(table.isComplete)
    }

    @Test func polishCountsTakeTheirThreeForms() {
        let polish = StringTable.polish
        #expect(polish.count(0, .partnerCity) == "0 miast partnerskich")
        #expect(polish.count(1, .partnerCity) == "1 miasto partnerskie")
        #expect(polish.count(2, .partnerCity) == "2 miasta partnerskie")
        #expect(polish.count(5, .partnerCity) == "5 miast partnerskich")
        #expect(polish.count(12, .partnerCity) == "12 miast partnerskich")
        #expect(polish.count(22, .city) == "22 miasta")
        #expect(polish.count(101, .city) == "101 miast")
        #expect(polish.count(104, .country) == "104 kraje")
        #expect(polish.count(114, .country) == "114 krajów")
    }

    @Test func englishCountsTakeOneOrOther() {
        let english = StringTable.english
        #expect(english.count(1, .partnerRegion) == "1 partner region")
        #expect(english.count(0, .partnerRegion) == "0 partner regions")
        #expect(english.count(2, .partnerRegion) == "2 partner regions")
        #expect(english.count(101, .partnerCity) == "101 partner cities")
    }

    @Test func holesAreFilledInOrder() {
        #expect(StringTable.english.format(.focusLine, "Poznań", "poznan") == "Focus: Poznań (poznan)")
        #expect(StringTable.polish.format(.focusLine, "Poznań", "poznan") == "Podmiot: Poznań (poznan)")
    }
}
