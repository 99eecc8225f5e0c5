import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

@Suite struct ValueTests {
    @Test func datesParseOnlyWhenTheyExist() {
        #expect(Datum(iso: "2021-07-13")?.dutch == "13 juli 2021")
        #expect(Datum(iso: "2024-02-29") != nil)
        #expect(Datum(iso: "2021-02-29") == nil)
        #expect(Datum(iso: "2021-02-30") == nil)
        #expect(Datum(iso: "2021-7-13") == nil)
        #expect(Datum.hasISOShape("2021-02-30"))
        #expect(!Datum.hasISOShape("13 juli 2021"))
    }

    @Test func dateArithmeticIsCalendarCorrect() throws {
        let start = try #require(Datum(iso: "2021-08-01"))
        #expect(start.adding(months: 11)?.iso == "2022-07-01")
        #expect(Datum(iso: "2021-01-31")?.adding(months: 1)?.iso == "2021-02-28")
        #expect(start.adding(days: 153)?.iso == "2022-01-01")
        #expect(Datum(dayNumber: start.dayNumber) == start)
        #expect(Datum(epochSeconds: 1_625_097_600)?.iso == "2021-07-01")
    }

    @Test func amountsAreWholeEurosOrExplicitCents() throws {
        #expect(try Bedrag.parse("2000000").get() == Bedrag(euros: 2_000_000))
        #expect(try Bedrag.parse("€ 2.000.000").get().dutch == "€ 2.000.000")
        #expect(try Bedrag.parse("1.234,56").get().dutch == "€ 1.234,56")
        #expect(try Bedrag.parse("12,05").get().cents == 1205)
        #expect(throws: Bedrag.ParseError.notWholeOrCents) { try Bedrag.parse("1.5").get() }
        #expect(throws: Bedrag.ParseError.notWholeOrCents) { try Bedrag.parse("12,5").get() }
        #expect(throws: Bedrag.ParseError.negative) { try Bedrag.parse("-5").get() }
        #expect(throws: Bedrag.ParseError.notANumber) { try Bedrag.parse("veel").get() }
    }

    @Test func numberFormatsGiveLegalLabels() {
        #expect(NumberFormat(.arabic, suffix: ".").label(3) == "3.")
        #expect(NumberFormat(.lowerLetter, suffix: ".").label(1) == "a.")
        #expect(NumberFormat(.lowerLetter, suffix: ")").label(27) == "aa)")
        #expect(NumberFormat(.lowerRoman, suffix: ".").label(4) == "iv.")
        #expect(NumberFormat(.arabic, suffix: "°.").label(2) == "2°.")
        #expect(NumberFormat(.arabic, prefix: "§ ", suffix: ".").label(1) == "§ 1.")
    }

    @Test func exactDecimalsKeepQuarterScores() throws {
        let score = try #require(ExactDecimal.parse("2,75", decimals: 2))
        #expect(score.dutch == "2,75")
        #expect(ExactDecimal.parse("2.5", decimals: 2)?.dutch == "2,5")
        #expect(ExactDecimal.parse("2,125", decimals: 2) == nil)
        #expect(score < ExactDecimal(units: 3, decimals: 0))
    }

    @Test func suggestionsCatchTypos() {
        #expect(Suggestions.closest(to: "onderwep", among: ["onderwerp", "ondertekening"]) == "onderwerp")
        #expect(Suggestions.closest(to: "ondrewerp", among: ["onderwerp"]) == "onderwerp")
        #expect(Suggestions.closest(to: "xyz", among: ["onderwerp"]) == nil)
    }
}
