import Testing
import Taal

struct PassiveTests {
    private func passives(_ text: String) throws -> [String] {
        let report = try Shared.language().readability.report(for: text)
        return report.passives.map { "\($0.auxiliary.text) \($0.participle.text)" }
    }

    @Test(arguments: [
        ("Er wordt besloten om door te gaan.", "wordt besloten"),
        ("Het plan is vastgesteld door de raad.", "is vastgesteld"),
        ("De brieven zijn verzonden.", "zijn verzonden"),
        ("Het besluit werd gisteren door het college genomen.", "werd genomen"),
        ("De subsidie kan worden aangevraagd bij de gemeente.", "worden aangevraagd"),
        ("Wij weten dat het voorstel besproken wordt.", "wordt besproken"),
        ("De inwoners zijn geïnformeerd over de plannen.", "zijn geïnformeerd"),
        ("Daarin is een aantal afspraken vastgelegd.", "is vastgelegd"),
        ("Er is een besluit genomen.", "is genomen"),
        ("De kosten worden gedekt uit de reserve.", "worden gedekt"),
        ("Het rapport is opgesteld.", "is opgesteld"),
        ("De resultaten worden gerealiseerd.", "worden gerealiseerd"),
    ])
    func passivesAreFound(text: String, expected: String) throws {
        #expect(try passives(text) == [expected])
    }

    @Test(arguments: [
        "Het college is van mening dat wij moeten kiezen.",
        "Het aantal aanvragen is gestegen.",
        "Het project is gestart in maart.",
        "Het is bekend dat de raad twijfelt.",
        "De wethouder is bevoegd om te tekenen.",
        "Hij sprak met zijn besluit in de hand.",
        "Dit is zijn besluit.",
        "De gemeente wordt groter.",
        "De raad besluit vandaag over de begroting.",
        "Er is geld voor het plan.",
        "Het probleem is ontstaan door de droogte.",
        "Wij zijn blij met de uitkomst.",
        "De gemeenten zijn verantwoordelijk voor de uitvoering.",
        "Het is lang geleden dat de raad vergaderde.",
    ])
    func nonPassivesAreNotFound(text: String) throws {
        #expect(try passives(text) == [])
    }

    @Test func findingRangeAndMessage() throws {
        let text = "Het plan is door de raad vastgesteld."
        let findings = try Shared.language().readability.findings(in: text).filter { $0.kind == .passive }
        #expect(findings.count == 1)
        #expect(findings.first?.range == text.byteRange(of: "is door de raad vastgesteld"))
        #expect(findings.first?.message == "lijdende vorm: ‘is … vastgesteld’; schrijf liever wie wat doet")
    }
}
