import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// How agreements are composed: numbers, citations and begrippen in each
/// numbering style, the representation clauses, the signature page, the
/// numbering override, and the golden tree of the seed agreement.
@Suite struct OvereenkomstCompositionTests {
    static let seedAgreement = "inputs/leidse-regio/samenwerkingsovereenkomst-warmte.yaml"
    static let golden = "Tests/RaadsDocTests/Fixtures/samenwerkingsovereenkomst-warmte.tree.txt"

    /// The tree dump of an input, checked clean, in a run with `numbering`.
    static func tree(_ path: String, numbering: Overeenkomst.NumberingStyle? = nil) throws -> String {
        let workspace = Workspace(runSettings: numbering.map { [Overeenkomst.NumberingStyle.settingName: $0.rawValue] } ?? [:])
        let document = workspace.load(path)
        guard document.diagnostics.items.isEmpty else {
            throw TestFailure("\(path): \(document.diagnostics.items.map { "\($0.position) \($0.code) \($0.message)" })")
        }
        let composed = try #require(workspace.compose(document))
        return TreeDump.text(composed)
    }

    /// Two parties, chapters, and one lid per kind of reference.
    static let references = """
        soort: samenwerkingsovereenkomst
        titel: Verwijzingen
        versiedatum: 2021-06-30
        partijen:
          - naam: Gemeente Leiden
            vertegenwoordiger:
              naam: H. Lenferink
              aanhef: de heer
              functie: burgemeester
          - naam: Warmtebedrijf
            rechtsvorm: stichting
            vestigingsplaats: Leiden
            vertegenwoordiger:
              naam: B. Jansen
              aanhef: mevrouw
              functie: directeur
            grondslag: artikel 12 van de statuten
            besluit:
              orgaan: bestuur
              datum: 2021-06-01
            hierna-te-noemen: het Warmtebedrijf
        overwegingen:
          - Partijen willen samenwerken;
          - tekst: 'Partijen kiezen voor:'
            onderdelen:
              - een lichte vorm;
              - een korte looptijd.
        hoofdstukken:
          - id: algemeen
            titel: Algemeen
            artikelen:
              - id: begrippen
                titel: Begripsbepalingen
                tekst: 'De volgende begrippen gelden.'
                begrippen:
                  - begrip: Warmtenet
                    betekenis: het net voor warmte.
                  - begrip: Aansluiting
                    betekenis: een verbinding met het Warmtenet
              - id: governance
                titel: Governance
                leden:
                  - Eerste lid over de Aansluiting.
                  - Tweede lid.
                  - tekst: 'Derde lid:'
                    onderdelen:
                      - eerste onderdeel;
                      - tekst: 'tweede onderdeel:'
                        subonderdelen:
                          - eerste sub;
                          - id: twee
                            tekst: tweede sub.
              - id: financien
                titel: Financiën
                leden:
                  - tekst: 'Enig lid:'
                    onderdelen:
                      - onderdeel een;
                      - onderdeel twee.
              - id: taken
                titel: Taken
                tekst: 'De taken zijn:'
                onderdelen:
                  - taak een;
                  - taak twee.
          - id: slot
            titel: Slotbepalingen
            artikelen:
              - id: verwijzingen
                titel: Verwijzingen
                leden:
                  - Zie [[governance]].
                  - Zie [[governance/3]].
                  - Zie [[governance/3/2]].
                  - Zie [[governance/3/2/twee]].
                  - Zie [[financien/1]].
                  - Zie [[financien/1/2]].
                  - Zie [[taken/2]].
                  - Zie [[slot]].
                  - Zie onder [[afspraken]].
                  - Zie [[citeertitel]].
                  - Zie [[datum:inwerkingtreding]] en [[datum:evaluatie]].
                  - Voorwaarde. [[governance/3]] geldt.
        inwerkingtreding: 2021-08-01
        einddatum: 2023-01-01
        evaluatie:
          - 11 maanden na inwerkingtreding
        citeertitel: Verwijzingen
        """

    static let citations: [(Overeenkomst.NumberingStyle, [String])] = [
        (.vrij, ["Zie artikel 2.", "Zie artikel 2 lid 3.", "Zie artikel 2 lid 3 onder b.", "Zie artikel 2 lid 3 onder b sub ii.",
                 "Zie artikel 3 lid 1.", "Zie artikel 3 lid 1 onder b.", "Zie artikel 4 onder b.", "Zie hoofdstuk 2.",
                 "Zie onder B.", "Zie artikel 6.", "Zie 1 augustus 2021 en 1 juli 2022.", "Voorwaarde. Artikel 2 lid 3 geldt."]),
        (.aanwijzingen, ["Zie artikel 2.", "Zie artikel 2, derde lid.", "Zie artikel 2, derde lid, onderdeel b.",
                         "Zie artikel 2, derde lid, onderdeel b, onder 2°.", "Zie artikel 3.", "Zie artikel 3, onderdeel b.",
                         "Zie artikel 4, onderdeel b.", "Zie hoofdstuk 2.", "Zie onder B.", "Zie artikel 6.",
                         "Voorwaarde. Artikel 2, derde lid geldt."]),
        (.vlaams, ["Zie artikel 2.", "Zie artikel 2, § 3.", "Zie artikel 2, § 3, 2°.", "Zie artikel 2, § 3, 2°, b).",
                   "Zie artikel 3.", "Zie artikel 3, 2°.", "Zie artikel 4, 2°.", "Zie hoofdstuk 2.", "Zie artikel 6."]),
    ]

    /// The tree with each citation link as its words alone.
    static func words(_ tree: String) -> String {
        tree.replacing(/\[([^\]]*)\]\(#[^)]*\)/) { String($0.output.1) }
    }

    /// Every citation links to the bookmark of what it cites.
    @Test func citationsLinkToTheirTargets() throws {
        let tree = try Self.tree(try TestSupport.writeInput(Self.references), numbering: .aanwijzingen)
        for link in ["[artikel 2](#art-2)", "[artikel 2, derde lid, onderdeel b, onder 2°](#art-2-lid-3-ond-2-sub-2)",
                     "[hoofdstuk 2](#hfd-2)", "[B](#deel-B)", "[Artikel 2, derde lid](#art-2-lid-3)"] {
            #expect(tree.contains(link), "\(link) ontbreekt")
        }
    }

    @Test(arguments: [Overeenkomst.NumberingStyle.vrij, .aanwijzingen, .vlaams])
    func everyKindOfReferenceIsCitedInTheStyle(_ style: Overeenkomst.NumberingStyle) throws {
        let linked = try Self.tree(try TestSupport.writeInput(Self.references), numbering: style)
        let tree = Self.words(linked)
        let expected = try #require(Self.citations.first { $0.0 == style }?.1)
        for citation in expected {
            let found = tree.contains("] \(citation)\n")
            #expect(found, "\(style): '\(citation)' ontbreekt")
        }
    }

    @Test func referencesFollowWhenArticlesMove() throws {
        let taken = ["      - id: taken", "        titel: Taken", "        tekst: 'De taken zijn:'", "        onderdelen:",
                     "          - taak een;", "          - taak twee.", ""].joined(separator: "\n")
        let moved = Self.references.replacingOccurrences(of: taken, with: "")
            .replacingOccurrences(of: "      - id: governance\n", with: taken + "      - id: governance\n")
        #expect(moved != Self.references)
        let linked = try Self.tree(try TestSupport.writeInput(moved), numbering: .vrij)
        #expect(linked.contains("Zie [artikel 3 lid 3 onder b sub ii](#art-3-lid-3-ond-2-sub-2)."))
        let tree = Self.words(linked)
        for citation in ["Zie artikel 3 lid 3 onder b sub ii.", "Zie artikel 2 onder b.", "Zie artikel 4 lid 1."] {
            let found = tree.contains("] \(citation)\n")
            #expect(found, "'\(citation)' ontbreekt na het verplaatsen")
        }
    }

    @Test func aPartySignsWithItsOwnPlaceAndDate() throws {
        let text = Self.references
            .replacingOccurrences(of: "    hierna-te-noemen: het Warmtebedrijf",
                                  with: "    hierna-te-noemen: het Warmtebedrijf\n    ondertekening:\n      naam: C. de Boer\n"
                                      + "      functie: bestuurder\n      plaats: Delft\n      datum: 2021-07-02")
            + "\nondertekening:\n  plaats: Leiden\n  datum: 2021-07-01\n"
        let tree = try Self.tree(try TestSupport.writeInput(text))
        #expect(tree.contains("Aldus overeengekomen en in tweevoud ondertekend te Leiden op 1 juli 2021."))
        #expect(tree.contains("party organisation=\"Gemeente Leiden\" place=\"Leiden\" date=\"1 juli 2021\"\n      signatory name=\"H. Lenferink\" function=\"burgemeester\"\n"))
        #expect(tree.contains("party organisation=\"Warmtebedrijf\" place=\"Delft\" date=\"2 juli 2021\"\n      signatory name=\"C. de Boer\" function=\"bestuurder\"\n"))
    }

    @Test func noPartysSignatureBlockSplitsOverAPage() throws {
        let odt = try TestSupport.render(TestSupport.path(Self.seedAgreement))
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        let signatures = try #require(content.range(of: "Aldus overeengekomen"))
        let grid = content[signatures.upperBound...]
        let styleStart = try #require(content.range(of: #"style:name="[A-Za-z]*RijHeel""#, options: .regularExpression))
        let rowStyle = content[styleStart].dropFirst("style:name=\"".count).dropLast()
        #expect(grid.components(separatedBy: "<table:table-row table:style-name=\"\(rowStyle)\">").count - 1 == 3)
        #expect(content.contains("fo:keep-together=\"always\""))
    }

    @Test func labelsAndHeadingsFollowTheStyle() throws {
        let input = try TestSupport.writeInput(Self.references)
        let vrij = try Self.tree(input, numbering: .vrij)
        for line in ["heading 2 [Kop 2] Hoofdstuk 1 Algemeen", "heading 3 [Artikelkop] Artikel 2 Governance",
                     "item \"3.\"", "item \"b.\"", "item \"ii.\"", "item \"a)\"", "item \"i.\"",
                     "heading 3 [Artikelkop] Artikel 6 Citeertitel", "paragraph [Tekst] Deze overeenkomst wordt aangehaald als: “Verwijzingen”."] {
            let found = vrij.contains(line)
            #expect(found, "vrij: \(line)")
        }
        let aanwijzingen = try Self.tree(input, numbering: .aanwijzingen)
        for line in ["heading 2 [Kop 2] Hoofdstuk 1. Algemeen", "heading 3 [Artikelkop] Artikel 2. Governance",
                     "item \"2°.\"", "item \"a.\"", "paragraph [Tekst] Deze overeenkomst wordt aangehaald als: Verwijzingen."] {
            let found = aanwijzingen.contains(line)
            #expect(found, "aanwijzingen: \(line)")
        }
        let vlaams = try Self.tree(input, numbering: .vlaams)
        for line in ["heading 3 [Artikelkop] Art. 2. Governance", "item \"§ 3.\"", "item \"2°\"", "item \"b)\""] {
            let found = vlaams.contains(line)
            #expect(found, "vlaams: \(line)")
        }
    }

    @Test func aSoleMemberIsNumberedOnlyInTheFreeStyle() throws {
        let input = try TestSupport.writeInput(Self.references)
        #expect(try Self.tree(input, numbering: .vrij).contains("heading 3 [Artikelkop] Artikel 3 Financiën\n  list [Lid]\n    item \"1.\"\n"))
        #expect(try Self.tree(input, numbering: .aanwijzingen).contains(
            "heading 3 [Artikelkop] Artikel 3. Financiën\n  paragraph [Tekst] Enig lid:\n  list [Lid]\n    item \"a.\"\n"))
    }

    @Test func termsAreNumberedAsWrittenOrAlphabetical() throws {
        let input = try TestSupport.writeInput(Self.references)
        let vrij = try Self.tree(input, numbering: .vrij)
        #expect(vrij.contains("paragraph [Tekst] De volgende begrippen gelden.\n  list [Lid]\n    item \"1.\"\n"
            + "      paragraph [Lid] Warmtenet: het net voor warmte.\n    item \"2.\"\n"
            + "      paragraph [Lid] Aansluiting: een verbinding met het Warmtenet.\n"))
        let aanwijzingen = try Self.tree(input, numbering: .aanwijzingen)
        #expect(aanwijzingen.contains("paragraph [Tekst] In deze overeenkomst wordt verstaan onder:\n"
            + "  paragraph [Lid vervolg] Aansluiting: een verbinding met het Warmtenet;\n"
            + "  paragraph [Lid vervolg] Warmtenet: het net voor warmte.\n"))
        #expect(try Self.tree(input, numbering: .vlaams).contains("item \"1°\"\n      paragraph [Lid] Aansluiting: een verbinding met het Warmtenet;"))
    }

    @Test func representationClausesAreComposedFromTheFields() throws {
        let tree = try Self.tree(try TestSupport.writeInput(Self.references))
        #expect(tree.contains("paragraph [Tekst] De publiekrechtelijke rechtspersoon Gemeente Leiden, namens deze de burgemeester, "
            + "de heer H. Lenferink, op grond van artikel 171, eerste lid, Gemeentewet, en\n"))
        #expect(tree.contains("paragraph [Tekst] De stichting Warmtebedrijf, gevestigd te Leiden, namens deze de directeur, mevrouw B. Jansen, "
            + "daartoe bevoegd op grond van artikel 12 van de statuten, handelend ter uitvoering van het bestuursbesluit van "
            + "1 juni 2021, hierna te noemen “het Warmtebedrijf”;\n"))
    }

    @Test func partsAreLetteredInOrder() throws {
        let tree = try Self.tree(try TestSupport.writeInput(Self.references))
        #expect(tree.contains("heading 1 [Kop 2] A. Overwegende dat:"))
        #expect(tree.contains("heading 1 [Kop 2] B. Komen als volgt overeen:"))
        #expect(!tree.contains("Gelet op"))
    }

    @Test func theSignaturePageCountsTheParties() throws {
        let two = try Self.tree(try TestSupport.writeInput(Self.references))
        // No forced page break (issue 15): the line naming the agreement and
        // the closing sentence keep with the signatures instead.
        #expect(two.contains("signature\n  paragraph [Behorend bij] Behorend bij de Verwijzingen, versie 30 juni 2021.\n"
            + "  paragraph [Slot] Aldus overeengekomen en in tweevoud ondertekend.\n  signatures signingGrid\n"))
        #expect(two.contains("party organisation=\"Warmtebedrijf\"\n      signatory name=\"B. Jansen\" function=\"directeur\""))
        let six = try Self.tree(TestSupport.path(Self.seedAgreement))
        #expect(six.contains("Aldus overeengekomen en in zesvoud ondertekend."))
    }

    @Test func theRunOverrideWinsOverTheDocumentAndTheDocumentOverTheProfile() throws {
        let input = try TestSupport.writeInput(Self.references.replacingOccurrences(of: "versiedatum: 2021-06-30", with: "versiedatum: 2021-06-30\nnummering: vlaams"),
                                               profile: "gemeente: Leiden\nnummering: vrij\n")
        #expect(try Self.tree(input).contains("Art. 2. Governance"))
        #expect(try Self.tree(input, numbering: .aanwijzingen).contains("Artikel 2. Governance"))
        let seed = TestSupport.path(Self.seedAgreement)
        #expect(try Self.tree(seed).contains("Artikel 4 Governance"))
        #expect(try Self.tree(seed, numbering: .aanwijzingen).contains("Artikel 4. Governance"))
    }

    @Test func theStarterChecksCleanAndRenders() throws {
        let starter = try #require(KindRegistry.kind(named: "samenwerkingsovereenkomst")?.starter)
        let input = try TestSupport.writeInput(starter)
        #expect(try Self.tree(input).contains("heading 2 [Artikelkop] Artikel 4. Citeertitel"))
        let odt = try TestSupport.render(input)
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(try TestSupport.text(of: odt).contains("De voorlichting, bedoeld in artikel 2, tweede lid, onderdeel a, begint binnen drie maanden."))
    }

    /// ODFValidityTests renders each example in its own style; here every
    /// example agreement is rendered and validated in all three.
    @Test(arguments: [Overeenkomst.NumberingStyle.vrij, .aanwijzingen, .vlaams])
    func everyExampleAgreementIsValidODFInEveryStyle(_ style: Overeenkomst.NumberingStyle) throws {
        let agreements = TestSupport.exampleInputs.filter { TestSupport.load($0).0.kind?.name == "samenwerkingsovereenkomst" }
        #expect(agreements.count == 3)
        for input in agreements {
            let workspace = Workspace(runSettings: [Overeenkomst.NumberingStyle.settingName: style.rawValue])
            let odt = try Renderer().odt(workspace.load(input), workspace: workspace)
            #expect(PackageVerifier.problems(in: odt) == [], "\(input) in stijl \(style)")
        }
    }

    @Test func theCouncilLetterListsTheAgreementByItsOwnTitle() throws {
        let (letter, workspace) = TestSupport.load(TestSupport.path("inputs/leidse-regio/raadsmededeling-warmte.yaml"))
        // The seed's antwoordbrief is the draft reply the council sees: no
        // send date, kenmerk, address or signatories, and it says so.
        #expect(letter.diagnostics.items.map(\.code).sorted() == ["RD-BRIEF-003", "RD-BRIEF-004", "RD-BRIEF-005", "RD-BRIEF-006"])
        #expect(letter.diagnostics.items.allSatisfy { $0.position.path.hasSuffix("antwoordbrief-pip-wlq.yaml") })
        let agreement = workspace.load(TestSupport.path(Self.seedAgreement))
        #expect(agreement.summary?.title == "Samenwerkingsovereenkomst Warmte Leidse regio")
        let text = try TestSupport.text(of: try Renderer().odt(letter, workspace: workspace))
        #expect(text.contains("Samenwerkingsovereenkomst Warmte Leidse regio\n"))
    }

    /// The composed tree of the seed agreement, line for line. Set
    /// RAADSDOC_GOLDEN_BIJWERKEN=1 to rewrite the fixture after an intended change.
    @Test func theSeedAgreementTreeMatchesTheGoldenFile() throws {
        let tree = try Self.tree(TestSupport.path(Self.seedAgreement))
        let path = TestSupport.path(Self.golden)
        if ProcessInfo.processInfo.environment["RAADSDOC_GOLDEN_BIJWERKEN"] != nil {
            try tree.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        let actualLines = tree.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstDifference == nil, "eerste verschil op regel \((firstDifference?.offset ?? 0) + 1)")
        #expect(actualLines.count == expectedLines.count)
    }
}
