import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Templates come from elsewhere: every hostile one is refused with its own
/// message, at the profile line that names it, before anything is inflated
/// past the limits or any entity is expanded.
@Suite struct TemplateSafetyTests {
    static let body = "<text:p>{{inhoud}}</text:p>"

    @Test func tooManyEntries() throws {
        let extra = (0..<1_001).map { (name: "Pictures/\($0).png", bytes: [UInt8(0)]) }
        let template = try TemplateFixtures.package(content: TemplateFixtures.content(Self.body), extra: extra)
        let message = try expectOnly("RD-SJABLOON-005", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("1005 bestanden"))
    }

    @Test func totalInflatedSize() throws {
        let extra = [(name: "Pictures/groot.bin", bytes: [UInt8](repeating: 0, count: 65 * 1024 * 1024))]
        let template = try TemplateFixtures.package(content: TemplateFixtures.content(Self.body), extra: extra)
        let message = try expectOnly("RD-SJABLOON-006", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("uitgepakt 65,0 MB"))
    }

    @Test func compressionRatioOfAZipBomb() throws {
        let extra = [(name: "Pictures/bom.bin", bytes: [UInt8](repeating: 0, count: 4 * 1024 * 1024))]
        let template = try TemplateFixtures.package(content: TemplateFixtures.content(Self.body), extra: extra)
        let message = try expectOnly("RD-SJABLOON-006", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("'Pictures/bom.bin' is"))
        #expect(message.contains("zip-bom"))
    }

    /// A directory that claims a picture is tiny cannot pass a bomb on to
    /// the documents, which get the picture copied without inflating it.
    @Test func directoryThatLiesAboutAPicturesSize() throws {
        let extra = [(name: "Pictures/logo.png", bytes: [UInt8](repeating: 0, count: 4 * 1024 * 1024))]
        let name = Array(extra[0].name.utf8)
        var package = try TemplateFixtures.package(content: TemplateFixtures.content(Self.body), extra: extra)
        var patched = 0
        var index = 0
        while index + name.count <= package.count {
            if package[index..<index + name.count].elementsEqual(name) {
                // The local header has the inflated size 8 bytes before the
                // name's length field (offset 22), the central one at 24.
                let sizeOffset = patched == 0 ? index - 30 + 22 : index - 46 + 24
                for (offset, byte) in [UInt8(10), 0, 0, 0].enumerated() { package[sizeOffset + offset] = byte }
                patched += 1
            }
            index += 1
        }
        #expect(patched == 2)
        let message = try expectOnly("RD-SJABLOON-006", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: package))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("Pictures/logo.png is groter dan 10 bytes"))
    }

    @Test(arguments: ["/etc/passwd", "../../buiten.xml", "Pictures/../../buiten.png", "C:\\Windows\\logo.png"])
    func unsafeEntryName(_ name: String) throws {
        let extra = [(name: name, bytes: Array("x".utf8))]
        let template = try TemplateFixtures.package(content: TemplateFixtures.content(Self.body), extra: extra)
        let message = try expectOnly("RD-SJABLOON-007", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("'\(name)'"))
    }

    @Test func externalEntityInContent() throws {
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE office:document-content [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
            <office:document-content \(TemplateFixtures.namespaces)><office:body><office:text>\
            <text:p>&geheim;</text:p><text:p>{{inhoud}}</text:p></office:text></office:body></office:document-content>
            """
        let template = try TemplateFixtures.package(content: content)
        let message = try expectOnly("RD-SJABLOON-008", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("content.xml bevat op regel 2 een DOCTYPE- of ENTITY-declaratie"))
    }

    @Test func billionLaughsInStyles() throws {
        let styles = """
            <?xml version="1.0"?>
            <!DOCTYPE lol [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
            ]>
            <office:document-styles \(TemplateFixtures.namespaces)><text:p>&lol2;</text:p></office:document-styles>
            """
        let template = try TemplateFixtures.package(content: TemplateFixtures.content(Self.body), styles: styles)
        let message = try expectOnly("RD-SJABLOON-008", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("styles.xml bevat op regel 2"))
    }

    @Test func notAZipArchive() throws {
        let template = Array("<office:document/>".utf8)
        let message = try expectOnly("RD-SJABLOON-001", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("geen .ott- of .odt-bestand"))
    }

    @Test func spreadsheetInsteadOfText() throws {
        let template = try TemplateFixtures.package(content: TemplateFixtures.content(Self.body),
                                                    mimetype: "application/vnd.oasis.opendocument.spreadsheet")
        let message = try expectOnly("RD-SJABLOON-001", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("geen tekstdocument maar 'application/vnd.oasis.opendocument.spreadsheet'"))
    }

    @Test func malformedContent() throws {
        let template = try TemplateFixtures.package(content: "<office:document-content><text:p>")
        let message = try expectOnly("RD-SJABLOON-001", at: 4, 11, in: diagnostics(at: TemplateFixtures.letter(using: template))).message
        #expect(message.hasPrefix("sjabloon sjabloon.ott: "))
        #expect(message.contains("content.xml is geen goedgevormde XML"))
    }

    @Test func missingTemplateFile() throws {
        let found = try expectOnly("RD-SJABLOON-001", at: 4, 11,
                                   in: diagnostics(of: TemplateFixtures.letter, profile: TemplateFixtures.profile))
        #expect(found.message.contains("het bestand bestaat niet"))
    }
}
