import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Flemish conventions for agreements under a profile with `land: BE`
/// (issue 15, item 7): the closing "Opgemaakt te … in drie exemplaren",
/// signing "namens het college van burgemeester en schepenen" by the
/// burgemeester and the algemeen directeur from the profile, never "namens
/// deze", and citations in the Flemish style inside the same article.
@Suite struct FlemishAgreementTests {
    static let profile = """
        gemeente: Mechelen
        land: BE
        burgemeester: A. Vandenbussche
        algemeen-directeur: K. Vermeulen
        nummering: vlaams

        """

    /// Three parties: the profile's own stad, a vzw and a stichting.
    static func agreement(signing: String = "ondertekening:\n  datum: 2025-09-15\n", mechelen: [String] = []) -> String {
        ([
            "soort: samenwerkingsovereenkomst",
            "titel: Samenwerking Klimaatpunt Mechelen",
            "versiedatum: 2025-09-01",
            "partijen:",
            "  - naam: Stad Mechelen",
            "    rechtsvorm: publiekrechtelijke rechtspersoon",
            "    vertegenwoordiger:",
            "      naam: A. Vandenbussche",
            "      aanhef: de heer",
            "      functie: burgemeester",
            "    grondslag: artikel 279 van het Decreet over het lokaal bestuur",
            "    besluit:",
            "      orgaan: college",
            "      datum: 2025-08-25",
        ] + mechelen + [
            "  - naam: Klimaatpunt",
            "    rechtsvorm: vzw",
            "    vestigingsplaats: Mechelen",
            "    vertegenwoordiger:",
            "      naam: L. Wuyts",
            "      aanhef: mevrouw",
            "      functie: voorzitter",
            "  - naam: Energiehuis Rivierenland",
            "    rechtsvorm: vzw",
            "    vestigingsplaats: Lier",
            "    vertegenwoordiger: {naam: P. Goossens, functie: directeur}",
            "artikelen:",
            "  - id: doel",
            "    titel: Doel",
            "    leden:",
            "      - Partijen werken samen aan het klimaatplan.",
            "      - tekst: 'De stad zorgt voor:'",
            "        onderdelen:",
            "          - een loket;",
            "          - een website;",
            "          - een jaarverslag.",
            "      - Het loket en de website, bedoeld in [[doel/2/1]] en [[doel/2/2]], openen in 2026. [[doel/1]] blijft gelden. [[doel/1]] en [[doel/2]] ook.",
            "  - id: inzet",
            "    titel: Inzet",
            "    tekst: Klimaatpunt beheert het loket, bedoeld in [[doel/2/1]], en werkt mee aan [[doel/1]] en [[doel/2]].",
            "citeertitel: Samenwerking Klimaatpunt Mechelen",
        ]).joined(separator: "\n") + "\n" + signing
    }

    static func tree(_ text: String, profile: String = Self.profile) throws -> String {
        let path = try TestSupport.writeInput(text, profile: profile)
        let workspace = Workspace()
        let document = workspace.load(path)
        expectNone(in: document.diagnostics.items)
        return TreeDump.text(try #require(workspace.compose(document)))
    }

    @Test func theClosingIsFlemishWithPlaceDateAndCopiesInWords() throws {
        let tree = try Self.tree(Self.agreement())
        #expect(tree.contains("paragraph [Tekst] Opgemaakt te Mechelen op 15 september 2025 in drie exemplaren, "
            + "waarvan elke partij erkent er één te hebben ontvangen.\n"))
        #expect(!tree.contains("Aldus overeengekomen"))
        #expect(!tree.contains("drievoud"))
    }

    @Test func theInputGivesPlaceAndNumberOfCopies() throws {
        let tree = try Self.tree(Self.agreement(signing: "ondertekening:\n  plaats: Lier\n  exemplaren: 4\n"))
        #expect(tree.contains("paragraph [Tekst] Opgemaakt te Lier op …………………… in vier exemplaren, "
            + "waarvan elke partij erkent er één te hebben ontvangen.\n"))
        let dutch = try Self.tree(Self.agreement(signing: "ondertekening:\n  exemplaren: 4\n"), profile: "gemeente: Mechelen\nalgemeen-directeur: K. Vermeulen\n")
        // Under a Dutch profile the closing is Dutch; the Flemish stad still signs as one.
        #expect(dutch.contains("Aldus overeengekomen en in viervoud ondertekend."))
        #expect(dutch.contains("on-behalf-of=\"namens het college van burgemeester en schepenen\""))
    }

    @Test func aProfileOfAnotherOrganisationNamesNoPlace() throws {
        let profile = "gemeente: Vlaamse centrumsteden\norganisatie: Kenniscentrum Vlaamse Steden\nland: BE\n"
            + "burgemeester: A. Vandenbussche\nalgemeen-directeur: K. Vermeulen\n"
        let tree = try Self.tree(Self.agreement(mechelen: Self.mechelenSigns(["K. Vermeulen|algemeen directeur"])), profile: profile)
        #expect(tree.contains("paragraph [Tekst] Opgemaakt te …………………… op 15 september 2025 in drie exemplaren"))
        #expect(!tree.contains("Vlaamse centrumsteden op"))
    }

    /// `ondertekenaars` of Stad Mechelen besides the burgemeester ("naam|functie").
    static func mechelenSigns(_ others: [String]) -> [String] {
        ["    ondertekening:", "      ondertekenaars:", "        - {naam: A. Vandenbussche, functie: burgemeester}"]
            + others.map { entry in
                let parts = entry.split(separator: "|")
                return "        - {naam: \(parts[0]), functie: \(parts[1])}"
            }
    }

    @Test func theCitySignsOnBehalfOfTheCollegeWithTheAlgemeenDirecteurFromTheProfile() throws {
        let tree = try Self.tree(Self.agreement())
        // The place of the closing is the place in the grid too.
        #expect(tree.contains("party organisation=\"Stad Mechelen\" on-behalf-of=\"namens het college van burgemeester en schepenen\" "
            + "place=\"Mechelen\" date=\"15 september 2025\"\n      signatory name=\"A. Vandenbussche\" function=\"burgemeester\"\n"
            + "      signatory name=\"K. Vermeulen\" function=\"algemeen directeur\"\n"))
        #expect(tree.contains("paragraph [Tekst] De publiekrechtelijke rechtspersoon Stad Mechelen, vertegenwoordigd door de burgemeester, "
            + "de heer A. Vandenbussche, en de algemeen directeur, K. Vermeulen, namens het college van burgemeester en schepenen, "
            + "op grond van artikel 279 van het Decreet over het lokaal bestuur, in uitvoering van de beslissing van het college "
            + "van burgemeester en schepenen van 25 augustus 2025, en\n"))
        #expect(tree.contains("paragraph [Tekst] De vzw Klimaatpunt, gevestigd te Mechelen, vertegenwoordigd door de voorzitter, mevrouw L. Wuyts, en\n"))
        #expect(!tree.contains("namens deze"))
        // The writer shows the line under the city's name.
        let path = try TestSupport.writeInput(Self.agreement(), profile: Self.profile)
        let odt = try TestSupport.render(path)
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(try TestSupport.text(of: odt).contains("Stad Mechelen\nnamens het college van burgemeester en schepenen\n"))
    }

    @Test func signatoriesTheInputNamesWinOverTheProfile() throws {
        let tree = try Self.tree(Self.agreement(mechelen: Self.mechelenSigns(["M. Wouters|algemeen directeur"])))
        #expect(tree.contains("signatory name=\"M. Wouters\" function=\"algemeen directeur\""))
        #expect(!tree.contains("K. Vermeulen"))
    }

    @Test func citationsInsideTheSameArticleLeaveTheArticleOut() throws {
        let tree = OvereenkomstCompositionTests.words(try Self.tree(Self.agreement()))
        // Inside artikel 1, § 3: the paragraaf and its onderdelen, cited together.
        #expect(tree.contains("Het loket en de website, bedoeld in § 2, 1° en 2°, openen in 2026. Paragraaf 1 blijft gelden. Paragrafen 1 en 2 ook."))
        // From artikel 2: the article named, paragrafen cited together.
        #expect(tree.contains("Klimaatpunt beheert het loket, bedoeld in artikel 1, § 2, 1°, en werkt mee aan artikel 1, §§ 1 en 2."))
    }

    @Test func theExampleAgreementOfTheCentrumstedenIsFlemish() throws {
        let path = TestSupport.path("inputs/vlaamse-centrumsteden/samenwerkingsovereenkomst-stuurgroep.yaml")
        let workspace = Workspace()
        let document = workspace.load(path)
        expectNone(in: document.diagnostics.items)
        let tree = TreeDump.text(try #require(workspace.compose(document)))
        #expect(tree.contains("Opgemaakt op 15 september 2025 in drie exemplaren, waarvan elke partij erkent er één te hebben ontvangen."))
        #expect(tree.contains("on-behalf-of=\"namens het college van burgemeester en schepenen\""))
        #expect(!tree.contains("namens deze"))
        let odt = try Renderer().odt(document, workspace: workspace)
        #expect(PackageVerifier.problems(in: odt) == [])
    }
}
