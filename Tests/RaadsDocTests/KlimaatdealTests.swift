import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The rules of a single klimaatdeal, each triggered by a bad input at the
/// exact line and column, and the shape of the rendered deal.
@Suite struct KlimaatdealTests: RuleTesting {
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

    @Test func dealWithoutTheGemeenteChecksClean() throws {
        expectNone(in: try diagnostics(of: Self.valid, profile: Self.profile))
    }

    @Test func leaderMustBeAParticipant() throws {
        let text = changed("trekker: Sportclub De Vliet", "trekker: Gemeente Voorbeeld")
        let found = try expectOnly("RD-DEAL-001", at: 6, 10, in: diagnostics(of: text, profile: Self.profile))
        #expect(found.message.contains("'Gemeente Voorbeeld' staat niet bij de deelnemers"))
    }

    @Test func leaderMatchesAParticipantUpToCaseAndSpaces() throws {
        let text = changed("trekker: Sportclub De Vliet", "trekker: sportclub de  vliet")
        expectNone(in: try diagnostics(of: text, profile: Self.profile))
    }

    @Test func aDealNeedsAGoalWithATargetValue() throws {
        let text = changed("    streefwaarde: 12500,5\n    eenheid: kWp\n", "")
        try expectOnly("RD-DEAL-002", at: 24, 1, in: diagnostics(of: text, profile: Self.profile))
    }

    @Test func referenceDateOutsideTheTermIsAnError() throws {
        let text = changed("peildatum: 2025-12-31", "peildatum: 2026-06-30")
        let found = try expectOnly("RD-DEAL-003", at: 30, 16, in: diagnostics(of: text, profile: Self.profile))
        #expect(found.message == "peildatum 30 juni 2026 valt buiten de looptijd (1 april 2025 tot en met 31 maart 2026)")
    }

    @Test func realisationNeedsMilestones() throws {
        let text = changed("mijlpalen:\n  - datum: 2025-09-01\n    omschrijving: Panelen geplaatst.\n", "")
        try expectOnly("RD-DEAL-004", at: 35, 7, in: diagnostics(of: text, profile: Self.profile))
        let research = text.replacingOccurrences(of: "aard: realiseren", with: "aard: onderzoeken")
        expectNone(in: try diagnostics(of: research, profile: Self.profile))
    }

    @Test func themeMustBeOneOfTheProfile() throws {
        let text = changed("thema: energietransitie", "thema: energie-transitie")
        let found = try expectOnly("RD-DEAL-005", at: 5, 8, in: diagnostics(of: text, profile: Self.profile))
        #expect(found.message.contains("bedoelde je 'energietransitie'?"))
    }

    @Test func themeIsUncheckedWithoutThemesInTheProfile() throws {
        let text = changed("thema: energietransitie", "thema: iets anders")
        expectNone(in: try diagnostics(of: text, profile: "gemeente: Voorbeeld\n"))
        expectNone(in: try diagnostics(of: changed("thema: energietransitie", "thema: Circulariteit"), profile: Self.profile))
    }

    @Test func participantNamedTwiceIsAnError() throws {
        let text = changed("- naam: Zonnecoöperatie Vliet", "- naam: Sportclub De Vliet")
        try expectOnly("RD-DEAL-006", at: 15, 11, in: diagnostics(of: text, profile: Self.profile))
    }

    @Test func nearlyEqualParticipantNamesWarn() throws {
        let text = changed("- naam: Zonnecoöperatie Vliet", "- naam: \"sportclub De Vliet \"")
        let found = try expectOnly("RD-DEAL-007", at: 15, 11, in: diagnostics(of: text, profile: Self.profile),
                                   severity: .waarschuwing)
        #expect(found.message.contains("lijkt op deelnemer 'Sportclub De Vliet' (regel 8)"))
    }

    @Test func termMustNotEndBeforeItStarts() throws {
        let text = changed("einde: 2026-03-31", "einde: 2025-03-31")
        try expectOnly("RD-DEAL-008", at: 37, 10, in: diagnostics(of: text, profile: Self.profile))
    }

    @Test func aDealNeedsAnOccasionOrABottleneck() throws {
        try expectOnly("RD-DEAL-009", at: 1, 1, in: diagnostics(of: changed("aanleiding: Het dak is leeg.\n", ""), profile: Self.profile))
        expectNone(in: try diagnostics(of: changed("aanleiding: Het dak is leeg.", "knelpunt: Geen geld."), profile: Self.profile))
    }

    @Test func aTargetValueNeedsAUnit() throws {
        let found = try expectOnly("RD-DEAL-010", at: 28, 19, in: diagnostics(of: changed("    eenheid: kWp\n", ""), profile: Self.profile))
        #expect(found.message == "streefwaarde 12500,5 heeft geen 'eenheid'")
    }

    @Test func milestoneOutsideTheTermWarns() throws {
        let text = changed("- datum: 2025-09-01", "- datum: 2026-09-01")
        try expectOnly("RD-DEAL-011", at: 33, 12, in: diagnostics(of: text, profile: Self.profile), severity: .waarschuwing)
    }

    @Test func participantWithoutActionsWarns() throws {
        let text = changed("    acties:\n      - Plaatst de panelen.\n", "")
        try expectOnly("RD-DEAL-012", at: 15, 5, in: diagnostics(of: text, profile: Self.profile), severity: .waarschuwing)
    }

    @Test func aNumberUsedByAnotherDealInTheFolderWarns() throws {
        let otherDeal = Self.valid.replacingOccurrences(of: "titel: Zonnedak", with: "titel: Ander dak")
        let found = try expectOnly("RD-DEAL-013", at: 2, 9,
                                   in: diagnostics(of: Self.valid, as: "deal-a.yaml", profile: Self.profile,
                                                   beside: ["deal-b.yaml": Array(otherDeal.utf8),
                                                            "geen-deal.yaml": Array("soort: brief\nnummer: 1\n".utf8)]),
                                   severity: .waarschuwing)
        #expect(found.message == "nummer 1 staat ook in deal-b.yaml in dezelfde map")
    }

    @Test func aTargetValueIsANumberNeverAFloat() throws {
        for value in ["1.2345", "veel"] {
            let text = changed("streefwaarde: 12500,5", "streefwaarde: " + value)
            try expectOnly("RD-INVOER-018", at: 28, 19, in: diagnostics(of: text, profile: Self.profile))
        }
    }

    @Test func everyRuleIsInTheKindsListAndTheCatalogue() {
        let codes = Set(RuleCatalogue.all.map(\.code))
        for number in 1...15 {
            let code = "RD-DEAL-" + (number < 10 ? "00" : "0") + String(number)
            #expect(Klimaatdeal.rules.contains { $0.code == code }, "\(code) ontbreekt")
            #expect(codes.contains(code))
        }
    }

    @Test func starterChecksClean() throws {
        expectNone(in: try diagnostics(of: Klimaatdeal.starter))
        expectNone(in: try diagnostics(of: Klimaatdeal.starter, profile: Self.profile))
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
