import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Several signatories per party (issue 13, item 7): the pair each kind of
/// public body signs with (RD-ONDERTEKENING-003), defaults from the
/// profile, mandates, the two forms of a party's ondertekening
/// (RD-OVK-024), and how the tree and the writer show them.
@Suite struct SigningPairTests {
    /// An agreement between a stichting and `party` (lines 11 and on).
    static func agreement(_ party: [String], extra: [String] = []) -> String {
        ([
            "soort: samenwerkingsovereenkomst",                    // 1
            "titel: Samenwerking Test",                             // 2
            "versiedatum: 2025-06-30",                              // 3
            "artikelen:",                                           // 4
            "  - titel: Doel",                                      // 5
            "    tekst: Partijen werken samen.",                    // 6
            "citeertitel: Samenwerking Test",                       // 7
            "partijen:",                                            // 8
            "  - naam: Stichting Proef",                            // 9
            "    vertegenwoordiger: {naam: B. Jansen, functie: directeur}", // 10
        ] + party + extra).joined(separator: "\n") + "\n"
    }

    /// A Flemish stad, signed by `signatories` (one "naam|functie|mandaat" each).
    static func flemishCity(_ signatories: [String]) -> [String] {
        [
            "  - naam: Stad Voorbeeldegem",                         // 11
            "    vertegenwoordiger: {naam: A. Peeters, functie: burgemeester}", // 12
            "    ondertekening:",                                   // 13
            "      ondertekenaars:",                                // 14
        ] + signatories.flatMap { entry -> [String] in
            let parts = entry.split(separator: "|").map(String.init)
            return ["        - naam: \(parts[0])", "          functie: \(parts[1])"]
                + (parts.count > 2 ? ["          mandaat: \(parts[2])"] : [])
        }
    }

    static let flemishProfile = "gemeente: Voorbeeldegem\nland: BE\nburgemeester: A. Peeters\nalgemeen-directeur: K. Janssens\n"

    static func tree(_ path: String) throws -> String {
        let workspace = Workspace()
        let document = workspace.load(path)
        expectNone(in: document.diagnostics.items)
        return TreeDump.text(try #require(workspace.compose(document)))
    }

    // MARK: The pair each body signs with

    @Test func aFlemishCityWithoutItsAlgemeenDirecteurWarnsAtTheParty() throws {
        let text = Self.agreement(Self.flemishCity(["A. Peeters|burgemeester"]))
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 11, 5, in: diagnostics(of: text), severity: .waarschuwing)
        #expect(found.message == "Stad Voorbeeldegem tekent als een Vlaamse stad of gemeente met 'burgemeester', maar niet met "
            + "de algemeen directeur; voeg een ondertekenaar toe met functie 'algemeen directeur' "
            + "(of met 'mandaat' als een ander voor de algemeen directeur tekent)")
    }

    @Test func aFlemishCityWithBurgemeesterAndAlgemeenDirecteurChecksClean() throws {
        expectNone(in: try diagnostics(of: Self.agreement(Self.flemishCity(["A. Peeters|burgemeester", "K. Janssens|algemeen directeur"]))))
    }

    @Test func aSchepenByDelegationStandsInForTheBurgemeester() throws {
        let signatories = ["S. Maes|schepen van Klimaat|bij delegatie van de burgemeester", "K. Janssens|algemeen directeur"]
        expectNone(in: try diagnostics(of: Self.agreement(Self.flemishCity(signatories))))
        let without = ["S. Maes|schepen van Klimaat", "K. Janssens|algemeen directeur"]
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 11, 5, in: diagnostics(of: Self.agreement(Self.flemishCity(without))),
                                   severity: .waarschuwing)
        #expect(found.message.contains("maar niet met de burgemeester"))
    }

    @Test func theOwnCityTakesItsAlgemeenDirecteurFromTheProfile() throws {
        let path = try TestSupport.writeInput(Self.agreement(Self.flemishCity(["A. Peeters|burgemeester"])), profile: Self.flemishProfile)
        let tree = try Self.tree(path)
        // The stad signs on behalf of its college, at its own place (issue 15, item 7).
        #expect(tree.contains("party organisation=\"Stad Voorbeeldegem\" on-behalf-of=\"namens het college van burgemeester en schepenen\" "
            + "place=\"Voorbeeldegem\"\n"
            + "      signatory name=\"A. Peeters\" function=\"burgemeester\"\n"
            + "      signatory name=\"K. Janssens\" function=\"algemeen directeur\"\n"))
        // Without the name in the profile, raadsdoc names nobody and says where to add it.
        let bare = try TestSupport.writeInput(Self.agreement(Self.flemishCity(["A. Peeters|burgemeester"])),
                                              profile: "gemeente: Voorbeeldegem\nland: BE\n")
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 11, 5, in: diagnostics(at: bare), severity: .waarschuwing)
        #expect(found.message.hasSuffix(", of vul 'algemeen-directeur' in \(PathName.directory(of: bare))/raadsdoc.yaml in"))
    }

    @Test func theProfileSuppliesTheBurgemeesterTooInFront() throws {
        let path = try TestSupport.writeInput(Self.agreement(Self.flemishCity(["K. Janssens|algemeen directeur"])),
                                              profile: Self.flemishProfile)
        let tree = try Self.tree(path)
        #expect(tree.contains("      signatory name=\"A. Peeters\" function=\"burgemeester\"\n"
            + "      signatory name=\"K. Janssens\" function=\"algemeen directeur\"\n"))
    }

    @Test func aGemeenteInADutchProfileIsFlemishWhenTheProfileIsBelgian() throws {
        let party = ["  - naam: Gemeente Proefdonk", "    vertegenwoordiger: {naam: A. Peeters, functie: burgemeester}"]
        let dutch = try TestSupport.writeInput(Self.agreement(party), profile: "gemeente: Elders\nland: NL\n")
        expectNone(in: diagnostics(at: dutch))
        let flemish = try TestSupport.writeInput(Self.agreement(party), profile: "gemeente: Elders\nland: BE\n")
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 11, 5, in: diagnostics(at: flemish), severity: .waarschuwing)
        #expect(found.message.contains("Gemeente Proefdonk tekent als een Vlaamse stad of gemeente"))
    }

    @Test func aDutchGemeenteSignsAnAgreementAloneByMandate() throws {
        let party = ["  - naam: Gemeente Leiden", "    vertegenwoordiger: {naam: F. Spijker, functie: wethouder Duurzaamheid}",
                     "    grondslag: artikel 171, tweede lid, Gemeentewet"]
        expectNone(in: try diagnostics(of: Self.agreement(party)))
    }

    @Test func aWaterschapSignsWithDijkgraafAndSecretarisDirecteur() throws {
        let party = ["  - naam: Hoogheemraadschap van Rijnland",
                     "    vertegenwoordiger: {naam: R. Dijk, functie: dijkgraaf}"]
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 11, 5, in: diagnostics(of: Self.agreement(party)), severity: .waarschuwing)
        #expect(found.message.contains("als een waterschap met 'dijkgraaf', maar niet met de secretaris-directeur"))
        let both = party + ["    ondertekening:", "      ondertekenaars:", "        - {naam: R. Dijk, functie: dijkgraaf}",
                            "        - {naam: M. Meer, functie: secretaris-directeur}"]
        expectNone(in: try diagnostics(of: Self.agreement(both)))
    }

    @Test func aProvincieSignsWithItsCommissarisAndSecretarisOrGriffier() throws {
        let party = ["  - naam: Provincie Zuid-Holland", "    soort-partij: provincie",
                     "    vertegenwoordiger: {naam: W. Smit, functie: commissaris van de Koning}"]
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 11, 5, in: diagnostics(of: Self.agreement(party)), severity: .waarschuwing)
        #expect(found.message.contains("maar niet met de secretaris (of bij stukken van provinciale staten de griffier)"))
        let withClerk = party + ["    ondertekening:", "      ondertekenaars:",
                                 "        - {naam: W. Smit, functie: commissaris van de Koning}",
                                 "        - {naam: P. Vos, functie: griffier}"]
        expectNone(in: try diagnostics(of: Self.agreement(withClerk)))
    }

    @Test func soortPartijOverridesTheName() throws {
        let party = ["  - naam: Stad Voorbeeldegem", "    soort-partij: andere",
                     "    vertegenwoordiger: {naam: A. Peeters, functie: burgemeester}"]
        expectNone(in: try diagnostics(of: Self.agreement(party)))
    }

    // MARK: The two forms of a party's ondertekening

    @Test func oneSignerAndAListTogetherIsAnError() throws {
        let party = Self.flemishCity(["A. Peeters|burgemeester", "K. Janssens|algemeen directeur"])
            .map { $0 == "    ondertekening:" ? "    ondertekening:\n      naam: A. Peeters" : $0 }
        let found = try expectOnly("RD-OVK-024", at: 15, 7, in: diagnostics(of: Self.agreement(party)))
        #expect(found.message.contains("zet iedereen die tekent onder 'ondertekenaars'"))
    }

    @Test func theSingleSignerFormStillSignsAlone() throws {
        let party = ["  - naam: Coöperatie Proef", "    vertegenwoordiger: {naam: R. de Wit, functie: voorzitter}",
                     "    ondertekening: {naam: M. Kok, functie: secretaris, plaats: Delft}"]
        let tree = try Self.tree(try TestSupport.writeInput(Self.agreement(party)))
        #expect(tree.contains("party organisation=\"Coöperatie Proef\" place=\"Delft\"\n      signatory name=\"M. Kok\" function=\"secretaris\"\n"))
    }

    @Test func cosignersAreNamedInTheRepresentationClauseAndMandatesUnderTheirName() throws {
        let signatories = ["S. Maes|schepen van Klimaat|bij delegatie van de burgemeester", "K. Janssens|algemeen directeur"]
        let party = Self.flemishCity(signatories).map { $0 == "        - naam: K. Janssens" ? $0 + "\n          aanhef: de heer" : $0 }
        let tree = try Self.tree(try TestSupport.writeInput(Self.agreement(party)))
        // A Flemish stad is "vertegenwoordigd door", on behalf of its college, never "namens deze" (issue 15, item 7).
        #expect(tree.contains("vertegenwoordigd door de burgemeester, A. Peeters, en de schepen van Klimaat, S. Maes, en de algemeen "
            + "directeur, de heer K. Janssens, namens het college van burgemeester en schepenen"))
        #expect(tree.contains("signatory name=\"S. Maes\" function=\"schepen van Klimaat\" mandate=\"bij delegatie van de burgemeester\""))
    }

    // MARK: Letters of the college

    static let letter = [
        "soort: brief", "datum: 2025-06-03", "kenmerk: UIT-1", "geadresseerde: Waterschap Proef", "adres: [Postbus 1]", "onderwerp: Proef",
        "aanhef: Geacht bestuur,", "tekst: Wij schrijven u.", "slot: Hoogachtend,", "ondertekening:", "  namens: Burgemeester en wethouders van Proefstad,",
        "  ondertekenaars:", "    - {naam: mr. E.M. van Dijk, functie: burgemeester}",
    ].joined(separator: "\n") + "\n"

    @Test func aCollegeLetterTakesTheSecretarisFromTheProfile() throws {
        let path = try TestSupport.writeInput(Self.letter, profile: "gemeente: Proefstad\nsecretaris: drs. P. Bakker\n")
        let tree = try Self.tree(path)
        #expect(tree.contains("signatory name=\"drs. P. Bakker\" function=\"secretaris\""))
        let bare = try TestSupport.writeInput(Self.letter, profile: "gemeente: Proefstad\n")
        let found = try expectOnly("RD-ONDERTEKENING-003", at: 11, 3, in: diagnostics(at: bare), severity: .waarschuwing)
        #expect(found.message.contains("Gemeente Proefstad tekent als een gemeente met 'burgemeester', maar niet met de secretaris"))
    }

    @Test func aLetterNotOfTheCollegeNeedsNoPair() throws {
        let letter = Self.letter.replacingOccurrences(of: "Burgemeester en wethouders van Proefstad,", with: "afdeling Wegen,")
        expectNone(in: try diagnostics(of: letter, profile: "gemeente: Proefstad\n"))
    }

    // MARK: The writer

    @Test func aPartyOfTwoSignsSideBySideInATableOfItsOwn() throws {
        let parties = [
            SigningParty(organisation: "Stichting Proef", signatories: [Signatory(name: "B. Jansen", function: "directeur")]),
            SigningParty(organisation: "Stad Voorbeeldegem", place: "Voorbeeldegem", signatories: [
                Signatory(name: "S. Maes", function: "schepen", mandate: "bij delegatie van de burgemeester"),
                Signatory(name: "K. Janssens", function: "algemeen directeur"),
            ]),
        ]
        let (odt, content) = try RichTextWriterTests.written([.signatures(SignatureBlock(layout: .signingGrid, parties: parties))])
        #expect(content.components(separatedBy: "<table:table ").count == 3, "een tabel voor de eenlingen, een voor de partij van twee")
        #expect(content.contains("<table:table-cell table:style-name=\"") && content.contains("table:number-columns-spanned=\"2\""))
        #expect(content.contains("schepen<text:line-break/><text:span text:style-name=\"Nadruk\">bij delegatie van de burgemeester</text:span>"))
        let text = try TestSupport.text(of: odt)
        #expect(text.contains("S. Maes\n") && text.contains("K. Janssens\n"))
    }

    @Test func lettersShowMandatesUnderTheFunction() throws {
        let block = SignatureBlock(layout: .sideBySide, parties: [SigningParty(signatories: [
            Signatory(name: "J. Jansen", function: "wethouder", mandate: "namens de burgemeester"),
            Signatory(name: "P. Bakker", function: "secretaris"),
        ])])
        let (_, content) = try RichTextWriterTests.written([.signatures(block)])
        #expect(content.contains("wethouder<text:line-break/><text:span text:style-name=\"Nadruk\">namens de burgemeester</text:span>"))
    }
}
