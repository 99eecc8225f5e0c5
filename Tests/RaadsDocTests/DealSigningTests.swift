import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Several signatories per deelnemer of a klimaatdeal (issue 13, item 7):
/// 'ondertekening' → 'ondertekenaars' next to the single 'vertegenwoordiger',
/// the pair each kind of body signs an agreement with (RD-ONDERTEKENING-003,
/// shared with the agreements), the two forms (RD-DEAL-014, RD-DEAL-015),
/// and the signature blocks of the deal and the akkoord.
@Suite struct DealSigningTests: RuleTesting {
    static let valid = KlimaatdealTests.valid

    /// The second deelnemer (lines 15 to 19 of the valid deal), as written there.
    static let secondParticipant = """
          - naam: Zonnecoöperatie Vliet
            type: overig
            vertegenwoordiger:
              naam: A. Jansen
              functie: secretaris

        """

    /// The valid deal with its second deelnemer (line 15) replaced by `lines`.
    func withSecond(_ lines: [String]) -> String {
        changed(Self.secondParticipant, lines.joined(separator: "\n") + "\n")
    }

    static let waterschap = ["  - naam: Waterschap Vliet", "    type: waterschap"]
    static let bothOffices = [
        "    ondertekening:",
        "      ondertekenaars:",
        "        - naam: R. Dijk",
        "          functie: heemraad",
        "          mandaat: bij mandaat van de dijkgraaf",
        "        - naam: M. Meer",
        "          functie: secretaris-directeur",
    ]

    static func tree(_ path: String) throws -> String {
        let workspace = Workspace()
        let document = workspace.load(path)
        expectNone(in: document.diagnostics.items)
        return TreeDump.text(try #require(workspace.compose(document)))
    }

    // MARK: Model and rules

    @Test func aWaterschapSigningWithBothOfficesChecksCleanAndKeepsBoth() throws {
        let text = withSecond(Self.waterschap + Self.bothOffices)
        let path = try TestSupport.writeInput(text, profile: KlimaatdealTests.profile)
        expectNone(in: diagnostics(at: path))
        let model = try #require(TestSupport.load(path).0.model as? Klimaatdeal.Model)
        let participant = model.participants[1]
        #expect(participant.body == .waterschap)
        #expect(participant.signatories.map { $0.name?.value } == ["R. Dijk", "M. Meer"])
        #expect(participant.signatories.map { $0.function?.value } == ["heemraad", "secretaris-directeur"])
        #expect(participant.signatories.first?.mandate?.value == "bij mandaat van de dijkgraaf")
    }

    @Test func aWaterschapSigningAloneWarnsAtTheDeelnemer() throws {
        let text = withSecond(Self.waterschap + ["    vertegenwoordiger:", "      naam: R. Dijk", "      functie: dijkgraaf"])
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 15, 5, in: diagnostics(of: text, profile: KlimaatdealTests.profile),
                                   severity: .waarschuwing)
        #expect(found.message == "Waterschap Vliet tekent als een waterschap met 'dijkgraaf', maar niet met de secretaris-directeur; "
            + "voeg een ondertekenaar toe met functie 'secretaris-directeur' (of met 'mandaat' als een ander voor de "
            + "secretaris-directeur tekent)")
    }

    @Test func aDutchGemeenteSignsADealAloneAsForAnAgreement() throws {
        // Artikel 171 Gemeentewet: the burgemeester, or whom they mandate, represents the gemeente alone.
        let text = withSecond(["  - naam: Gemeente Voorbeeld", "    type: gemeente", "    vertegenwoordiger:",
                               "      naam: E. de Wit", "      functie: wethouder Duurzaamheid",
                               "      mandaat: bij mandaat van de burgemeester"])
        expectNone(in: try diagnostics(of: text, profile: KlimaatdealTests.profile))
    }

    @Test func theOwnFlemishCityTakesItsAlgemeenDirecteurFromTheProfile() throws {
        let text = withSecond(["  - naam: Stad Voorbeeldegem", "    type: gemeente", "    vertegenwoordiger:",
                               "      naam: A. Peeters", "      functie: burgemeester"])
        let profile = "gemeente: Voorbeeldegem\nland: BE\nburgemeester: A. Peeters\nalgemeen-directeur: K. Janssens\n"
        let tree = try Self.tree(try TestSupport.writeInput(text, profile: profile))
        #expect(tree.contains("party organisation=\"Stad Voorbeeldegem\" on-behalf-of=\"namens het college van burgemeester en schepenen\"\n"
            + "      signatory name=\"A. Peeters\" function=\"burgemeester\"\n"
            + "      signatory name=\"K. Janssens\" function=\"algemeen directeur\"\n"))
        // Without the name in the profile the pair is reported, with where to add it.
        let bare = try TestSupport.writeInput(text, profile: "gemeente: Voorbeeldegem\nland: BE\n")
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 15, 5, in: diagnostics(at: bare), severity: .waarschuwing)
        #expect(found.message.contains("maar niet met de algemeen directeur"))
        #expect(found.message.hasSuffix(", of vul 'algemeen-directeur' in \(PathName.directory(of: bare))/raadsdoc.yaml in"))
    }

    @Test func aVertegenwoordigerAndAnOndertekeningTogetherIsAnError() throws {
        let text = withSecond(Self.waterschap + ["    vertegenwoordiger:", "      naam: R. Dijk", "      functie: dijkgraaf"]
            + Self.bothOffices)
        let found = try expectOnly("RD-DEAL-014", at: 20, 5, in: diagnostics(of: text, profile: KlimaatdealTests.profile))
        #expect(found.message == "deelnemer 'Waterschap Vliet' noemt een 'vertegenwoordiger' en ook een 'ondertekening'; "
            + "zet iedereen die tekent onder 'ondertekenaars' en laat 'vertegenwoordiger' weg")
    }

    @Test func aDeelnemerWithoutAnyoneSigningIsAnError() throws {
        let text = withSecond(["  - naam: Zonnecoöperatie Vliet", "    type: overig"])
        let found = try expectOnly("RD-DEAL-015", at: 15, 5, in: diagnostics(of: text, profile: KlimaatdealTests.profile))
        #expect(found.message.contains("'Zonnecoöperatie Vliet' heeft geen 'vertegenwoordiger' en geen 'ondertekening'"))
    }

    @Test func anOndertekeningNeedsItsOndertekenaarsWithNameAndFunction() throws {
        let empty = withSecond(Self.waterschap + ["    ondertekening:", "      namens: het dagelijks bestuur"])
        #expect(try diagnostics(of: empty, profile: KlimaatdealTests.profile).map(\.code).contains("RD-INVOER-010"))
        let nameless = withSecond(Self.waterschap + ["    ondertekening:", "      ondertekenaars:", "        - functie: dijkgraaf"])
        #expect(try diagnostics(of: nameless, profile: KlimaatdealTests.profile).map(\.code).contains("RD-INVOER-010"))
    }

    // MARK: The rendered deal and akkoord

    @Test func theRenderedDealSignsEachOfThePairWithItsOwnLine() throws {
        let text = withSecond(Self.waterschap + ["    ondertekening:", "      namens: het dagelijks bestuur"]
            + Self.bothOffices.dropFirst())
        let path = try TestSupport.writeInput(text, profile: KlimaatdealTests.profile)
        let tree = try Self.tree(path)
        #expect(tree.contains("party organisation=\"Waterschap Vliet\" on-behalf-of=\"het dagelijks bestuur\"\n"
            + "      signatory name=\"R. Dijk\" function=\"heemraad\" mandate=\"bij mandaat van de dijkgraaf\"\n"
            + "      signatory name=\"M. Meer\" function=\"secretaris-directeur\"\n"))
        let odt = try TestSupport.render(path)
        #expect(PackageVerifier.problems(in: odt) == [])
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        #expect(content.contains("heemraad<text:line-break/><text:span text:style-name=\"Nadruk\">bij mandaat van de dijkgraaf</text:span>"))
        let printed = try TestSupport.text(of: odt)
        for phrase in ["Waterschap Vliet\nhet dagelijks bestuur\nPlaats:", "R. Dijk\nheemraad bij mandaat van de dijkgraaf\n",
                       "M. Meer\nsecretaris-directeur\n", "J. de Boer\nvoorzitter\n"] {
            #expect(printed.contains(phrase), "\(phrase) ontbreekt")
        }
    }

    @Test func theAkkoordSignsAPartyWithEveryoneOfItsFirstDeal() throws {
        let first = withSecond(Self.waterschap + Self.bothOffices)
        let second = KlimaatakkoordTests.secondDeal
            .replacingOccurrences(of: "  - naam: Afvalbedrijf Vliet\n    type: overig\n    vertegenwoordiger:\n      naam: P. Bakker\n      functie: secretaris\n",
                                  with: (Self.waterschap + Self.bothOffices).joined(separator: "\n") + "\n")
        #expect(second.contains("Waterschap Vliet"))
        let path = try TestSupport.writeInput(KlimaatakkoordTests.akkoord, name: "akkoord.yaml", profile: KlimaatdealTests.profile,
                                              beside: ["deal-1.yaml": Array(first.utf8), "deal-2.yaml": Array(second.utf8)])
        let document = TestSupport.load(path).0
        expectNone(in: document.diagnostics.items)
        let model = try #require(document.model as? Klimaatakkoord.Model)
        let waterschap = try #require(model.signatories.first { $0.organisation == "Waterschap Vliet" })
        #expect(waterschap.signatories.map(\.name) == ["R. Dijk", "M. Meer"])
        #expect(model.signatories.count { $0.organisation == "Waterschap Vliet" } == 1)
        let odt = try TestSupport.render(path)
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(try TestSupport.text(of: odt).contains("4 ondertekenaars"))

        // Another secretaris-directeur in the second deal: the akkoord names whom it follows.
        let other = second.replacingOccurrences(of: "naam: M. Meer", with: "naam: K. Kok")
        let changedPath = try TestSupport.writeInput(KlimaatakkoordTests.akkoord, name: "akkoord.yaml", profile: KlimaatdealTests.profile,
                                                     beside: ["deal-1.yaml": Array(first.utf8), "deal-2.yaml": Array(other.utf8)])
        let found = try expectOnly("RD-AKKOORD-005", at: 8, 5, in: diagnostics(at: changedPath), file: "akkoord.yaml",
                                   severity: .waarschuwing)
        #expect(found.message == "'Waterschap Vliet' tekent klimaatdeal 2 door R. Dijk en K. Kok, klimaatdeal 1 door R. Dijk en M. Meer; "
            + "het akkoord tekent R. Dijk en M. Meer")
    }

    @Test func extraOndertekenaarsOfAWaterschapSignWithTheirPairToo() throws {
        let alone = KlimaatakkoordTests.akkoord.replacingOccurrences(
            of: "  - organisatie: Gemeente Voorbeeld\n    naam: A. de Vries\n    functie: burgemeester\n",
            with: "  - organisatie: Hoogheemraadschap van Vliet\n    naam: R. Dijk\n    functie: dijkgraaf\n")
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 10, 18, in: diagnostics(at: KlimaatakkoordTests.write(akkoord: alone)),
                                   file: "akkoord.yaml", severity: .waarschuwing)
        #expect(found.message.contains("Hoogheemraadschap van Vliet tekent als een waterschap met 'dijkgraaf', maar niet met de secretaris-directeur"))
        let pair = alone.replacingOccurrences(of: "    functie: dijkgraaf\n", with: """
                functie: dijkgraaf
              - organisatie: Hoogheemraadschap van Vliet
                naam: M. Meer
                functie: secretaris-directeur

            """)
        let document = try KlimaatakkoordTests.load(akkoord: pair)
        expectNone(in: document.diagnostics.items)
        let model = try #require(document.model as? Klimaatakkoord.Model)
        #expect(model.signatories.last?.signatories.map(\.name) == ["R. Dijk", "M. Meer"])
    }

    @Test func theExampleDealsSignTheWaterschapWithItsPair() throws {
        for deal in ["03-hittebestendige-zorglocaties", "04-groen-schoolplein"] {
            let path = TestSupport.path("inputs/leidschendam-voorburg/klimaatdeals/\(deal).yaml")
            let text = try TestSupport.text(of: try TestSupport.render(path))
            #expect(text.contains("J. Visser\nheemraad bij mandaat van de dijkgraaf\n"), "\(deal)")
            #expect(text.contains("mr. L. de Graaf\nsecretaris-directeur\n"), "\(deal)")
            expectNone(in: diagnostics(at: path))
        }
    }
}
