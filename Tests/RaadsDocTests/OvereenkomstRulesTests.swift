import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Every agreement rule, triggered by a bad input at the exact line and
/// column where the author has to change something.
@Suite struct OvereenkomstRulesTests {
    /// A small agreement that checks clean. Line numbers are in the comments
    /// because the tests below point at them.
    static let valid = [
        "soort: samenwerkingsovereenkomst",                          // 1
        "titel: Samenwerking Test",                                   // 2
        "versie: \"1.0\"",                                            // 3
        "versiedatum: 2021-06-30",                                    // 4
        "partijen:",                                                  // 5
        "  - naam: Gemeente Leiden",                                  // 6
        "    vertegenwoordiger:",                                     // 7
        "      naam: F. Spijker",                                     // 8
        "      aanhef: mevrouw",                                      // 9
        "      functie: wethouder Duurzaamheid",                      // 10
        "    grondslag: artikel 171, tweede lid, Gemeentewet",        // 11
        "  - naam: Warmtebedrijf",                                    // 12
        "    rechtsvorm: stichting",                                  // 13
        "    vertegenwoordiger:",                                     // 14
        "      naam: B. Jansen",                                      // 15
        "      functie: directeur",                                   // 16
        "gelet-op:",                                                  // 17
        "  raadsbesluiten:",                                          // 18
        "    - gemeente: Leiden",                                     // 19
        "      datum: 2021-06-03",                                    // 20
        "      kenmerk: RV 21.0026",                                  // 21
        "artikelen:",                                                 // 22
        "  - id: begrippen",                                          // 23
        "    titel: Begripsbepalingen",                               // 24
        "    begrippen:",                                             // 25
        "      - begrip: College",                                    // 26
        "        betekenis: college van burgemeester en wethouders",  // 27
        "  - id: governance",                                         // 28
        "    titel: Governance",                                      // 29
        "    leden:",                                                 // 30
        "      - Het College besluit.",                               // 31
        "      - tekst: 'Er is een overleg:'",                        // 32
        "        onderdelen:",                                        // 33
        "          - id: samenstelling",                              // 34
        "            tekst: het overleg bestaat uit wethouders;",     // 35
        "          - het overleg komt maandelijks bijeen.",           // 36
        "  - id: duur",                                               // 37
        "    titel: Duur",                                            // 38
        "    tekst: |",                                               // 39
        "      Deze overeenkomst geldt tot [[datum:einddatum]].",     // 40
        "      Zie ook [[governance/2/samenstelling]].",              // 41
        "inwerkingtreding: 2021-08-01",                               // 42
        "einddatum: 2023-01-01",                                      // 43
        "evaluatie:",                                                 // 44
        "  - 11 maanden na inwerkingtreding",                         // 45
        "citeertitel: Samenwerking Test",                             // 46
    ]

    /// The valid agreement with the lines `replacements` replaced (by line
    /// number; an empty array removes the line) and `appended` added.
    static func input(_ replacements: [Int: [String]] = [:], appended: [String] = []) -> String {
        var lines: [String] = []
        for (index, line) in valid.enumerated() {
            lines += replacements[index + 1] ?? [line]
        }
        return (lines + appended).joined(separator: "\n") + "\n"
    }

    @Test func validAgreementChecksClean() throws {
        expectNone(in: try diagnostics(of: Self.input()))
    }

    @Test func everyRuleIsInTheCatalogue() {
        let codes = Set(RuleCatalogue.all.map(\.code))
        for number in 1...23 {
            #expect(codes.contains("RD-OVK-" + (number < 10 ? "00" : "0") + "\(number)"))
        }
    }

    // MARK: Parties and representation

    @Test func oneParty() throws {
        let text = Self.input([12: [], 13: [], 14: [], 15: [], 16: []])
        let diagnostic = try expectOne("RD-OVK-001", at: 6, 3, in: diagnostics(of: text))
        #expect(diagnostic.message.contains("één partij"))
    }

    @Test func twoPartiesWithTheSameName() throws {
        let text = Self.input([12: ["  - naam: gemeente  Leiden"], 13: []])
        let diagnostic = try expectOne("RD-OVK-002", at: 12, 11, in: diagnostics(of: text))
        #expect(diagnostic.message.contains("regel 6"))
    }

    @Test func wethouderWithoutGround() throws {
        let diagnostic = try expectOne("RD-OVK-003", at: 10, 16, in: diagnostics(of: Self.input([11: []])))
        #expect(diagnostic.message.contains("wethouder Duurzaamheid"))
    }

    @Test func mayorNeedsNoGround() throws {
        let text = Self.input([10: ["      functie: burgemeester"], 11: []])
        expectNone(in: try diagnostics(of: text))
    }

    @Test func representativeWithoutFunction() throws {
        let diagnostic = try expectOne("RD-OVK-004", at: 15, 7, in: diagnostics(of: Self.input([16: []])))
        #expect(diagnostic.message.contains("Warmtebedrijf"))
    }

    // MARK: Gelet op

    @Test func participatingMunicipalityWithoutCouncilDecision() throws {
        let extra = ["  - naam: Gemeente Katwijk", "    vertegenwoordiger:", "      naam: J. Knape", "      functie: burgemeester"]
        let diagnostic = try expectOne("RD-OVK-005", at: 23, 5,
                                       in: diagnostics(of: Self.input([16: [Self.valid[15]] + extra])), severity: .waarschuwing)
        #expect(diagnostic.message.contains("Katwijk"))
    }

    @Test func councilDecisionOfANonParty() throws {
        let text = Self.input([19: ["    - gemeente: Leidn"]])
        let diagnostic = try expectOne("RD-OVK-006", at: 19, 17, in: diagnostics(of: text), severity: .waarschuwing)
        #expect(diagnostic.message.contains("bedoelde je 'Leiden'?"))
    }

    // MARK: Dates

    @Test func councilDecisionAfterTheVersion() throws {
        let diagnostic = try expectOne("RD-OVK-007", at: 20, 14, in: diagnostics(of: Self.input([20: ["      datum: 2021-07-03"]])))
        #expect(diagnostic.message.contains("3 juli 2021") && diagnostic.message.contains("30 juni 2021"))
    }

    @Test func entryIntoForceBeforeTheVersion() throws {
        let diagnostic = try expectOne("RD-OVK-008", at: 42, 19, in: diagnostics(of: Self.input([42: ["inwerkingtreding: 2021-06-01"]])))
        #expect(diagnostic.message.contains("1 juni 2021") && diagnostic.message.contains("30 juni 2021"))
    }

    @Test func endBeforeStart() throws {
        let diagnostic = try expectOne("RD-OVK-009", at: 43, 12,
                                       in: diagnostics(of: Self.input([43: ["einddatum: 2021-08-01"], 45: ["  - 2021-08-01"]])))
        #expect(diagnostic.message.contains("1 augustus 2021"))
    }

    @Test func evaluationAfterTheEnd() throws {
        let text = Self.input([45: ["  - 18 maanden na inwerkingtreding"]])
        let diagnostic = try expectOne("RD-OVK-010", at: 45, 5, in: diagnostics(of: text))
        #expect(diagnostic.message == "de evaluatie op 1 februari 2023 (18 maanden na inwerkingtreding op 1 augustus 2021) valt na de einddatum 1 januari 2023")
    }

    @Test func evaluationBeforeTheStart() throws {
        let text = Self.input([45: ["  - id: tussentijds", "    uiterlijk: 2 maanden voor inwerkingtreding"]])
        let diagnostic = try expectOne("RD-OVK-010", at: 46, 16, in: diagnostics(of: text))
        #expect(diagnostic.message.contains("1 juni 2021") && diagnostic.message.contains("vóór de inwerkingtreding op 1 augustus 2021"))
    }

    @Test func unreadableEvaluationPointsAtTheWord() throws {
        let diagnostic = try expectOne("RD-OVK-011", at: 45, 19,
                                       in: diagnostics(of: Self.input([45: ["  - 11 maanden na inwerkingtrding"]])))
        #expect(diagnostic.message.contains("bedoelde je 'inwerkingtreding'?"))
        try expectOne("RD-OVK-011", at: 45, 8, in: diagnostics(of: Self.input([45: ["  - 11 maands na inwerkingtreding"]])))
        try expectOne("RD-OVK-011", at: 45, 5, in: diagnostics(of: Self.input([45: ["  - veel maanden na inwerkingtreding"]])))
    }

    @Test func absurdTermIsRefusedWithoutOverflow() throws {
        let diagnostic = try expectOne("RD-OVK-011", at: 45, 5,
                                       in: diagnostics(of: Self.input([45: ["  - 999999999999999999 jaar na inwerkingtreding"]])))
        #expect(diagnostic.message.contains("geen aannemelijke termijn"))
    }

    @Test func termWithoutEntryIntoForce() throws {
        try expectOne("RD-OVK-011", at: 42, 11, in: diagnostics(of: Self.input([42: [], 43: ["looptijd: 2 jaar"], 45: ["  - 2022-01-01"]])))
    }

    @Test func signedBeforeTheVersion() throws {
        let text = Self.input(appended: ["ondertekening:", "  plaats: Leiden", "  datum: 2021-06-01"])
        let diagnostic = try expectOne("RD-OVK-019", at: 49, 10, in: diagnostics(of: text))
        #expect(diagnostic.message.contains("1 juni 2021") && diagnostic.message.contains("30 juni 2021"))
    }

    @Test func endDateAndTerm() throws {
        try expectOne("RD-OVK-020", at: 47, 11, in: diagnostics(of: Self.input(appended: ["looptijd: 1 jaar"])))
    }

    // MARK: Citeertitel and intentieovereenkomst

    @Test func citationTitleMissing() throws {
        try expectOne("RD-OVK-012", at: 1, 1, in: diagnostics(of: Self.input([46: []])))
    }

    @Test func letterOfIntentWithoutNoResultStatement() throws {
        let text = Self.input([1: ["soort: intentieovereenkomst"]])
        try expectOne("RD-OVK-013", at: 22, 1, in: diagnostics(of: text), severity: .waarschuwing)
        let stated = Self.input([1: ["soort: intentieovereenkomst"],
                                 31: ["      - Het College besluit. Deze overeenkomst is niet in rechte afdwingbaar."]])
        expectNone(in: try diagnostics(of: stated))
    }

    // MARK: Numbers, references, begrippen and ids

    @Test func handNumberedMember() throws {
        let diagnostic = try expectOne("RD-OVK-014", at: 31, 9, in: diagnostics(of: Self.input([31: ["      - 3. Het College besluit."]])))
        #expect(diagnostic.message.contains("'3.'"))
    }

    @Test func handNumberedPartInsideAGroup() throws {
        try expectOne("RD-OVK-014", at: 35, 20,
                      in: diagnostics(of: Self.input([35: ["            tekst: b) het overleg bestaat uit wethouders;"]])))
    }

    @Test func handNumberedTitle() throws {
        let diagnostic = try expectOne("RD-OVK-014", at: 29, 12, in: diagnostics(of: Self.input([29: ["    titel: Artikel 2 Governance"]])))
        #expect(diagnostic.message.contains("'Artikel 2'"))
    }

    @Test func brokenReferenceInALiteralBlock() throws {
        let text = Self.input([41: ["      Zie ook [[governance/2/samenstellng]]."]])
        let diagnostic = try expectOne("RD-OVK-015", at: 41, 15, in: diagnostics(of: text))
        #expect(diagnostic.message.contains("bedoelde je 'samenstelling'?"))
    }

    @Test func brokenReferenceInAFoldedPlainScalar() throws {
        let text = Self.input([31: ["      - Het College besluit, zoals bedoeld", "        in [[duur]] en [[governence]]."]])
        let diagnostic = try expectOne("RD-OVK-015", at: 32, 24, in: diagnostics(of: text))
        #expect(diagnostic.message.contains("bedoelde je 'governance'?"))
    }

    @Test func referenceToAPositionThatDoesNotExist() throws {
        let text = Self.input([41: ["      Zie ook [[governance/2/3]]."]])
        let diagnostic = try expectOne("RD-OVK-015", at: 41, 15, in: diagnostics(of: text))
        #expect(diagnostic.message.contains("2 onderdelen, geen 3e"))
    }

    @Test func unknownDateAndUnclosedReference() throws {
        try expectOne("RD-OVK-015", at: 40, 35,
                      in: diagnostics(of: Self.input([40: ["      Deze overeenkomst geldt tot [[datum:eind]]."]])))
        let unclosed = try expectOne("RD-OVK-015", at: 41, 15, in: diagnostics(of: Self.input([41: ["      Zie ook [[governance/2."]])))
        #expect(unclosed.message.contains("niet afgesloten"))
    }

    @Test(.timeLimit(.minutes(1)))
    func strayBracketsAreReportedOnce() throws {
        let text = Self.input([41: ["      Zie ook " + String(repeating: "[[", count: 20_000)]])
        let diagnostic = try expectOne("RD-OVK-015", at: 41, 15, in: diagnostics(of: text))
        #expect(diagnostic.message.contains("niet afgesloten"))
    }

    @Test func brokenReferencesAreCappedPerText() throws {
        let text = Self.input([41: ["      Zie ook " + String(repeating: "[[nergens]] ", count: 500)]])
        #expect(try diagnostics(of: text).filter { $0.code == "RD-OVK-015" }.count == 20)
    }

    @Test func explanationOfAnUnknownArticle() throws {
        let text = Self.input(appended: ["toelichting:", "  artikelen:", "    - artikel: governanse", "      tekst: Uitleg."])
        try expectOne("RD-OVK-015", at: 49, 16, in: diagnostics(of: text))
    }

    @Test func unusedTerm() throws {
        let text = Self.input([27: [Self.valid[26], "      - begrip: Plan van Aanpak", "        betekenis: het plan"]])
        let diagnostic = try expectOne("RD-OVK-016", at: 28, 17, in: diagnostics(of: text), severity: .waarschuwing)
        #expect(diagnostic.message.contains("Plan van Aanpak"))
    }

    @Test func termUsedInThePluralCounts() throws {
        let text = Self.input([26: ["      - begrip: Raad"], 27: ["        betekenis: de gemeenteraad"],
                               31: ["      - Het college informeert de Raden."]])
        expectNone(in: try diagnostics(of: text))
    }

    @Test func duplicateArticleID() throws {
        let diagnostic = try expectOne("RD-OVK-017", at: 37, 9, in: diagnostics(of: Self.input([37: ["  - id: governance"]])))
        #expect(diagnostic.message.contains("regel 28"))
    }

    @Test func reservedID() throws {
        try expectOne("RD-OVK-017", at: 37, 9, in: diagnostics(of: Self.input([37: ["  - id: gelet-op"]])))
    }

    @Test func invalidID() throws {
        try expectOne("RD-OVK-018", at: 28, 9, in: diagnostics(of: Self.input([28: ["  - id: Governance artikel"]])))
    }

    @Test func articlesAndChapters() throws {
        let text = Self.input(appended: ["hoofdstukken:", "  - titel: Alles", "    artikelen:", "      - titel: Leeg", "        tekst: Iets."])
        try expectOne("RD-OVK-021", at: 22, 1, in: diagnostics(of: text))
    }

    @Test func emptyArticle() throws {
        try expectOne("RD-OVK-022", at: 37, 5, in: diagnostics(of: Self.input([39: [], 40: [], 41: []])))
    }

    @Test func articleWithMembersAndOwnParts() throws {
        try expectOne("RD-OVK-022", at: 32, 5,
                      in: diagnostics(of: Self.input([32: ["    onderdelen:", "      - los onderdeel"], 33: [], 34: [], 35: [], 36: []])))
    }

    @Test func duplicateTerm() throws {
        let text = Self.input([27: [Self.valid[26], "      - begrip: college", "        betekenis: het college"]])
        try expectOne("RD-OVK-023", at: 28, 17, in: diagnostics(of: text))
    }
}
