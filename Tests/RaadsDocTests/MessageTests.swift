import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds

/// Messages that named the wrong cause, in the wrong place or in English,
/// each fixed where it arises.
@Suite struct MessageTests {
    @Test func aDeleteCharacterIsAControlCharacterAtItsPosition() throws {
        let found = try expectOnly("RD-INVOER-015", at: 2, 11, in: proefDiagnostics("aantal: 3\ntekst: abc\u{7F}d\n"))
        #expect(found.message.hasPrefix("onzichtbaar stuurteken U+007F"))
    }

    @Test(arguments: [([0xFF, 0xFE, 0x00, 0x00], "UTF-32"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32"), ([0xFF, 0xFE], "UTF-16 ('Unicode')")])
    func wideEncodingsAreNamed(_ bom: [UInt8], _ name: String) throws {
        let bytes = bom + Array("t\0\0\0".utf8)
        let found = try expectOnly("RD-INVOER-002", at: 1, 1, in: diagnostics(of: bytes, as: "proef.yaml", against: ProefSpec.spec))
        #expect(found.message == "het bestand is opgeslagen als \(name); sla het op als UTF-8")
    }

    @Test func aVeryLongKeyIsSaidToBeTooLong() throws {
        let key = String(repeating: "a", count: 150_000)
        let found = try expectOnly("RD-INVOER-005", at: 2, 1, in: proefDiagnostics("tekst: x\n\(key): y\n"))
        #expect(found.message.hasPrefix("deze veldnaam is 150.000 tekens lang; YAML leest veldnamen tot 1.024 tekens"))
    }

    @Test func flowNestingBeyondTheLimitNamesTheDocumentedLimit() throws {
        let text = "tekst: " + String(repeating: "[", count: 1_100) + String(repeating: "]", count: 1_100) + "\n"
        let found = proefDiagnostics(text)
        #expect(found.map(\.code) == ["RD-INVOER-006"])
        #expect(found.first?.message.contains("meer dan 48 niveaus") == true)
    }

    @Test(arguments: ["12345678901234567890", "9999999999999999", "-99999999999999999999"])
    func aNumberThatIsOnlyTooLargeIsCalledTooLarge(_ number: String) throws {
        let found = try expectOnly("RD-INVOER-018", at: 1, 9, in: proefDiagnostics("aantal: \(number)\n"))
        #expect(found.message.hasPrefix("het getal in 'aantal' is te groot"))
        #expect(!found.message.contains("geen geheel getal"))
    }

    @Test func anAkkoordWhoseDealsAreAllRefusedSaysSo() throws {
        let path = try TestSupport.writeInput(KlimaatakkoordTests.akkoord, name: "akkoord.yaml", profile: KlimaatdealTests.profile)
        let found = diagnostics(at: path)
        let warning = try expectOne("RD-AKKOORD-004", at: 6, 1, in: found, file: "akkoord.yaml", severity: .waarschuwing)
        #expect(warning.message == "geen van de 2 genoemde klimaatdeals onder 'deals' kon gebruikt worden; zie de meldingen daarbij")
    }

    @Test func aMisplacedBodyPlaceholderIsReportedAsMisplaced() throws {
        let content = TemplateFixtures.content("<text:p>Hier: {{inhoud}} en meer</text:p>")
        let found = try diagnostics(at: TemplateFixtures.letter(using: TemplateFixtures.package(content: content)))
        try expectOnly("RD-SJABLOON-004", at: 4, 11, in: found)
    }

    @Test func aPlaceholderInAnAttributeIsRefused() throws {
        let content = TemplateFixtures.content("<text:p>Kenmerk<text:bookmark text:name=\"{{kenmerk}}\"/></text:p>\(TemplateSafetyTests.body)")
        let found = try diagnostics(at: TemplateFixtures.letter(using: TemplateFixtures.package(content: content)))
        let message = try expectOnly("RD-SJABLOON-011", at: 4, 11, in: found).message
        #expect(message.contains("text:name"), "\(message)")
    }

    @Test func aZipWithABadChecksumSaysSo() throws {
        var template = try TemplateFixtures.package(content: TemplateFixtures.content(TemplateSafetyTests.body))
        // The CRC-32 of content.xml in its local header and central directory.
        let name = Array("content.xml".utf8)
        var offsets: [Int] = []
        for index in 0..<(template.count - name.count) where template[index..<index + name.count].elementsEqual(name) {
            offsets.append(index)
        }
        for offset in offsets {
            let isCentral = template[offset - 46..<offset - 42].elementsEqual([0x50, 0x4B, 0x01, 0x02])
            let crc = isCentral ? offset - 46 + 16 : offset - 30 + 14
            template[crc] ^= 0xFF
        }
        let message = try expectOnly("RD-SJABLOON-001", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.contains("controlesom (CRC)"), "\(message)")
    }

    @Test func aZipWithADuplicateEntrySaysSo() throws {
        let extra = [(name: "Pictures/a.png", bytes: [UInt8(1)]), (name: "Pictures/b.png", bytes: [UInt8(2)])]
        var template = try TemplateFixtures.package(content: TemplateFixtures.content(TemplateSafetyTests.body), extra: extra)
        let name = Array("Pictures/b.png".utf8)
        for index in 0..<(template.count - name.count) where template[index..<index + name.count].elementsEqual(name) {
            template[index + 9] = UInt8(ascii: "a")
        }
        let message = try expectOnly("RD-SJABLOON-001", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.contains("beschadigd zip-archief"), "\(message)")
        #expect(!message.contains("geen .ott"))
    }
}
