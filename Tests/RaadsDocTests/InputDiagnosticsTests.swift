import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Missing or mistyped keys give a clear Dutch message at the right place.
@Suite struct InputDiagnosticsTests: RuleTesting {
    static let valid = """
        soort: brief
        datum: 2021-07-13
        geadresseerde: Gedeputeerde Staten
        onderwerp: Test
        aanhef: Geachte college,
        tekst: Tekst.
        slot: Hoogachtend,
        ondertekening:
          namens: College van B&W
          ondertekenaars:
            - naam: J. Jansen
              functie: secretaris
            - naam: A. de Vries
              functie: burgemeester
        kenmerk: UIT-2021-001
        adres:
          - Postbus 1

        """

    @Test func validLetterHasNoDiagnostics() throws {
        expectNone(in: try diagnostics(of: Self.valid))
    }

    @Test func unknownKeyGetsASuggestionAtItsPosition() throws {
        let found = try diagnostics(of: changed("onderwerp: Test", "onderwep: Test"))
        let unknown = try expectOne("RD-INVOER-009", at: 4, 1, in: found)
        #expect(unknown.message == "onbekend veld 'onderwep' — bedoelde je 'onderwerp'?")
        #expect(found.contains { $0.code == "RD-INVOER-010" && $0.message.contains("'onderwerp'") })
    }

    @Test func impossibleDateIsAnErrorAtTheValue() throws {
        try expectOnly("RD-INVOER-012", at: 2, 8, in: diagnostics(of: changed("2021-07-13", "2021-02-30")))
    }

    @Test func listWhereTextBelongsIsATypeError() throws {
        try expectOnly("RD-INVOER-011", at: 5, in: diagnostics(of: changed("onderwerp: Test", "onderwerp:\n  - a\n  - b")))
    }

    @Test func yamlTypingNeverChangesText() throws {
        let (document, workspace) = TestSupport.load(try TestSupport.writeInput(
            changed("onderwerp: Test", "onderwerp: no").replacingOccurrences(of: "tekst: Tekst.", with: "tekst: 010")))
        expectNone(in: document.diagnostics.items)
        let odt = try Renderer().odt(document, workspace: workspace)
        let text = try TestSupport.text(of: odt)
        #expect(text.contains("Onderwerp no\n") || text.contains("no\n"))
        #expect(text.contains("010"))
    }

    @Test func duplicateKeyPointsAtTheSecondOccurrence() throws {
        try expectOnly("RD-INVOER-008", at: 18, 1, in: diagnostics(of: Self.valid + "onderwerp: Nog eens\n"))
    }

    @Test func unknownKindIsNamedWithASuggestion() throws {
        let found = try diagnostics(of: changed("soort: brief", "soort: breif"))
        #expect(found.map(\.code) == ["RD-INVOER-016"])
        #expect(found.first?.message.contains("bedoelde je 'brief'?") == true)
    }

    /// A council letter signed by another secretary than its profile names:
    /// one warning, no error.
    static func councilLetterWithAnotherSecretary() throws -> String {
        let profile = "gemeente: Voorbeeld\nburgemeester: A. de Vries\nsecretaris: J. Jansen\n"
        let letter = """
            soort: raadsmededeling
            datum: 2021-07-13
            kenmerk: X-1
            onderwerp: Test
            tekst: Tekst.
            ondertekening:
              ondertekenaars:
                - naam: P. Pietersen
                  functie: gemeentesecretaris
                - naam: A. de Vries
                  functie: burgemeester

            """
        return try TestSupport.writeInput(letter, profile: profile)
    }

    @Test func councilLetterSignedByOthersThanTheProfileWarns() throws {
        try expectOnly("RD-RAAD-005", at: 8, 13, in: diagnostics(at: Self.councilLetterWithAnotherSecretary()), severity: .waarschuwing)
    }

    @Test func councilLetterWithoutMayorIsAnError() throws {
        let letter = """
            soort: raadsinformatiebrief
            datum: 2021-07-13
            kenmerk: X-1
            onderwerp: Test
            tekst: Tekst.
            ondertekening:
              ondertekenaars:
                - naam: J. Jansen
                  functie: secretaris

            """
        try expectOnly("RD-RAAD-002", at: 7, in: diagnostics(of: letter))
    }

    @Test func missingAttachmentFileIsReportedAtTheReference() throws {
        let letter = Self.valid + "bijlagen:\n  - bestand: bestaat-niet.yaml\n"
        try expectOnly("RD-VERWIJZING-001", at: 19, 14, in: diagnostics(of: letter))
    }
}
