import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The akkoord: its rules across deals at the exact line and column, the
/// derived list of signatories, the overview in a raadsinformatiebrief, and
/// in LibreOffice's PDF every deal on a page of its own.
@Suite struct KlimaatakkoordTests {
    static let akkoord = """
        soort: klimaatakkoord
        titel: Klimaatakkoord Voorbeeld
        datum: 2025-06-01
        plaats: Voorbeeldstad
        inleiding: Samen doen we meer.
        deals:
          - deal-1.yaml
          - deal-2.yaml
        extra-ondertekenaars:
          - organisatie: Gemeente Voorbeeld
            naam: A. de Vries
            functie: burgemeester

        """

    /// The second deal: Sportclub De Vliet takes part in both, with the
    /// same representative.
    static let secondDeal = KlimaatdealTests.valid
        .replacingOccurrences(of: "nummer: 1", with: "nummer: 2")
        .replacingOccurrences(of: "titel: Zonnedak", with: "titel: Afval scheiden")
        .replacingOccurrences(of: "thema: energietransitie", with: "thema: circulariteit")
        .replacingOccurrences(of: "Zonnecoöperatie Vliet", with: "Afvalbedrijf Vliet")
        .replacingOccurrences(of: "datum: 2025-03-01", with: "datum: 2025-04-15")
        .replacingOccurrences(of: "naam: A. Jansen", with: "naam: P. Bakker")

    /// Writes the profile, both deals and the akkoord into a new folder;
    /// returns the akkoord's path.
    static func write(akkoord: String = akkoord, second: String = secondDeal) throws -> String {
        try TestSupport.writeInput(akkoord, name: "akkoord.yaml", profile: KlimaatdealTests.profile,
                                   beside: ["deal-1.yaml": Array(KlimaatdealTests.valid.utf8), "deal-2.yaml": Array(second.utf8)])
    }

    static func load(akkoord: String = akkoord, second: String = secondDeal) throws -> LoadedDocument {
        TestSupport.load(try write(akkoord: akkoord, second: second)).0
    }

    /// The diagnostics reported in the akkoord file itself.
    static func ownDiagnostics(_ document: LoadedDocument) -> [Diagnostic] {
        document.diagnostics.items.filter { $0.position.path == document.path }
    }

    @Test func akkoordOfTwoGoodDealsChecksClean() throws {
        expectNone(in: try Self.load().diagnostics.items)
    }

    @Test func aPartyInTwoDealsSignsOnceThenTheExtraSignatories() throws {
        let document = try Self.load()
        let model = try #require(document.model as? Klimaatakkoord.Model)
        #expect(model.signatories.map(\.organisation) == [
            "Sportclub De Vliet", "Zonnecoöperatie Vliet", "Afvalbedrijf Vliet", "Gemeente Voorbeeld",
        ])
        #expect(model.signatories.flatMap(\.signatories).map(\.name) == ["J. de Boer", "A. Jansen", "P. Bakker", "A. de Vries"])
        #expect(model.signatories.allSatisfy { $0.place == "Voorbeeldstad" && $0.date == "1 juni 2025" })
    }

    @Test func extraSignatoriesOfOneOrganisationSignTogether() throws {
        let akkoord = Self.akkoord.replacingOccurrences(of: "    functie: burgemeester\n", with: """
                functie: burgemeester
              - organisatie: Gemeente Voorbeeld
                naam: J. Jansen
                functie: secretaris
                mandaat: bij afwezigheid van de secretaris

            """)
        let document = try Self.load(akkoord: akkoord)
        expectNone(in: document.diagnostics.items)
        let model = try #require(document.model as? Klimaatakkoord.Model)
        let municipality = try #require(model.signatories.last)
        #expect(municipality.organisation == "Gemeente Voorbeeld")
        #expect(municipality.signatories.map(\.name) == ["A. de Vries", "J. Jansen"])
        #expect(municipality.signatories.last?.mandate == "bij afwezigheid van de secretaris")
        #expect(model.signatories.count == 4)
    }

    @Test func theSameTwoDealsUnderOtherSpellingStillSignOnce() throws {
        let second = Self.secondDeal.replacingOccurrences(of: "- naam: Sportclub De Vliet", with: "- naam: sportclub de Vliet")
            .replacingOccurrences(of: "trekker: Sportclub De Vliet", with: "trekker: sportclub de Vliet")
        let found = try expectOnly("RD-AKKOORD-006", at: 8, 5, in: diagnostics(at: Self.write(second: second)), file: "akkoord.yaml",
                                   severity: .waarschuwing)
        #expect(found.message == "klimaatdeal 2 schrijft 'sportclub de Vliet', klimaatdeal 1 'Sportclub De Vliet'")
        let model = try #require(try Self.load(second: second).model as? Klimaatakkoord.Model)
        #expect(model.signatories.count { $0.organisation?.lowercased() == "sportclub de vliet" } == 1)
    }

    @Test func dealNumbersAreUnique() throws {
        let second = Self.secondDeal.replacingOccurrences(of: "nummer: 2", with: "nummer: 1")
        let document = try Self.load(second: second)
        let found = try expectOnly("RD-AKKOORD-001", at: 8, 5, in: Self.ownDiagnostics(document))
        #expect(found.message.contains("heeft nummer 1, net als 'deal-1.yaml'"))
        // Both deals also warn on their own: they share a folder.
        #expect(document.diagnostics.items.filter { $0.code == "RD-DEAL-013" }.count == 2)
    }

    @Test func aDealIsReferencedOnce() throws {
        let akkoord = Self.akkoord.replacingOccurrences(of: "  - deal-2.yaml", with: "  - ./deal-1.yaml")
        let found = try expectOnly("RD-AKKOORD-002", at: 8, 5, in: diagnostics(at: Self.write(akkoord: akkoord)), file: "akkoord.yaml")
        #expect(found.message == "'./deal-1.yaml' staat al in de lijst (regel 7)")
    }

    @Test func everyReferencedDealChecksClean() throws {
        let second = Self.secondDeal.replacingOccurrences(of: "trekker: Sportclub De Vliet", with: "trekker: Niemand")
        let document = try Self.load(second: second)
        try expectOnly("RD-VERWIJZING-003", at: 8, 5, in: Self.ownDiagnostics(document))
        try expectOne("RD-DEAL-001", at: 6, 10, in: document.diagnostics.items, file: "deal-2.yaml")
    }

    @Test func signingDateIsNotBeforeTheDeals() throws {
        let akkoord = Self.akkoord.replacingOccurrences(of: "datum: 2025-06-01", with: "datum: 2025-04-01")
        let found = try expectOnly("RD-AKKOORD-003", at: 3, 8, in: diagnostics(at: Self.write(akkoord: akkoord)), file: "akkoord.yaml")
        #expect(found.message == "de ondertekening op 1 april 2025 ligt vóór de datum van klimaatdeal 2 (15 april 2025, deal-2.yaml)")
    }

    @Test func anAkkoordWithoutDealsWarns() throws {
        let akkoord = Self.akkoord.replacingOccurrences(of: "deals:\n  - deal-1.yaml\n  - deal-2.yaml", with: "deals: []")
        try expectOnly("RD-AKKOORD-004", at: 6, 1, in: diagnostics(at: Self.write(akkoord: akkoord)), file: "akkoord.yaml",
                       severity: .waarschuwing)
    }

    @Test func aPartyWithTwoRepresentativesWarns() throws {
        let second = Self.secondDeal.replacingOccurrences(of: "naam: J. de Boer", with: "naam: K. Smit")
        let found = try expectOnly("RD-AKKOORD-005", at: 8, 5, in: diagnostics(at: Self.write(second: second)), file: "akkoord.yaml",
                                   severity: .waarschuwing)
        #expect(found.message.contains("het akkoord tekent J. de Boer"))
    }

    @Test func anExtraSignatoryWhoAlreadySignsWarnsAndSignsOnce() throws {
        let akkoord = Self.akkoord.replacingOccurrences(of: "organisatie: Gemeente Voorbeeld", with: "organisatie: Sportclub De Vliet")
        try expectOnly("RD-AKKOORD-007", at: 10, 18, in: diagnostics(at: Self.write(akkoord: akkoord)), file: "akkoord.yaml",
                       severity: .waarschuwing)
        let model = try #require(try Self.load(akkoord: akkoord).model as? Klimaatakkoord.Model)
        #expect(model.signatories.count == 3)
    }

    @Test func anAkkoordNamingItselfAsADealIsACycle() throws {
        let akkoord = Self.akkoord.replacingOccurrences(of: "  - deal-2.yaml", with: "  - akkoord.yaml")
        try expectOnly("RD-VERWIJZING-002", at: 8, 5, in: Self.ownDiagnostics(try Self.load(akkoord: akkoord)))
    }

    @Test func starterWithoutItsDealFileNamesTheMissingFile() throws {
        #expect(try diagnostics(of: Klimaatakkoord.starter).map(\.code) == ["RD-VERWIJZING-001", "RD-AKKOORD-004"])
    }

    @Test func overviewGroupsDealsByThemeWithCounts() throws {
        let odt = try TestSupport.render(try Self.write())
        let text = try TestSupport.text(of: odt)
        #expect(text.contains("Nr\nKlimaatdeal\nTrekker\nAard\nEnergietransitie — 1 klimaatdeal\n1\nZonnedak\nSportclub De Vliet\nrealiseren\n"
            + "Circulariteit — 1 klimaatdeal\n2\nAfval scheiden\nSportclub De Vliet\nrealiseren\nTotaal: 2 klimaatdeals in 2 thema's\n"))
    }

    @Test func councilLetterShowsTheSameOverview() throws {
        let path = try Self.write()
        let directory = PathName.directory(of: path)
        let letter = """
            soort: raadsinformatiebrief
            datum: 2025-05-01
            kenmerk: RIB-1
            onderwerp: Klimaatakkoord
            tekst: De deals staan hieronder.
            klimaatdeals:
              - deal-2.yaml
              - deal-1.yaml
            ondertekening:
              ondertekenaars:
                - naam: J. Jansen
                  functie: secretaris
                - naam: A. de Vries
                  functie: burgemeester

            """
        try letter.write(toFile: directory + "/brief.yaml", atomically: true, encoding: .utf8)
        let letterText = try TestSupport.text(of: try TestSupport.render(directory + "/brief.yaml"))
        let akkoordText = try TestSupport.text(of: try TestSupport.render(path))
        let overview = "Energietransitie — 1 klimaatdeal\n1\nZonnedak\n"
        #expect(letterText.contains("De deals staan hieronder.\nNr\nKlimaatdeal\nTrekker\nAard\n" + overview))
        #expect(akkoordText.contains(overview))

        let duplicate = letter.replacingOccurrences(of: "  - deal-1.yaml", with: "  - deal-2.yaml")
        try duplicate.write(toFile: directory + "/brief.yaml", atomically: true, encoding: .utf8)
        try expectOnly("RD-AKKOORD-002", at: 8, 5, in: diagnostics(at: directory + "/brief.yaml"))
    }

    @Test func exampleAkkoordIsValidODF() throws {
        let odt = try TestSupport.render(TestSupport.path("inputs/leidschendam-voorburg/klimaatakkoord.yaml"))
        #expect(PackageVerifier.problems(in: odt) == [])
    }

    /// In LibreOffice's PDF, every deal and the signatures start on a page
    /// of their own (pdftotext separates pages with a form feed), no
    /// party's signature block is split over two pages, and the council
    /// letter shows the same overview as the akkoord.
    @Test(.enabled(if: try Tool.require(.soffice, .pdftotext)))
    func everyDealStartsOnANewPageInThePDF() throws {
        let input = TestSupport.path("inputs/leidschendam-voorburg/klimaatakkoord.yaml")
        let letter = TestSupport.path("inputs/leidschendam-voorburg/raadsinformatiebrief-ondertekening-klimaatakkoord.yaml")
        let directory = try TestSupport.temporaryDirectory()
        try FileSystem.writeAtomically(try TestSupport.render(input), to: directory + "/akkoord.odt")
        try FileSystem.writeAtomically(try TestSupport.render(letter), to: directory + "/brief.odt")
        let conversion = try TestSupport.run("soffice", [
            "--headless", "-env:UserInstallation=file://" + directory + "/lo-profiel",
            "--convert-to", "pdf", "--outdir", directory, directory + "/akkoord.odt", directory + "/brief.odt",
        ])
        #expect(conversion.status == 0)
        let akkoordText = try TestSupport.run("pdftotext", [directory + "/akkoord.pdf", "-"]).output
        let letterText = TestSupport.flattened(try TestSupport.run("pdftotext", [directory + "/brief.pdf", "-"]).output)
        for row in ["Circulariteit — 2 klimaatdeals", "Totaal: 6 klimaatdeals in 5 thema's"] {
            #expect(TestSupport.flattened(akkoordText).contains(row) && letterText.contains(row), "\(row) ontbreekt")
        }
        let pages = akkoordText.components(separatedBy: "\u{0C}")
            .map { page in page.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        // The first line of each page below the running header.
        let openings = pages.map { $0.dropFirst().first ?? "" }
        for number in 1...6 {
            #expect(openings.contains { $0.hasPrefix("Klimaatdeal \(number): ") }, "klimaatdeal \(number) begint niet bovenaan een pagina")
        }
        #expect(openings.filter { $0.hasPrefix("Klimaatdeal ") }.count == 6)
        #expect(openings.contains("Inleiding"))
        #expect(openings.contains("Overzicht van de klimaatdeals"))
        #expect(openings.contains("Ondertekening"))
        let document = TestSupport.load(input).0
        let model = try #require(document.model as? Klimaatakkoord.Model)
        let signaturePages = pages.drop { !($0.dropFirst().first == "Ondertekening") }
        for signatory in model.signatories {
            let organisation = try #require(signatory.organisation)
            let page = signaturePages.map { $0.dropFirst().joined(separator: "\n") }.first { $0.contains(organisation) }
            for person in signatory.signatories {
                #expect(page?.contains(person.name) == true, "het blok van \(organisation) is gesplitst")
            }
        }
    }
}
