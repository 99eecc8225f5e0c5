import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Missing or mistyped keys give a clear Dutch message at the right place.
@Suite struct InputDiagnosticsTests {
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

        """

    func diagnostics(_ text: String) throws -> [Diagnostic] {
        TestSupport.load(try TestSupport.writeInput(text)).0.diagnostics.items
    }

    @Test func validLetterHasNoDiagnostics() throws {
        #expect(try diagnostics(Self.valid).isEmpty)
    }

    @Test func unknownKeyGetsASuggestionAtItsPosition() throws {
        let found = try diagnostics(Self.valid.replacingOccurrences(of: "onderwerp: Test", with: "onderwep: Test"))
        let unknown = try #require(found.first { $0.code == "RD-INVOER-009" })
        #expect(unknown.message == "onbekend veld 'onderwep' — bedoelde je 'onderwerp'?")
        #expect((unknown.position.line, unknown.position.column) == (4, 1))
        #expect(found.contains { $0.code == "RD-INVOER-010" && $0.message.contains("'onderwerp'") })
    }

    @Test func impossibleDateIsAnErrorAtTheValue() throws {
        let found = try diagnostics(Self.valid.replacingOccurrences(of: "2021-07-13", with: "2021-02-30"))
        #expect(found.map(\.code) == ["RD-INVOER-012"])
        #expect((found[0].position.line, found[0].position.column) == (2, 8))
    }

    @Test func listWhereTextBelongsIsATypeError() throws {
        let found = try diagnostics(Self.valid.replacingOccurrences(of: "onderwerp: Test", with: "onderwerp:\n  - a\n  - b"))
        #expect(found.map(\.code) == ["RD-INVOER-011"])
        #expect(found[0].position.line == 5)
    }

    @Test func yamlTypingNeverChangesText() throws {
        let (document, workspace) = TestSupport.load(try TestSupport.writeInput(
            Self.valid.replacingOccurrences(of: "onderwerp: Test", with: "onderwerp: no")
                .replacingOccurrences(of: "tekst: Tekst.", with: "tekst: 010")))
        #expect(document.diagnostics.items.isEmpty)
        let odt = try Renderer().odt(document, workspace: workspace)
        let text = try TestSupport.text(of: odt)
        #expect(text.contains("Onderwerp no\n") || text.contains("no\n"))
        #expect(text.contains("010"))
    }

    @Test func duplicateKeyPointsAtTheSecondOccurrence() throws {
        let found = try diagnostics(Self.valid + "onderwerp: Nog eens\n")
        #expect(found.map(\.code) == ["RD-INVOER-008"])
        #expect((found[0].position.line, found[0].position.column) == (10, 1))
    }

    @Test func unknownKindIsNamedWithASuggestion() throws {
        let found = try diagnostics(Self.valid.replacingOccurrences(of: "soort: brief", with: "soort: breif"))
        #expect(found.map(\.code) == ["RD-INVOER-016"])
        #expect(found[0].message.contains("bedoelde je 'brief'?"))
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
        let document = TestSupport.load(try Self.councilLetterWithAnotherSecretary()).0
        let found = document.diagnostics.items
        #expect(found.map(\.code) == ["RD-RAAD-005"])
        #expect((found[0].position.line, found[0].position.column) == (8, 13))
        #expect(found[0].severity == .waarschuwing)
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
        let found = try diagnostics(letter)
        #expect(found.map(\.code) == ["RD-RAAD-002"])
        #expect(found[0].position.line == 7)
    }

    @Test func missingAttachmentFileIsReportedAtTheReference() throws {
        let letter = Self.valid + "bijlagen:\n  - bestand: bestaat-niet.yaml\n"
        let found = try diagnostics(letter)
        #expect(found.map(\.code) == ["RD-VERWIJZING-001"])
        #expect((found[0].position.line, found[0].position.column) == (11, 14))
    }
}
