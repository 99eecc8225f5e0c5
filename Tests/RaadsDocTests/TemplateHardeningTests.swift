import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF
import XMLSupport
import ZipSupport

/// `raadsdoc verify` and the template checks on hostile or very large
/// packages: time roughly linear in size, every XML part checked.
@Suite struct TemplateHardeningTests {
    /// A raadsmededeling of thousands of paragraphs with markup, rendered.
    static func bigDocument() throws -> [UInt8] {
        var text = "soort: raadsmededeling\ndatum: 2021-07-13\nkenmerk: X-1\nonderwerp: Groot\nsecties:\n"
        for section in 0..<240 {
            text += "  - kop: Sectie \(section)\n    tekst: |\n"
            for paragraph in 0..<40 {
                text += "      Alinea \(paragraph) met **vet** en *nadruk*, **nog** *meer* **opmaak** en *nog* een [link](https://example.com).\n\n"
            }
        }
        text += "ondertekening:\n  ondertekenaars:\n    - naam: J. Jansen\n      functie: secretaris\n    - naam: A. de Vries\n      functie: burgemeester\n"
        return try TestSupport.render(try TestSupport.writeInput(text))
    }

    @Test func aBigRenderedDocumentVerifiesInTime() throws {
        let odt = try Self.bigDocument()
        let content = try TestSupport.part("content.xml", of: odt)
        #expect(content.count > 4_000_000)
        let start = ContinuousClock.now
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(ContinuousClock.now - start < .seconds(15))
    }

    /// libxml2 alone takes minutes for a table of 4,000 rows.
    @Test func aLongTableValidatesInTimeAndItsLastRowsAreChecked() throws {
        let schema = try ODFSchemas.document.get()
        let rows = (0..<6_000).map { "<table:table-row><table:table-cell><text:p>rij \($0)</text:p></table:table-cell></table:table-row>" }
        func content(_ rows: [String]) -> [UInt8] {
            Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"><office:body><office:text><table:table table:name=\"T\"><table:table-column/>"
                + rows.joined() + "</table:table></office:text></office:body></office:document-content>").utf8)
        }
        let start = ContinuousClock.now
        #expect(schema.validate(content(rows), name: "content.xml").isEmpty)
        #expect(ContinuousClock.now - start < .seconds(15))
        var broken = rows
        broken[5_000] = "<table:table-row><text:p>geen cel</text:p></table:table-row>"
        let problems = schema.validate(content(broken), name: "content.xml")
        #expect(!problems.isEmpty)
    }

    static let body = "<text:p>{{inhoud}}</text:p>"

    static func templateDiagnostics(extra: [(name: String, bytes: [UInt8])]) throws -> [Diagnostic] {
        let template = try TemplateFixtures.package(content: TemplateFixtures.content(Self.body), extra: extra)
        return diagnostics(at: try TemplateFixtures.letter(using: template))
    }

    @Test func settingsWithAnExternalEntityAreRefused() throws {
        let settings = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE office:document-settings [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
            <office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:settings/></office:document-settings>
            """
        let found = try Self.templateDiagnostics(extra: [("settings.xml", Array(settings.utf8))])
        let message = try expectOnly("RD-SJABLOON-008", at: 4, 11, in: found).message
        #expect(message.contains("settings.xml bevat op regel 2 een DOCTYPE- of ENTITY-declaratie"))
    }

    @Test func settingsOfRandomBytesAreRefused() throws {
        let found = try Self.templateDiagnostics(extra: [("settings.xml", (0..<200).map { UInt8(($0 * 37 + 11) % 256) })])
        let message = try expectOnly("RD-SJABLOON-001", at: 4, 11, in: found).message
        #expect(message.contains("settings.xml"))
    }

    @Test func settingsOutsideTheSchemaAreRefused() throws {
        let settings = "<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\"><office:bogus/></office:document-settings>"
        let found = try Self.templateDiagnostics(extra: [("settings.xml", Array(settings.utf8))])
        let message = try expectOnly("RD-SJABLOON-001", at: 4, 11, in: found).message
        #expect(message.contains("settings.xml voldoet niet aan ODF 1.3 (element bogus hoort hier niet"))
    }

    @Test func aVeryLongEntryNameIsRefused() throws {
        let name = "Pictures/" + String(repeating: "a", count: 60_000) + ".png"
        let found = try Self.templateDiagnostics(extra: [(name, [0])])
        let message = try expectOnly("RD-SJABLOON-007", at: 4, 11, in: found).message
        #expect(message.contains("een naam van 60.013 bytes"))
    }

    /// A rendered document with one part replaced or added, for `verify`.
    static func document(replacing part: String, with bytes: [UInt8]) throws -> [UInt8] {
        let odt = try TestSupport.render(try TemplateFixtures.letter(using: TemplateFixtures.package(content: TemplateFixtures.content(Self.body))))
        let archive = try ZipArchiveReader(bytes: odt)
        let writer = try ZipArchiveWriter()
        let timestamp = DOSTimestamp(year: 2024, month: 1, day: 1)
        var replaced = false
        for entry in archive.entries {
            let data = entry.name == part ? bytes : try archive.read(entry, limit: 64 * 1024 * 1024)
            replaced = replaced || entry.name == part
            try writer.add(entry.name, data, compression: entry.name == "mimetype" ? .store : .deflate(level: 6), timestamp: timestamp)
        }
        if !replaced { try writer.add(part, bytes, compression: .deflate(level: 6), timestamp: timestamp) }
        return try writer.finish()
    }

    @Test func verifyRefusesADoctypeInSettings() throws {
        let settings = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\"/>"
        let problems = PackageVerifier.problems(in: try Self.document(replacing: "settings.xml", with: Array(settings.utf8)))
        #expect(problems.contains { $0.hasPrefix("settings.xml:") && $0.contains("DOCTYPE") }, "\(problems)")
    }

    @Test func verifyRefusesADoctypeInAnyXMLPart() throws {
        let part = "<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<x/>"
        let problems = PackageVerifier.problems(in: try Self.document(replacing: "Configurations2/accelerator/current.xml", with: Array(part.utf8)))
        #expect(problems.contains { $0.hasPrefix("Configurations2/accelerator/current.xml:") && $0.contains("DOCTYPE") }, "\(problems)")
    }

    @Test func schemaMessagesAreDutchWithTheElementNames() {
        #expect(XMLMessages.dutch("Expecting element table-header-rows, got table-row") == "hier hoort element table-header-rows, niet table-row")
        #expect(XMLMessages.dutch("Did not expect element bogus there\n") == "element bogus hoort hier niet")
        #expect(XMLMessages.dutch("Expecting element map, got nothing") == "element map ontbreekt hier")
        #expect(XMLMessages.dutch("Something new") == "XML-fout (Something new)")
        #expect(XMLMessages.dutch("Excessive depth in document: 256 use XML_PARSE_HUGE option") == "het document is dieper genest dan 256 niveaus")
    }
}
