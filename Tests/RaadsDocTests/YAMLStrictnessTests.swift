import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema

/// The diagnostics of `text` checked against the proef spec alone.
func proefDiagnostics(_ text: String) -> [Diagnostic] {
    diagnostics(of: Array(text.utf8), as: "proef.yaml", against: ProefSpec.spec)
}

/// YAML features raadsdoc refuses (tags, %TAG, English booleans) and text
/// it must not mistake for them.
@Suite struct YAMLStrictnessTests {
    @Test(arguments: [
        ("tekst: !!str 12\n", 1, 8), ("tekst: !!binary aGFsbG8=\n", 1, 8), ("tekst: !eigen waarde\n", 1, 8),
        ("tekst: !!str \"x\"\n", 1, 8), ("lijst:\n  - !eigen a\n", 2, 5), ("!!str tekst: x\n", 1, 1),
        ("groep: !!map\n  naam: A\n", 1, 8),
    ])
    func tagsAreRefusedAtTheirPosition(_ text: String, _ line: Int, _ column: Int) throws {
        let found = try expectOnly("RD-INVOER-025", at: line, column, in: proefDiagnostics(text))
        #expect(found.message.hasPrefix("YAML-tags zoals !!str, !!binary of !eigen worden niet ondersteund"))
    }

    @Test func aTagDirectiveIsRefused() throws {
        let text = "%TAG !e! tag:example.com,2000:\n---\ntekst: x\n"
        let found = try expectOnly("RD-INVOER-025", at: 1, 1, in: proefDiagnostics(text))
        #expect(found.message.contains("%TAG"))
    }

    @Test func exclamationMarksInTextAreNoTags() {
        let text = "tekst: Let op!\nopgemaakt: |\n  !Belangrijk: lees dit!\n  ![foto](http://example.com/a.png)\nlijst:\n  - 'Hallo!'\n  - \"!\"\n"
        #expect(proefDiagnostics(text).filter { $0.code == "RD-INVOER-025" }.isEmpty)
    }

    @Test(arguments: ["ja", "Ja", "nee", "NEE"])
    func booleansAreJaOrNee(_ word: String) {
        expectNone(in: proefDiagnostics("actief: \(word)\n"))
    }

    @Test(arguments: [("true", "ja"), ("yes", "ja"), ("True", "ja"), ("false", "nee"), ("no", "nee"), ("off", "nee")])
    func englishBooleansAreRefusedWithTheDutchWord(_ word: String, _ dutch: String) throws {
        let found = try expectOnly("RD-INVOER-022", at: 1, 9, in: proefDiagnostics("actief: \(word)\n"))
        #expect(found.message == "'actief' moet ja of nee zijn, niet '\(word)'; schrijf \(dutch)")
    }

    @Test func theDocsSayJaOrNee() throws {
        let docs = try String(contentsOfFile: TestSupport.path("docs/invoer.md"), encoding: .utf8)
        #expect(docs.contains("Een ja/nee-veld krijgt `ja` of `nee`."))
    }

    @Test func anAmpersandInABlockScalarIsText() {
        let text = "opgemaakt: |\n  Zie ook: &amp; de bijlage.\n  Voor: &nbsp;\ntekst: >\n  - &x in een lijstje\n"
        expectNone(in: proefDiagnostics(text))
    }

    @Test func anAnchorIsStillRefusedBesideAnAmpersandInText() throws {
        let text = "opgemaakt: |\n  Zie ook: &amp;\ntekst: &a waarde\n"
        try expectOnly("RD-INVOER-007", at: 3, 8, in: proefDiagnostics(text))
    }

    /// An anchor hidden in a quoted text that looks like a block scalar
    /// header is still found before Yams composes the aliases.
    @Test func anAliasBombBehindAFakeBlockHeaderIsRefused() throws {
        let text = HostileInputTests.billionLaughs(final: "x: [\"y: |\n  \", {*j : 1}]")
        let start = ContinuousClock.now
        let found = diagnostics(of: Array(text.utf8), as: "proef.yaml", against: ProefSpec.spec)
        #expect(found.first?.code == "RD-INVOER-007")
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}
