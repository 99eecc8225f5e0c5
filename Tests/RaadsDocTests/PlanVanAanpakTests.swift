import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The plan van aanpak: its begroting adds up (one wrong amount, one fout,
/// at the number to change), its timings parse and fall inside the periode,
/// and the document shows computed totals.
@Suite struct PlanVanAanpakTests: RuleTesting {
    /// A small plan that checks clean; the line numbers in the tests below
    /// refer to it.
    static let valid = """
        soort: plan-van-aanpak
        titel: Testplan
        versie: 2021-07-06
        periode:
          van: 2021-08-01
          tot: 2022-12-31
        hoofdstukken:
          - kop: Resultaten
            inhoud: resultaten
          - kop: Begroting
            inhoud: begroting
        werkstromen:
          - id: 1
            naam: ontwerp
            resultaten:
              - timing: voor 2021-10-01
                tekst: een rapport opgeleverd.
              - timing: uiterlijk binnen 1 maand na afronding kwartaal
                tekst: een voortgangsrapportage gedeeld.
          - id: 2
            naam: organisatie
            resultaten:
              - timing: halfjaarlijks
                tekst: een evaluatie.
        begroting:
          eenheid: k
          jaren: [2021, 2022]
          posten:
            - werkstroom: 1
              bedragen: {2021: 200k, 2022: 400k}
              totaal: 600k
            - werkstroom: 2
              bedragen: {2021: 515k, 2022: 885k}
              totaal: 1.400k
          totaal-per-jaar: {2021: 715k, 2022: 1.285k}
          totaal: 2.000k
          onvoorzien: 10

        """

    @Test func validPlanHasNoDiagnostics() throws {
        expectNone(in: try diagnostics(of: Self.valid))
    }

    @Test func oneWrongAmountGivesExactlyOneFoutAtTheAmount() throws {
        let message = try expectOnly("RD-PLAN-004", at: 30, 36, in: diagnostics(of: changed("2022: 400k", "2022: 450k"))).message
        #expect(message.contains("450k") && message.contains("650k") && message.contains("600k"))
        #expect(message.contains("1.335k") && message.contains("1.285k") && message.contains("met 400k kloppen beide"))
    }

    @Test func oneWrongAmountWithoutYearTotalsBlamesThePostTotal() throws {
        let found = try expectOnly("RD-PLAN-001", at: 31, 15, in: diagnostics(of: changed("2022: 400k", "2022: 450k")
            .replacingOccurrences(of: "  totaal-per-jaar: {2021: 715k, 2022: 1.285k}\n", with: "")))
        #expect(found.message == "de bedragen van deze post tellen op tot 650k (200k + 450k), maar als totaal staat er 600k")
    }

    @Test func wrongPostTotalIsReportedOnce() throws {
        let found = try expectOnly("RD-PLAN-001", at: 31, 15, in: diagnostics(of: changed("totaal: 600k", "totaal: 650k")))
        #expect(found.message.contains("600k (200k + 400k)"))
    }

    @Test func wrongPlanTotalIsReportedAtThePlanTotal() throws {
        let found = try expectOnly("RD-PLAN-002", at: 36, 11, in: diagnostics(of: changed("totaal: 2.000k", "totaal: 2.100k")))
        #expect(found.message == "de posten tellen op tot 2.000k, maar als totaal van de begroting staat er 2.100k")
    }

    @Test func wrongYearTotalIsReportedAtTheYear() throws {
        let found = try expectOnly("RD-PLAN-003", at: 35, 39, in: diagnostics(of: changed("2022: 1.285k", "2022: 1.258k")))
        #expect(found.message == "de posten tellen in 2022 op tot 1.285k, maar als totaal voor 2022 staat er 1.258k")
    }

    @Test(arguments: [
        ("2021: 200k", "2021: 1.5k", "geen geheel getal"),
        ("2021: 200k", "2021: -200k", "negatief"),
        ("eenheid: k", "eenheid: euro", "andere eenheid"),
        ("2021: 200k", "2021: veel", "geen bedrag"),
        ("2021: 200k", "2021: 999999999999999999k", "groter dan raadsdoc"),
    ])
    func amountsAreWholeNonNegativeUnits(_ change: (String, String, String)) throws {
        let found = try diagnostics(of: changed(change.0, change.1))
        let invalid = found.filter { $0.code == "RD-PLAN-005" }
        #expect(invalid.count >= 1)
        #expect(invalid.first.map { [$0.position.line, $0.position.column] } == [30, 24])
        #expect(invalid.first?.message.contains(change.2) == true)
        #expect(!found.contains { ["RD-PLAN-001", "RD-PLAN-002", "RD-PLAN-003", "RD-PLAN-004"].contains($0.code) })
    }

    @Test func postForAnUnknownWerkstroomAndWerkstroomWithoutPost() throws {
        let found = try diagnostics(of: changed("- werkstroom: 2", "- werkstroom: 3"))
        #expect(found.map(\.code) == ["RD-PLAN-006", "RD-PLAN-007"])
        #expect(found.map { [$0.position.line, $0.position.column] } == [[32, 19], [20, 9]])
        #expect(found.map(\.severity) == [.fout, .waarschuwing])
        #expect(found.first?.message.contains("er is geen werkstroom met id '3'") == true)
    }

    @Test func unreadableTimingIsAFout() throws {
        try expectOnly("RD-PLAN-008", at: 16, 17,
                       in: diagnostics(of: changed("timing: voor 2021-10-01", "timing: voor 1 oktober 2021")))
        try expectOnly("RD-PLAN-008", at: 16, 17, in: diagnostics(of: changed("timing: voor 2021-10-01", "timing: binnenkort")))
    }

    @Test func dateOutsideThePeriodeIsAWarning() throws {
        let found = try expectOnly("RD-PLAN-009", at: 16, 17,
                                   in: diagnostics(of: changed("timing: voor 2021-10-01", "timing: voor 2023-03-01")),
                                   severity: .waarschuwing)
        #expect(found.message.contains("1 maart 2023 ligt buiten de periode"))
    }

    @Test func contingencyLiesBetweenZeroAndHundred() throws {
        try expectOnly("RD-PLAN-010", at: 37, 15, in: diagnostics(of: changed("onvoorzien: 10", "onvoorzien: 120")))
    }

    @Test func periodeMustNotEndBeforeItStarts() throws {
        try expectOnly("RD-PLAN-011", at: 6, 8, in: diagnostics(of: changed("tot: 2022-12-31", "tot: 2021-01-01")))
    }

    @Test func postYearsAreTheBegrotingsYears() throws {
        let found = try diagnostics(of: changed("{2021: 200k, 2022: 400k}", "{2021: 200k, 2023: 400k}"))
        #expect(found.map(\.code) == ["RD-PLAN-012", "RD-PLAN-012"])
        #expect(found.map { [$0.position.line, $0.position.column] } == [[30, 30], [30, 17]])
        #expect(found.last?.message.contains("geen bedrag voor 2022") == true)
        let comma = try expectOnly("RD-PLAN-012", at: 35, 41, in: diagnostics(of: changed("2022: 1.285k}", "2022: 1,285k}")))
        #expect(comma.message.hasPrefix("'285k' is geen jaar: staat er een komma in een bedrag?"))
    }

    @Test func yearTwiceInJarenIsAFout() throws {
        try expectOnly("RD-PLAN-013", at: 27, 23,
                       in: diagnostics(of: changed("jaren: [2021, 2022]", "jaren: [2021, 2022, 2022]")))
    }

    @Test func yearOutsideThePeriodeIsAWarning() throws {
        try expectOnly("RD-PLAN-014", at: 27, 17, in: diagnostics(of: changed("tot: 2022-12-31", "tot: 2021-12-31")),
                       severity: .waarschuwing)
    }

    @Test func werkstroomIdsAreUnique() throws {
        let found = try diagnostics(of: changed("  - id: 2", "  - id: 1"))
        #expect(found.first.map { [$0.code] + [String($0.position.line), String($0.position.column)] } == ["RD-PLAN-015", "20", "9"])
    }

    @Test func aPartIsPlacedOnceAndOnlyWhenPresent() throws {
        try expectOnly("RD-PLAN-016", at: 11, 13, in: diagnostics(of: changed("inhoud: begroting", "inhoud: resultaten")))
        try expectOnly("RD-PLAN-016", at: 11, 13, in: diagnostics(of: changed("inhoud: begroting", "inhoud: organisatie")))
    }

    @Test func textNamingAnotherContingencyWarns() throws {
        let found = try expectOnly("RD-PLAN-017", at: 37, 15,
                                   in: diagnostics(of: Self.valid + "  toelichting: Inclusief 12% onvoorziene kosten.\n"),
                                   severity: .waarschuwing)
        #expect(found.message == "de tekst noemt 12% onvoorziene kosten, maar 'onvoorzien' is 10")
    }

    @Test func totalsInTheDocumentAreComputedFromThePosts() throws {
        let withoutTotals = Self.valid.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("totaal") }.joined(separator: "\n")
        let odt = try TestSupport.render(try TestSupport.writeInput(withoutTotals))
        #expect(PackageVerifier.problems(in: odt) == [])
        let text = try TestSupport.text(of: odt)
        #expect(text.contains("Werkstroom 1. ontwerp\n200k\n400k\n600k\n"))
        #expect(text.contains("Totaal\n715k\n1.285k\n2.000k\n"))
        #expect(text.contains("Werkstroom\nbedragen in k (x € 1.000)\n2021\n2022\nTotaal\n"))
        #expect(!text.contains("onvoorziene kosten"), "a sentence nobody wrote")
    }

    /// Every amount cell carries its value in euros, whatever the unit
    /// shows, so that LibreOffice can calculate with it.
    @Test func amountCellsCarryTheirValueInEuros() throws {
        let content = String(decoding: try TestSupport.part("content.xml", of: TestSupport.render(TestSupport.writeInput(Self.valid))),
                             as: UTF8.self)
        #expect(content.contains(#"office:value-type="currency" office:currency="EUR" office:value="200000""#))
        #expect(content.contains(#"office:value="2000000""#), "the plan's total")
    }

    @Test func theContingencySentenceStandsOnlyWhenAskedFor() throws {
        let plan = Self.valid.replacingOccurrences(of: "  onvoorzien: 10\n", with: "  onvoorzien: 10\n  onvoorzien-vermelden: ja\n")
        #expect(plan != Self.valid)
        let text = try TestSupport.text(of: try TestSupport.render(try TestSupport.writeInput(plan)))
        #expect(text.contains("De bedragen zijn inclusief 10% onvoorziene kosten per post."))
    }

    @Test func thousandsUnitShowsPlainNumbersUnderACaption() throws {
        let plan = Self.valid.replacingOccurrences(of: "eenheid: k", with: "eenheid: x € 1.000")
            .replacingOccurrences(of: "k,", with: ",").replacingOccurrences(of: "k}", with: "}")
            .replacingOccurrences(of: "00k\n", with: "00\n")
        let text = try TestSupport.text(of: try TestSupport.render(try TestSupport.writeInput(plan)))
        #expect(text.contains("bedragen x € 1.000\n2021\n2022\nTotaal\n"))
        #expect(text.contains("Totaal\n715\n1.285\n2.000\n"))
        #expect(BegrotingUnit.euro.parse("€ 1.285.000") == .success(1_285_000))
        #expect(BegrotingUnit.euro.prose(1_285_000) == "€ 1.285.000")
        #expect(BegrotingUnit.thousands.prose(600) == "€ 600.000")
    }

    /// A plan in x € 1.000 whose one post (with a toelichting, so that its
    /// total is written out in euros) has the largest amount in each of 100
    /// years: each amount is valid, their total is no amount of money.
    static let overflowing: String = {
        let years = Array(2001...2100)
        return """
            soort: plan-van-aanpak
            titel: Testplan
            versie: 2021-07-06
            periode:
              van: 2001-01-01
              tot: 2100-12-31
            hoofdstukken:
              - kop: Begroting
                inhoud: begroting
            werkstromen:
              - id: 1
                naam: ontwerp
            begroting:
              eenheid: x € 1.000
              jaren: [\(years.map(String.init).joined(separator: ", "))]
              posten:
                - werkstroom: 1
                  toelichting: voor het ontwerp.
                  bedragen: {\(years.map { "\($0): 1.000.000.000.000" }.joined(separator: ", "))}

            """
    }()

    @Test func totalPastWhatAnAmountHoldsIsAFoutAtTheAmountAndNothingTraps() throws {
        let path = try TestSupport.writeInput(Self.overflowing)
        let (document, workspace) = TestSupport.load(path)
        // 92 amounts stay within € 92.233.720.368.547.000; the 93rd, for 2093, is blamed.
        let lines = Self.overflowing.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("bedragen:") })
        let amount = try #require(lines[line].range(of: "2093: ")).upperBound
        let found = try expectOnly("RD-PLAN-018", at: line + 1, lines[line].distance(from: lines[line].startIndex, to: amount) + 1,
                                   in: document.diagnostics.items)
        #expect(found.message
                == "met '1.000.000.000.000' tellen de bedragen van de begroting op tot meer dan € 92.233.720.368.547.000, "
                + "het meeste dat raadsdoc kan rekenen; controleer het aantal cijfers en de eenheid ('x € 1.000')")
        // The commands refuse the plan; composing it all the same must not trap either.
        let text = try TestSupport.text(of: try Renderer().odt(document, workspace: workspace))
        #expect(text.contains("100.000.000.000.000 x € 1.000 budget voor werkstroom 1 – voor het ontwerp."))
        let output = try TestSupport.temporaryDirectory()
        let run = try CommandLineTests.raadsdoc("render", path, "--uit", output)
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.errors.contains("fout[RD-PLAN-018]"))
        #expect(FileSystem.contents(of: output).isEmpty)
    }

    @Test func totalsAndUnitAmountsNeverOverflow() {
        #expect(Begroting.sum([Int.max, 1, 2]) == Int.max)
        #expect(Begroting.sum([200, 400, 885]) == 1_485)
        for unit in BegrotingUnit.allCases {
            #expect(unit.bedrag(unit.largestTotal) != nil, "\(unit)")
            #expect(unit.bedrag(unit.largestTotal + 1) == nil, "\(unit)")
            #expect(unit.bedrag(Int.max) == nil, "\(unit)")
        }
        #expect(BegrotingUnit.euro.prose(BegrotingUnit.euro.largestTotal) == "€ 92.233.720.368.547.758")
        #expect(BegrotingUnit.euro.prose(Int.max) == "9.223.372.036.854.775.807 euro")
        #expect(BegrotingUnit.k.prose(Int.max) == "9.223.372.036.854.775.807k euro")
    }

    @Test func resultsOpenWithTheirTimingAndTheCalendarIsDerivedWhenAskedFor() throws {
        let plain = try TestSupport.text(of: try TestSupport.render(try TestSupport.writeInput(Self.valid)))
        #expect(!plain.contains("Rapportagekalender"), "a table nobody asked for")
        let text = try TestSupport.text(of: try TestSupport.render(try TestSupport.writeInput(Self.valid + "rapportagekalender: ja\n")))
        #expect(text.contains("Voor 1 oktober 2021 een rapport opgeleverd."))
        #expect(text.contains("Uiterlijk binnen 1 maand na afronding kwartaal (1 oktober 2021, 1 januari 2022, 1 april 2022, "
                              + "1 juli 2022, 1 oktober 2022, 1 januari 2023) een voortgangsrapportage gedeeld."))
        #expect(text.contains("Halfjaarlijks, dus voor eind 2021, medio 2022 en eind 2022 een evaluatie."))
        #expect(text.contains("Rapportagekalender"))
        #expect(text.contains("Werkstroom 1, resultaat 2\n4e kwartaal 2022\n1 januari 2023\n1 februari 2023\n"))
        #expect(text.contains("1. Resultaten") && text.contains("2. Begroting"))
    }

    @Test func timingForms() throws {
        let periode = Periode(start: try #require(Datum(iso: "2021-08-01")), end: try #require(Datum(iso: "2022-12-31")))
        #expect(try Timing.parse("uiterlijk per 2021-12-01").get().opening(in: periode) == "Uiterlijk per 1 december 2021")
        #expect(try Timing.parse("Vanaf  2021-08-01").get().opening(in: periode) == "Vanaf 1 augustus 2021")
        #expect(try Timing.parse("gedurende het jaar").get() == .duringTheYear)
        #expect(try Timing.parse("uiterlijk binnen 2 maanden na afronding kwartaal").get() == .afterEachQuarter(months: 2))
        #expect(throws: Timing.Problem.self) { try Timing.parse("voor 2021-02-30").get() }
        #expect(periode.quarterCompletions.map(\.iso) == ["2021-10-01", "2022-01-01", "2022-04-01", "2022-07-01",
                                                          "2022-10-01", "2023-01-01"])
    }

    @Test func starterChecksClean() throws {
        expectNone(in: try diagnostics(of: PlanVanAanpak.starter))
    }
}
