import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The rules of a single klimaatdeal, each triggered by a bad input at the
/// exact line and column, and the shape of the rendered deal.
@Suite struct KlimaatdealTests {
    static let profile = "gemeente: Voorbeeld\nthemas:\n  - energietransitie\n  - circulariteit\n"

    /// A deal that checks clean. The gemeente takes no part in it (seed 000:
    /// the gemeente is "niet per se deelnemer of trekker").
    static let valid = """
        soort: klimaatdeal
        nummer: 1
        titel: Zonnedak
        datum: 2025-03-01
        thema: energietransitie
        trekker: Sportclub De Vliet
        deelnemers:
          - naam: Sportclub De Vliet
            type: vereniging
            vertegenwoordiger:
              naam: J. de Boer
              functie: voorzitter
            acties:
              - Stelt het dak beschikbaar.
          - naam: Zonnecoöperatie Vliet
            type: overig
            vertegenwoordiger:
              naam: A. Jansen
              functie: secretaris
            acties:
              - Plaatst de panelen.
        aanleiding: Het dak is leeg.
        ambitie: Zelf stroom opwekken.
        doelen:
          - omschrijving: Panelen op het dak.
            indicator: vermogen
            startwaarde: 0
            streefwaarde: 12500,5
            eenheid: kWp
            peildatum: 2025-12-31
            co2-effect: 18
        mijlpalen:
          - datum: 2025-09-01
            omschrijving: Panelen geplaatst.
        looptijd:
          begin: 2025-04-01
          einde: 2026-03-31
        aard: realiseren
        monitoring:
          door: Sportclub De Vliet
          frequentie: jaarlijks
        status: ondertekend

        """

    func diagnostics(_ text: String, profile: String? = KlimaatdealTests.profile) throws -> [Diagnostic] {
        TestSupport.load(try TestSupport.writeInput(text, profile: profile)).0.diagnostics.items
    }

    /// The only diagnostic of `text`, which must have `code` at line:col.
    func expectOnly(_ code: String, at line: Int, _ column: Int, in text: String,
                    severity: Severity = .fout) throws -> Diagnostic {
        let found = try diagnostics(text)
        #expect(found.map(\.code) == [code], "\(found.map { "\($0.position): \($0.code) \($0.message)" })")
        let diagnostic = try #require(found.first)
        #expect((diagnostic.position.line, diagnostic.position.column) == (line, column))
        #expect(diagnostic.severity == severity)
        return diagnostic
    }

    func replacing(_ old: String, with new: String) -> String {
        precondition(Self.valid.contains(old), "\(old) staat niet in het voorbeeld")
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func dealWithoutTheGemeenteChecksClean() throws {
        #expect(try diagnostics(Self.valid).isEmpty)
    }

    @Test func leaderMustBeAParticipant() throws {
        let found = try expectOnly("RD-DEAL-001", at: 6, 10,
                                   in: replacing("trekker: Sportclub De Vliet", with: "trekker: Gemeente Voorbeeld"))
        #expect(found.message.contains("'Gemeente Voorbeeld' staat niet bij de deelnemers"))
    }

    @Test func leaderMatchesAParticipantUpToCaseAndSpaces() throws {
        #expect(try diagnostics(replacing("trekker: Sportclub De Vliet", with: "trekker: sportclub de  vliet")).isEmpty)
    }

    @Test func aDealNeedsAGoalWithATargetValue() throws {
        let text = replacing("    streefwaarde: 12500,5\n    eenheid: kWp\n", with: "")
        _ = try expectOnly("RD-DEAL-002", at: 24, 1, in: text)
    }

    @Test func referenceDateOutsideTheTermIsAnError() throws {
        let found = try expectOnly("RD-DEAL-003", at: 30, 16,
                                   in: replacing("peildatum: 2025-12-31", with: "peildatum: 2026-06-30"))
        #expect(found.message == "peildatum 30 juni 2026 valt buiten de looptijd (1 april 2025 tot en met 31 maart 2026)")
    }

    @Test func realisationNeedsMilestones() throws {
        let text = replacing("mijlpalen:\n  - datum: 2025-09-01\n    omschrijving: Panelen geplaatst.\n", with: "")
        _ = try expectOnly("RD-DEAL-004", at: 35, 7, in: text)
        let research = text.replacingOccurrences(of: "aard: realiseren", with: "aard: onderzoeken")
        #expect(try diagnostics(research).isEmpty)
    }

    @Test func themeMustBeOneOfTheProfile() throws {
        let found = try expectOnly("RD-DEAL-005", at: 5, 8,
                                   in: replacing("thema: energietransitie", with: "thema: energie-transitie"))
        #expect(found.message.contains("bedoelde je 'energietransitie'?"))
    }

    @Test func themeIsUncheckedWithoutThemesInTheProfile() throws {
        let text = replacing("thema: energietransitie", with: "thema: iets anders")
        #expect(try diagnostics(text, profile: "gemeente: Voorbeeld\n").isEmpty)
        #expect(try diagnostics(replacing("thema: energietransitie", with: "thema: Circulariteit")).isEmpty)
    }

    @Test func participantNamedTwiceIsAnError() throws {
        _ = try expectOnly("RD-DEAL-006", at: 15, 11,
                           in: replacing("- naam: Zonnecoöperatie Vliet", with: "- naam: Sportclub De Vliet"))
    }

    @Test func nearlyEqualParticipantNamesWarn() throws {
        let found = try expectOnly("RD-DEAL-007", at: 15, 11,
                                   in: replacing("- naam: Zonnecoöperatie Vliet", with: "- naam: \"sportclub De Vliet \""),
                                   severity: .waarschuwing)
        #expect(found.message.contains("lijkt op deelnemer 'Sportclub De Vliet' (regel 8)"))
    }

    @Test func termMustNotEndBeforeItStarts() throws {
        _ = try expectOnly("RD-DEAL-008", at: 37, 10, in: replacing("einde: 2026-03-31", with: "einde: 2025-03-31"))
    }

    @Test func aDealNeedsAnOccasionOrABottleneck() throws {
        _ = try expectOnly("RD-DEAL-009", at: 1, 1, in: replacing("aanleiding: Het dak is leeg.\n", with: ""))
        #expect(try diagnostics(replacing("aanleiding: Het dak is leeg.", with: "knelpunt: Geen geld.")).isEmpty)
    }

    @Test func aTargetValueNeedsAUnit() throws {
        let found = try expectOnly("RD-DEAL-010", at: 28, 19, in: replacing("    eenheid: kWp\n", with: ""))
        #expect(found.message == "streefwaarde 12500,5 heeft geen 'eenheid'")
    }

    @Test func milestoneOutsideTheTermWarns() throws {
        _ = try expectOnly("RD-DEAL-011", at: 33, 12, in: replacing("- datum: 2025-09-01", with: "- datum: 2026-09-01"),
                           severity: .waarschuwing)
    }

    @Test func participantWithoutActionsWarns() throws {
        _ = try expectOnly("RD-DEAL-012", at: 15, 5, in: replacing("    acties:\n      - Plaatst de panelen.\n", with: ""),
                           severity: .waarschuwing)
    }

    @Test func aNumberUsedByAnotherDealInTheFolderWarns() throws {
        let path = try TestSupport.writeInput(Self.valid, name: "deal-a.yaml", profile: Self.profile)
        let directory = PathName.directory(of: path)
        try Self.valid.replacingOccurrences(of: "titel: Zonnedak", with: "titel: Ander dak")
            .write(toFile: directory + "/deal-b.yaml", atomically: true, encoding: .utf8)
        try "soort: brief\nnummer: 1\n".write(toFile: directory + "/geen-deal.yaml", atomically: true, encoding: .utf8)
        let found = TestSupport.load(path).0.diagnostics.items
        #expect(found.map(\.code) == ["RD-DEAL-013"])
        #expect(found.first.map { ($0.position.line, $0.position.column) == (2, 9) } == true)
        #expect(found.first?.message == "nummer 1 staat ook in deal-b.yaml in dezelfde map")
        #expect(found.first?.severity == .waarschuwing)
    }

    @Test func aTargetValueIsANumberNeverAFloat() throws {
        _ = try expectOnly("RD-INVOER-018", at: 28, 19, in: replacing("streefwaarde: 12500,5", with: "streefwaarde: 1.2345"))
        _ = try expectOnly("RD-INVOER-018", at: 28, 19, in: replacing("streefwaarde: 12500,5", with: "streefwaarde: veel"))
    }

    @Test func everyRuleIsInTheKindsListAndTheCatalogue() {
        let codes = Set(RuleCatalogue.all.map(\.code))
        for number in 1...13 {
            let code = "RD-DEAL-" + (number < 10 ? "00" : "0") + String(number)
            #expect(Klimaatdeal.rules.contains { $0.code == code }, "\(code) ontbreekt")
            #expect(codes.contains(code))
        }
    }

    @Test func starterChecksClean() throws {
        #expect(try diagnostics(Klimaatdeal.starter, profile: nil).isEmpty)
        #expect(try diagnostics(Klimaatdeal.starter).isEmpty)
    }

    @Test func renderedDealHasHeaderGoalsActionsMilestonesAndSignatureLines() throws {
        let odt = try TestSupport.render(try TestSupport.writeInput(Self.valid, profile: Self.profile))
        #expect(PackageVerifier.problems(in: odt) == [])
        let text = try TestSupport.text(of: odt)
        for phrase in ["Klimaatdeal 1: Zonnedak\n", "Thema\nEnergietransitie\n", "Trekker\nSportclub De Vliet\n",
                       "Indicator\nStart\nStreefwaarde\nEenheid\nPeildatum\n",
                       "vermogen\n0\n12.500,5\nkWp\n31 december 2025\n", "CO2-effect: 18 ton CO2 per jaar",
                       "– Plaatst de panelen.", "1 september 2025\nPanelen geplaatst.\n",
                       "Sportclub De Vliet rapporteert jaarlijks over de voortgang.",
                       "Zonnecoöperatie Vliet\nPlaats:", "A. Jansen\nsecretaris\n"] {
            #expect(text.contains(phrase), "\(phrase) ontbreekt")
        }
    }
}
