import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
@testable import RaadsDocTaal

/// The language check on raadsdoc input (`--taal`): warnings at the exact
/// word in every style of YAML text, names and profile words accepted,
/// Markdown read as prose, the B1 target per soort, and the figures.
@Suite struct LanguageCheckTests {
    /// One reviewer for all tests: opening the dictionaries takes a while.
    static let reviewer: LanguageReviewer? = try? LanguageReviewer(knownSoorten: KindRegistry.allNames, ranksHardestSentences: true)

    static func review(_ path: String) throws -> LoadedDocument {
        guard let reviewer else { throw TestFailure("de taalcontrole start niet: installeer hunspell-nl en hyphen-nl (make test-deps)") }
        return Workspace(languageReviewer: reviewer).load(path)
    }

    static let planted = TestSupport.path("Tests/RaadsDocTests/Fixtures/taal/brief-geplant.yaml")

    /// The 1-based line and column of `word` in the file, found in its
    /// text as a whole word ("subsidi", not the start of "subsidie").
    static func position(of word: String, in path: String) throws -> (line: Int, column: Int) {
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            var searchStart = line.startIndex
            while let range = line.range(of: word, range: searchStart..<line.endIndex) {
                if range.upperBound == line.endIndex || !line[range.upperBound].isLetter {
                    return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
                searchStart = range.upperBound
            }
        }
        throw TestFailure("‘\(word)’ staat niet in \(path)")
    }

    @Test(arguments: [
        ("gemeenteraat", "gemeenteraad"),        // plain scalar
        ("verkeersveiligheit", "verkeersveiligheid"), // folded block
        ("bewonners", "bewoners"),              // literal block in a list
        ("inspraakavont", "inspraakavond"),      // double-quoted over two lines
        ("onderzoekk", "onderzoek"),             // rich text before a table
        ("subsidi", "subsidie"),                 // footnote text
    ])
    func aPlantedMisspellingIsFoundAtItsPosition(word: String, correction: String) throws {
        let document = try Self.review(Self.planted)
        let expected = try Self.position(of: word, in: Self.planted)
        let found = document.diagnostics.items.filter { $0.code == LanguageRules.spelling.code && $0.message.contains("‘\(word)’") }
        #expect(found.count == 1)
        #expect(found.first?.position.line == expected.line)
        #expect(found.first?.position.column == expected.column)
        #expect(found.first?.suggestions.contains(correction) == true)
        #expect(found.first?.severity == .waarschuwing)
    }

    @Test func namesOfTheDocumentAndWordsOfTheProfileAreAccepted() throws {
        let document = try Self.review(Self.planted)
        let spelling = document.diagnostics.items.filter { $0.code == LanguageRules.spelling.code }
        // Zwiebelhoff signs, Kwakkelbroek is a profile word, Tjallingii the
        // profile's secretaris, the URL and footnote label are markup.
        for accepted in ["Zwiebelhoff", "Kwakkelbroek", "Tjallingii", "zuidwijk", "geveltuin", "^1"] {
            #expect(!spelling.contains { $0.message.contains(accepted) }, "\(accepted) is gemeld")
        }
        #expect(spelling.count == 6)
    }

    @Test func tableCellsAreNotReadAsOneSentence() throws {
        let document = try Self.review(Self.planted)
        #expect(!document.diagnostics.items.contains { $0.code == LanguageRules.longSentence.code })
        let path = try TestSupport.writeInput(Self.letter(afsluiting: """
            | Straat | Werk | Week |
            |---|---|---|
            \((1...12).map { "| Straat \($0) | stoep en rijbaan vernieuwen | week \($0) |" }.joined(separator: "\n"))
            """))
        let table = try Self.review(path)
        #expect(!table.diagnostics.items.contains { $0.code == LanguageRules.longSentence.code })
    }

    @Test func aLongSentenceIsWarnedAtItsFirstWord() throws {
        let sentence = "Wij laten u weten dat de gemeente in de komende maanden samen met de bewoners, de ondernemers en de scholen in de wijk onderzoekt hoe de straat veiliger, groener en prettiger kan worden voor iedereen die er woont."
        let path = try TestSupport.writeInput(Self.letter(afsluiting: "Kort.\n\n" + sentence))
        let document = try Self.review(path)
        let long = document.diagnostics.items.filter { $0.code == LanguageRules.longSentence.code }
        #expect(long.count == 1)
        let expected = try Self.position(of: "Wij laten u weten", in: path)
        #expect(long.first?.position.line == expected.line)
        #expect(long.first?.position.column == expected.column)
    }

    @Test func theB1TargetAppliesOnlyToTheSoortenTheProfileNames() throws {
        let passive = "De aanvraag wordt door de gemeente beoordeeld."
        let withTarget = try Self.review(try TestSupport.writeInput(Self.letter(afsluiting: passive),
                                                                    profile: "gemeente: Zuidwijk\ntaal:\n  b1:\n    - brief\n"))
        #expect(withTarget.diagnostics.items.contains { $0.code == LanguageRules.passive.code })
        #expect(withTarget.languageScores?.plainLanguageTarget == true)
        let without = try Self.review(try TestSupport.writeInput(Self.letter(afsluiting: passive),
                                                                 profile: "gemeente: Zuidwijk\n"))
        #expect(!without.diagnostics.items.contains { $0.code == LanguageRules.passive.code })
        #expect(without.languageScores?.plainLanguageTarget == false)
        #expect(without.languageScores?.total.passives == 1)
    }

    @Test func aLongWordAndJargonAreWarnedAtTheirWordsInAB1Letter() throws {
        let text = "Wij sturen u de samenwerkingsovereenkomst toe. Wij doen dit reeds vandaag."
        let path = try TestSupport.writeInput(Self.letter(afsluiting: text), profile: "gemeente: Zuidwijk\ntaal:\n  b1:\n    - brief\n")
        let document = try Self.review(path)
        let long = document.diagnostics.items.filter { $0.code == LanguageRules.longWord.code }
        let word = try Self.position(of: "samenwerkingsovereenkomst", in: path)
        #expect(long.count == 1)
        #expect(long.first?.position.line == word.line)
        #expect(long.first?.position.column == word.column)
        #expect(long.first?.message.contains("‘samenwerkingsovereenkomst’") == true)
        let jargon = document.diagnostics.items.filter { $0.code == LanguageRules.jargon.code }
        let reeds = try Self.position(of: "reeds", in: path)
        #expect(jargon.count == 1)
        #expect(jargon.first?.position.line == reeds.line)
        #expect(jargon.first?.position.column == reeds.column)
        #expect(jargon.first?.suggestions == ["al"])
        let without = try Self.review(try TestSupport.writeInput(Self.letter(afsluiting: text), profile: "gemeente: Zuidwijk\n"))
        #expect(!without.diagnostics.items.contains { $0.code == LanguageRules.longWord.code })
    }

    @Test func aHardLetterMissesTheB1TargetAtItsSoort() throws {
        let hard = (1...4).map { _ in
            "De gemeentelijke organisatie heeft met inachtneming van de geldende beleidsuitgangspunten een integrale afwegingssystematiek ontwikkeld ten behoeve van de prioritering van infrastructurele investeringsvoorstellen."
        }.joined(separator: " ")
        let path = try TestSupport.writeInput(Self.letter(afsluiting: hard), profile: "gemeente: Zuidwijk\ntaal:\n  b1:\n    - brief\n")
        let document = try Self.review(path)
        let target = document.diagnostics.items.filter { $0.code == LanguageRules.plainLanguage.code }
        #expect(target.contains { $0.message.hasPrefix("het document haalt taalniveau B1 niet") })
        let soort = try Self.position(of: "brief", in: path)
        #expect(target.contains { $0.position.line == soort.line })
        #expect(document.diagnostics.items.contains { $0.code == LanguageRules.jargon.code && $0.suggestions.contains("voor") })
    }

    @Test func anUnknownSoortUnderB1IsWarnedInTheProfile() throws {
        let path = try TestSupport.writeInput(Self.letter(afsluiting: "Tot ziens."),
                                              profile: "gemeente: Zuidwijk\ntaal:\n  b1:\n    - brieven\n")
        let document = try Self.review(path)
        let unknown = document.diagnostics.items.filter { $0.code == LanguageRules.unknownSoort.code }
        #expect(unknown.count == 1)
        #expect(unknown.first?.position.path.hasSuffix("raadsdoc.yaml") == true)
        #expect(unknown.first?.position.line == 4)
    }

    @Test func withoutTaalNothingIsChecked() throws {
        let document = TestSupport.load(Self.planted).0
        #expect(!document.diagnostics.items.contains { $0.code.hasPrefix("RD-TAAL") })
        #expect(document.languageScores == nil)
    }

    /// The rebuilt seed documents in inputs/: the spelling warnings that
    /// are not real errors in the source stay at or below 2 per 1,000
    /// words. docs/taal.md lists both sets.
    @Test func spellingFalsePositivesOnTheInputsStayUnderTwoPerThousand() throws {
        let realErrors: Set<String> = [
            "zonodig", "cooperatie", "hoofcontouren", "regelementen", "klilaatstrategieën", "Klimatrisicomanagement",
            "aangenaamere", "bedrijfsvoeringafspraken", "uitvoeringfase", "elektriciteits",
        ]
        let inputs = try FileManager.default.subpathsOfDirectory(atPath: TestSupport.path("inputs"))
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix("raadsdoc.yaml") }.sorted()
        var words = 0
        var falsePositives: [String] = []
        for input in inputs {
            let document = try Self.review(TestSupport.path("inputs/" + input))
            words += document.languageScores?.total.words ?? 0
            for diagnostic in document.diagnostics.items where diagnostic.code == LanguageRules.spelling.code {
                let word = diagnostic.message.split(separator: "‘").dropFirst().first?.split(separator: "’").first.map(String.init) ?? ""
                if !realErrors.contains(word) { falsePositives.append("\(input): \(word)") }
            }
        }
        #expect(words > 15_000)
        #expect(Double(falsePositives.count) * 1000 / Double(words) <= 2, "\(falsePositives)")
    }

    @Test func batchWithTaalWritesTheFiguresIntoTheIndex() throws {
        guard let executable = TestSupport.executable else { throw TestFailure("raadsdoc is niet gebouwd") }
        let output = try TestSupport.temporaryDirectory()
        let folder = TestSupport.path("Tests/RaadsDocTests/Fixtures/taal")
        let run = try TestSupport.run(executable, ["batch", folder, "--uit", output, "--taal", "--jobs", "2"])
        #expect(run.status == 0)
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/index.json"))) as? [String: Any]
        let entry = (index?["documenten"] as? [[String: Any]])?.first
        let taal = entry?["taal"] as? [String: Any]
        #expect((taal?["woorden"] as? Int ?? 0) > 50)
        #expect(taal?["flesch-douma"] is Double || taal?["flesch-douma"] is Int)
        #expect(taal?["spelling"] as? Int == 6)
        #expect(taal?["b1-doel"] as? Bool == true)
        let plain = try TestSupport.temporaryDirectory()
        #expect(try TestSupport.run(executable, ["batch", folder, "--uit", plain]).status == 0)
        let plainIndex = try String(contentsOfFile: plain + "/index.json", encoding: .utf8)
        #expect(!plainIndex.contains("\"taal\""))
    }

    @Test func theReportShowsFiguresSectionsAndTheHardestSentences() throws {
        guard let executable = TestSupport.executable else { throw TestFailure("raadsdoc is niet gebouwd") }
        let seed = TestSupport.path("inputs/leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord.yaml")
        let plain = TestSupport.path("inputs/voorbeeldgemeente/brief-waterschap.yaml")
        let run = try TestSupport.run(executable, ["taal", seed, plain])
        #expect(run.status == 0)
        #expect(run.output.contains("Taalrapport inputs/leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord.yaml")
                || run.output.contains("Taalrapport \(seed)"))
        #expect(run.output.contains("Flesch-Douma"))
        #expect(run.output.contains("Per sectie"))
        #expect(run.output.contains("De tien moeilijkste zinnen"))
        #expect(run.output.contains("Naast elkaar"))
        let json = try TestSupport.run(executable, ["taal", "--format", "json", plain])
        let report = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(report?["soort"] as? String == "brief")
        #expect((report?["moeilijkste-zinnen"] as? [Any])?.isEmpty == false)
    }

    @Test func theMaskKeepsOffsetsAndBlanksMarkup() {
        let text = "Zie [de site](https://x.nl/a \"De titel\") en noot[^n].\n\n| a | b |\n|---|:-:|\n| c | d |\n"
        let masked = MarkdownMask.prose(text)
        #expect(masked.utf8.count == text.utf8.count)
        #expect(!masked.contains("https"))
        #expect(masked.contains("De titel"))
        #expect(!masked.contains("[^n]"))
        #expect(!masked.contains("|"))
        #expect(!masked.contains("---"))
    }

    /// A letter for residents of Zuidwijk with `afsluiting` as its last
    /// paragraph.
    static func letter(afsluiting: String) -> String {
        """
        soort: brief
        datum: 2026-11-20
        kenmerk: ZW-2026-0043
        geadresseerde: De bewoners van de Dorpsstraat
        adres:
          - Dorpsstraat 1
          - 9999 ZZ Zuidwijk
        onderwerp: Werk in uw straat
        aanhef: Beste bewoners,
        tekst: |
          Vanaf maandag werken wij in uw straat.
        afsluiting: |
        \(afsluiting.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        slot: Met vriendelijke groet,
        ondertekening:
          namens: Burgemeester en wethouders van Zuidwijk,
          ondertekenaars:
            - naam: M. Tjallingii
              functie: secretaris
            - naam: H. Oosterbroek
              functie: burgemeester

        """
    }
}
