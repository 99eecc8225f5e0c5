import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema

/// Text is never changed silently: characters an escape puts into a value
/// are refused as the raw ones are, and invisible characters that change
/// how a name reads are reported.
@Suite struct TextSafetyTests {
    @Test(arguments: ["\\x01", "\\u0001", "\\0", "\\x7F", "\\u0085", "\\u2028"])
    func escapedControlCharactersAreRefusedLikeRawOnes(_ escape: String) throws {
        let found = try expectOnly("RD-INVOER-015", at: 1, 8, in: proefDiagnostics("tekst: \"a\(escape)b\"\n"))
        #expect(found.message.contains("geschreven als escape"))
    }

    @Test func anEscapedControlCharacterInAKeyIsRefused() throws {
        try expectOnly("RD-INVOER-015", at: 2, 3, in: proefDiagnostics("vrij:\n  \"a\\x01\": 12\n"))
    }

    @Test func aRawControlCharacterIsRefusedAtItsPosition() throws {
        try expectOnly("RD-INVOER-015", at: 1, 10, in: proefDiagnostics("tekst: ab\u{01}c\n"))
    }

    /// A NUL in rich text would cut the text short in cmark's C strings.
    @Test func aNulInRichTextIsRefusedNotTruncated() throws {
        let found = try expectOnly("RD-INVOER-015", at: 1, 12, in: proefDiagnostics("opgemaakt: \"Eerste deel\\0 tweede deel\"\n"))
        #expect(found.message.contains("U+0000"))
    }

    @Test func escapedControlCharactersInSectionsAreRefused() throws {
        let text = RaadsmededelingFixture.valid.replacingOccurrences(of: "kop: Aanleiding", with: "kop: \"Aan\\x02leiding\"")
        #expect(text != RaadsmededelingFixture.valid)
        #expect(try diagnostics(of: text).map(\.code) == ["RD-INVOER-015"])
    }

    @Test(arguments: ["\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}"])
    func invisibleCharactersInNamesAreWarned(_ character: String) throws {
        let found = try expectOnly("RD-INVOER-026", at: 1, 8, in: proefDiagnostics("tekst: Jan\(character)sen\n"), severity: .waarschuwing)
        #expect(found.message.hasPrefix("'tekst' bevat het onzichtbare teken U+"))
    }

    @Test func invisibleCharactersInSignersAreWarned() throws {
        let found = proefDiagnostics("groep:\n  naam: \"A. de\u{202E}Vries\"\n  functie: burgemeester\n")
        try expectOnly("RD-INVOER-026", at: 2, 9, in: found, severity: .waarschuwing)
    }

    @Test func aSubjectOfOnlyInvisibleCharactersCountsAsEmpty() throws {
        let text = InputDiagnosticsTests.valid.replacingOccurrences(of: "onderwerp: Test", with: "onderwerp: \"\u{200B}\u{FEFF} \u{2060}\"")
        let found = try expectOne("RD-INVOER-010", at: 4, 1, in: diagnostics(of: text))
        #expect(found.message.contains("'onderwerp' is leeg"))
    }

    @Test func ordinaryTextHasNoInvisibleCharacters() {
        expectNone(in: proefDiagnostics("tekst: \"Café ‘De Zwaan’ – ’s-Hertogenbosch\"\n"))
    }
}

/// A small valid raadsmededeling with a section.
enum RaadsmededelingFixture {
    static let valid = """
        soort: raadsmededeling
        datum: 2021-07-13
        kenmerk: X-1
        onderwerp: Proef
        secties:
          - kop: Aanleiding
            tekst: Tekst.
        ondertekening:
          ondertekenaars:
            - naam: J. Jansen
              functie: secretaris
            - naam: A. de Vries
              functie: burgemeester

        """
}
