import Foundation
import Testing
import SpellSupport
import Taal

struct SpellingTests {
    private func spelling() throws -> SpellingChecker { try Shared.language().spelling }

    @Test func plantedMisspellingsAtExactOffsetsWithSuggestions() throws {
        let text = "De gemeenteraadt heeft op 1 mei besloten. Het colege stemt in met één bestemmingsplann."
        let findings = try spelling().findings(in: text)
        #expect(findings.map(\.text) == ["gemeenteraadt", "colege", "bestemmingsplann"])
        #expect(findings[0].range == 3..<16)
        #expect(findings[1].range == text.byteRange(of: "colege"))
        // "één" is 5 bytes: the offset counts bytes, not characters.
        #expect(findings[2].range == text.byteRange(of: "bestemmingsplann"))
        #expect(findings[0].suggestions.first == "gemeenteraad")
        #expect(findings[0].message == "mogelijk een spelfout: ‘gemeenteraadt’; bedoelde je ‘gemeenteraad’?")
        #expect(findings[1].suggestions.contains("college"))
        #expect(findings[2].suggestions.contains("bestemmingsplan"))
        for finding in findings { #expect(text.slice(finding.range) == finding.text) }
    }

    @Test func domainWordsAreAccepted() throws {
        let text = "De Omgevingswet, de raadsinformatiebrief, twee raadsmededelingen en de warmtetransitievisie. "
            + "Warmtetransities vragen om aquathermie en klimaatgovernance."
        #expect(try spelling().findings(in: text).isEmpty)
    }

    @Test func numbersAddressesCodesAndBackticksAreSkipped() throws {
        let text = """
        Op 13-07-2021 om 12:30 kostte het € 1.250,50 (20%). Kenmerk RM-2021-WLR-01, ABC en TVW’s. \
        Zie https://www.leidschendam-voorburg.nl/klimaatplan of mail klimaat@gemeente.nl. \
        Draai `raadsdoc rnder --uitt` en lees bijlage ii, CO2-uitstoot en de 3e versie.
        """
        #expect(try spelling().findings(in: text).isEmpty)
    }

    @Test func hyphenatedCompoundsAreCheckedPartByPart() throws {
        let text = "Het Noord-Hollandse wind- en zonne-energieplan en de uitvoerings- en beheersfase; het klimaat-beleidd."
        let findings = try spelling().findings(in: text)
        #expect(findings.map(\.text) == ["beleidd"])
        #expect(findings.first?.range == text.byteRange(of: "beleidd"))
    }

    @Test func extraWordsAreAcceptedInAnyCaseAndByTheirParts() throws {
        let text = "Wethouder Pietje Puk-Zwaluw schreef aan pietje over de Kwakzalverswet en KWAKZALVERSWET."
        let checker = try spelling()
        #expect(!checker.findings(in: text).isEmpty)
        #expect(checker.findings(in: text, accepting: ["Pietje Puk-Zwaluw", "Kwakzalverswet"]).isEmpty)
        let place = "Kwakkeldam-Zwieberg werkt met Kwakkeldam samen; de zwieberg plant en Zwiebergse plannen volgen."
        #expect(checker.findings(in: place).map(\.text) == ["Kwakkeldam", "Zwieberg", "Kwakkeldam", "zwieberg", "Zwiebergse"])
        #expect(checker.findings(in: place, accepting: ["Kwakkeldam-Zwieberg"]).map(\.text) == ["Zwiebergse"])
    }

    @Test func namesOfSeveralCapitalizedWordsAreNotChecked() throws {
        // "Kloppenburg" next to "Annemiek" reads as a name; on its own mid
        // sentence the unknown "Kwekkeboom" is still reported.
        let text = "Wij spraken met Annemiek Kwekkeboomer over het plan. Daarna belde kwekkeboomer."
        #expect(try spelling().findings(in: text).map(\.text) == ["kwekkeboomer"])
    }

    @Test func missingDictionaryGivesADutchError() {
        #expect(throws: SpellError.self) {
            try SpellDictionary(affixPath: "/nergens/nl.aff", dictionaryPath: "/nergens/nl.dic")
        }
        do {
            _ = try SpellDictionary(affixPath: "/nergens/nl.aff", dictionaryPath: "/nergens/nl.dic")
            Issue.record("geen fout bij een ontbrekend woordenboek")
        } catch {
            #expect(error.description == "Het woordenboek /nergens/nl.aff ontbreekt of is niet leesbaar")
        }
        #expect(throws: SpellError.self) { try HyphenationDictionary(path: "/nergens/hyph_nl.dic") }
        #expect(throws: SpellError(
            "Het Nederlandse woordenboek (hunspell-nl) is niet geïnstalleerd: /nergens/nl.aff ontbreekt. "
                + "Installeer het pakket hunspell-nl (apt-get install hunspell-nl).")) {
            try SpellDictionary.dutch(folder: "/nergens")
        }
        #expect(throws: SpellError(
            "De Nederlandse afbreekpatronen (hyphen-nl) zijn niet geïnstalleerd: /nergens/hyph_nl_NL.dic ontbreekt. "
                + "Installeer het pakket hyphen-nl (apt-get install hyphen-nl).")) {
            try HyphenationDictionary.dutch(path: "/nergens/hyph_nl_NL.dic")
        }
    }

    @Test func encodingsOfTheDebianDictionaries() throws {
        #expect(try SpellDictionary.dutch().encodingName == "UTF-8")
        let hyphenation = try HyphenationDictionary.dutch()
        #expect(hyphenation.encodingName == "ISO8859-1")
        // Latin-1 holds ë; it cannot hold the ĳ ligature.
        #expect(hyphenation.parts(of: "beëindigen") == ["be", "ëin", "di", "gen"])
        #expect(hyphenation.parts(of: "ĳs") == nil)
    }

    @Test func wordsAddedAtRunTime() throws {
        let dictionary = try SpellDictionary.dutch()
        #expect(!dictionary.isCorrect("warmtekavel"))
        #expect(dictionary.add("warmtekavel", like: "kavel"))
        #expect(dictionary.isCorrect("warmtekavel"))
        #expect(dictionary.isCorrect("warmtekavels"))
        #expect(dictionary.suggestions(for: "gemeenteraadt", limit: 1) == ["gemeenteraad"])
        #expect(dictionary.suggestions(for: "gemeenteraadt", limit: 0).isEmpty)
    }
}
