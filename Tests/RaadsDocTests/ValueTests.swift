import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

@Suite struct ValueTests {
    /// Trimming takes off whole Characters that are spaces, tabs, line
    /// ends or no-break spaces: "\r\n" is one Character and stays, as does
    /// a space that carries a combining mark. The byte test in front of it
    /// changes nothing.
    @Test func trimmingTakesOffWholeSpaceCharactersOnly() {
        let pieces = ["", " ", "\t", "\n", "\r", "\r\n", "\u{A0}", "a", "é", "©", "à", " \u{301}", "b c", "€"]
        for first in pieces {
            for middle in ["", "x", "x y"] {
                for last in pieces {
                    let text = first + middle + last
                    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" }
                    let expected = text.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
                    #expect(text.trimmingSpaces == Substring(expected), "\(text.debugDescription)")
                    #expect(text[...].trimmingSpaces == Substring(expected), "\(text.debugDescription)")
                }
            }
        }
    }

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

    /// No amount traps on overflow: what passes Int is refused or nil.
    @Test func amountsPastWhatCentsHoldAreRefused() throws {
        #expect(Bedrag(euros: Int.max / 100)?.cents == Int.max / 100 * 100)
        #expect(Bedrag(euros: Int.max / 100 + 1) == nil)
        #expect(try Bedrag.parse("92233720368547758,07").get().cents == Int.max)
        #expect(throws: Bedrag.ParseError.tooLarge) { try Bedrag.parse("92233720368547758,08").get() }
        #expect(throws: Bedrag.ParseError.tooLarge) { try Bedrag.parse("999999999999999999").get() }
        let failure = ValueParsing.amount("999999999999999999", field: "bedrag").failure
        #expect(failure?.rule.code == InputRules.amount.code)
        #expect(failure?.message == "'999999999999999999' in 'bedrag' is groter dan raadsdoc als bedrag aanneemt; controleer het aantal cijfers")
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

    /// Equality, hashing and ordering agree on the value, whatever the
    /// number of decimals it was written with; printing keeps the digits.
    @Test(arguments: [
        ("2,5", "2,50", 2, 2), ("2,5", "2,50", 1, 2), ("0", "0,00", 0, 2), ("-0", "0,00", 2, 2), ("-0", "0", 2, 0),
        ("-1,5", "-1,50", 1, 2), ("3", "3,00", 0, 2), ("-3", "-3,0", 0, 1),
    ])
    func exactDecimalsEqualByValue(_ pair: (String, String, Int, Int)) throws {
        let a = try #require(ExactDecimal.parse(pair.0, decimals: pair.2))
        let b = try #require(ExactDecimal.parse(pair.1, decimals: pair.3))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        #expect(!(a < b) && !(b < a))
        #expect(a <= b && a >= b)
        #expect(a.dutch == b.dutch)
    }

    @Test func exactDecimalsOrderAcrossScalesAndSigns() throws {
        func value(_ text: String, _ decimals: Int) throws -> ExactDecimal {
            try #require(ExactDecimal.parse(text, decimals: decimals))
        }
        let ascending = [try value("-2,5", 1), try value("-2,25", 2), try value("-0,01", 2), try value("0", 0),
                         try value("0,01", 2), try value("2,49", 2), try value("2,5", 1), try value("2,51", 2), try value("3", 0)]
        for (index, lower) in ascending.enumerated() {
            for higher in ascending[(index + 1)...] {
                #expect(lower < higher && !(higher < lower) && lower != higher, "\(lower.dutch) < \(higher.dutch)")
            }
        }
        #expect(ascending.shuffled().sorted() == ascending)
        #expect(try value("2,50", 2) != value("2,51", 2))
        // Equal by value, yet each keeps the digits it was read with.
        #expect(try value("2,50", 2).units == 250 && value("2,5", 1).units == 25)
        // Far apart scales multiply past Int; the comparison still holds.
        let large = ExactDecimal(units: Int.max, decimals: 0), small = ExactDecimal(units: Int.max, decimals: 18)
        #expect(small < large && !(large < small) && small != large)
    }

    @Test func suggestionsCatchTypos() {
        #expect(Suggestions.closest(to: "onderwep", among: ["onderwerp", "ondertekening"]) == "onderwerp")
        #expect(Suggestions.closest(to: "ondrewerp", among: ["onderwerp"]) == "onderwerp")
        #expect(Suggestions.closest(to: "xyz", among: ["onderwerp"]) == nil)
    }
}
