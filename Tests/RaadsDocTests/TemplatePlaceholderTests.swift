import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import XMLSupport

/// Placeholders are found however LibreOffice split them, are filled in the
/// text, tables, headers and footers, and are refused with a clear message
/// where they cannot work.
@Suite struct TemplatePlaceholderTests {
    /// The rendered parts of the fixture letter in `template`.
    func render(_ template: [UInt8], input: String = TemplateFixtures.letter) throws -> (content: String, styles: String) {
        let odt = try TestSupport.render(try TemplateFixtures.letter(using: template, input: input))
        #expect(PackageVerifier.problems(in: odt) == [])
        return (String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self),
                String(decoding: try TestSupport.part("styles.xml", of: odt), as: UTF8.self))
    }

    func template(_ body: String, header: String = "<text:p>{{organisatie}}</text:p>",
                  footer: String = "<text:p>{{adres}}</text:p>", automaticStyles: String = "") throws -> [UInt8] {
        try TemplateFixtures.package(content: TemplateFixtures.content(body, automaticStyles: automaticStyles),
                                     styles: TemplateFixtures.styles(header: header, footer: footer))
    }

    @Test func placeholdersSplitByLibreOfficeMarkupAreFound() throws {
        let body = """
            <text:tracked-changes><text:changed-region text:id="c1" xml:id="c1"><text:insertion><office:change-info>\
            <dc:creator>Communicatie</dc:creator><dc:date>2024-03-01T10:00:00</dc:date></office:change-info>\
            </text:insertion></text:changed-region></text:tracked-changes>\
            <text:p>Onderwerp: {{onder<text:span text:style-name="T1">werp</text:span>}}</text:p>\
            <text:p>Kenmerk: {{<text:s/>kenmerk<text:s text:c="2"/>}}</text:p>\
            <text:p>Datum: {{da<text:soft-page-break/>tum}}</text:p>\
            <text:p>Aan: {{<text:bookmark-start text:name="b"/>aan<text:bookmark-end text:name="b"/>}}</text:p>\
            <text:p>Gemeente: {{gem<text:change-start text:change-id="c1"/>een<text:change-end text:change-id="c1"/>te}}</text:p>\
            <text:p><text:span text:style-name="T1"><text:span text:style-name="T2">{{In</text:span></text:span>houd}}</text:p>
            """
        let (content, styles) = try render(try template(body, header: "<text:p>{{orga<text:span>nisatie</text:span>}}</text:p>"))
        #expect(content.contains("Onderwerp: Proef met een sjabloon"))
        #expect(content.contains("Kenmerk: RM-2021-01"))
        #expect(content.contains("Datum: 13 juli 2021<text:soft-page-break/>"))
        #expect(content.contains("Aan: de gemeenteraad<text:bookmark-start text:name=\"b\"/><text:bookmark-end text:name=\"b\"/>"))
        #expect(content.contains("Gemeente: Proefstad<text:change-start"))
        #expect(content.contains("Dit is de tekst van de brief."))
        #expect(styles.contains("Gemeente Proefstad"))
        #expect(!content.contains("{{") && !styles.contains("{{"))
    }

    @Test func placeholdersNextToEachOtherInOneTextNode() throws {
        let (content, styles) = try render(try template("<text:p>{{datum}} · {{kenmerk}}{{onderwerp}}</text:p><text:p>{{inhoud}}</text:p>",
                                                        footer: "<text:p>{{adres}} | {{contact}}</text:p>"))
        #expect(content.contains("13 juli 2021 · RM-2021-01Proef met een sjabloon"))
        #expect(styles.contains("Markt 1, 1234 AB Proefstad | Telefoon 14 0999"))
    }

    @Test func templateSavedByLibreOfficeWithPartlyReformattedPlaceholders() throws {
        let path = TemplateFixtures.fixture("gesplitst.ott")
        let saved = try TestSupport.part("content.xml", of: try FileSystem.read(path))
        let savedContent = String(decoding: saved, as: UTF8.self)
        // The fixture really is split the way LibreOffice splits placeholders.
        #expect(savedContent.contains("{{onder<text:span"))
        #expect(savedContent.contains("{{<text:span"))
        #expect(savedContent.contains("{{ <text:s/>kenmerk <text:s/>}}"))
        #expect(savedContent.contains("{{<text:bookmark-start"))
        #expect(savedContent.contains("{{a<text:change-start"))
        let (content, styles) = try render(Array(try FileSystem.read(path)))
        #expect(content.contains("Onderwerp: Proef met een sjabloon"))
        #expect(content.contains("Datum: 13 juli 2021"))
        #expect(content.contains("Kenmerk: RM-2021-01"))
        #expect(content.contains("Gemeente: Proefstad"))
        #expect(content.contains("Aan: de gemeenteraad"))
        #expect(content.contains("Dit is de tekst van de brief."))
        #expect(styles.contains("Kop: Gemeente Proefstad"))
        #expect(styles.contains("Voet: Proef met een sjabloon"))
        #expect(!content.contains("{{") && !styles.contains("{{"))
    }

    @Test func richTemplateSavedByLibreOfficeStaysValid() throws {
        let (content, styles) = try render(Array(try FileSystem.read(TemplateFixtures.fixture("rijk.ott"))))
        #expect(content.contains("Let op: dit document gaat over Proef met een sjabloon."))
        #expect(content.contains("Kenmerk RM-2021-01"))
        #expect(content.contains("Voetnoot bij Raadsmededeling."))
        #expect(content.contains(#"<text:section text:style-name="Sect1" text:name="Inhoud"><text:p text:style-name="Aanhef">"#))
        #expect(styles.contains("· Gemeente Proefstad"))
        #expect(!content.contains("office:annotation") && !content.contains("<loext:") && !content.contains(" loext:"))
    }

    @Test func fieldValuesAreEscapedAndKeepTheirLineBreaks() throws {
        let brief = """
            soort: brief
            datum: 2021-07-13
            geadresseerde: Coöperatie "Zon & Wind"
            adres: [Postbus 1, 1234 AB <Proefstad>]
            onderwerp: A & B
            aanhef: Geachte heer, mevrouw,
            tekst: Tekst.
            slot: Hoogachtend,
            ondertekening:
              namens: College van B&W

            """
        let (content, _) = try render(try template("<text:p>{{geadresseerde}}</text:p><text:p>{{onderwerp}}</text:p><text:p>{{inhoud}}</text:p>"),
                                      input: brief)
        #expect(content.contains("Coöperatie &quot;Zon &amp; Wind&quot;<text:line-break/>Postbus 1<text:line-break/>1234 AB &lt;Proefstad&gt;"))
        #expect(content.contains("<text:p>A &amp; B</text:p>"))
    }

    @Test func missingBlocksFollowTheBodyAndTheLetterheadOnlyComesWhereAsked() throws {
        let (content, _) = try render(try template("<text:p>{{titel}}</text:p><text:p>{{inhoud}}</text:p>"))
        let text = content.replacingOccurrences(of: "<[^>]+>", with: "|", options: .regularExpression)
        let order = ["Raadsmededeling", "Dit is de tekst van de brief.", "Met vriendelijke groet,", "J. Jansen"]
        let positions = try order.map { try #require(text.range(of: $0)?.lowerBound, "\($0) ontbreekt") }
        #expect(positions == positions.sorted())
        #expect(!text.contains("|Kenmerk|"), "het briefhoofd van raadsdoc hoort niet in dit sjabloon")
    }

    @Test func pageStyleOfThePlaceholderParagraphGoesToTheFirstGeneratedBlock() throws {
        let styles = #"<style:style style:name="P1" style:family="paragraph" style:master-page-name="Eerste_20_pagina"/>"#
        let (content, _) = try render(try template(#"<text:p text:style-name="P1">{{inhoud}}</text:p>"#, automaticStyles: styles))
        #expect(content.contains(#"style:parent-style-name="Aanhef" style:master-page-name="Eerste_20_pagina""#))
        #expect(content.contains(#"<text:p text:style-name="rdNieuwePagina1">Geachte leden van de raad,"#))
    }

    @Test func extensionsCommentsAndMacrosAreLeftOut() throws {
        let body = """
            <office:annotation><text:p>Notitie voor de maker</text:p></office:annotation>\
            <text:p loext:marker-style-name="x">Vooraf <loext:contentcontrol>ingevuld</loext:contentcontrol>.</text:p>\
            <text:p>{{inhoud}}</text:p>
            """
        let (content, _) = try render(try template(body))
        #expect(content.contains("<text:p>Vooraf ingevuld.</text:p>"))
        #expect(!content.contains("loext:marker") && !content.contains("Notitie voor de maker"))
    }

    @Test func unknownPlaceholderNamesTheTemplateAndListsTheValidOnes() throws {
        let letter = try TemplateFixtures.letter(using: try template("<text:p>{{onderwrep}}</text:p><text:p>{{inhoud}}</text:p>"))
        let found = try expectOnly("RD-SJABLOON-002", at: 4, 11, in: diagnostics(at: letter))
        #expect(found.message.hasPrefix("sjabloon sjabloon.ott: onbekende plaatshouder {{onderwrep}} in de tekst (bedoelde je {{onderwerp}}?); geldig zijn: {{briefhoofd}}, {{inhoud}}, {{ondertekening}}, {{bijlagen}}, "))
        for name in TemplateFields.allNames { #expect(found.message.contains("{{\(name)}}")) }
    }

    @Test func unknownPlaceholderInTheFooter() throws {
        let footer = "<text:p>{{telefoonnummer}}</text:p>"
        let letter = try TemplateFixtures.letter(using: try template("<text:p>{{inhoud}}</text:p>", footer: footer))
        let found = try expectOnly("RD-SJABLOON-002", at: 4, 11, in: diagnostics(at: letter))
        #expect(found.message.contains("{{telefoonnummer}} in een voettekst;"))
    }

    @Test func templateWithoutBody() throws {
        let letter = try TemplateFixtures.letter(using: try template("<text:p>{{onderwerp}}</text:p>"))
        let found = try expectOnly("RD-SJABLOON-003", at: 4, 11, in: diagnostics(at: letter))
        #expect(found.message == "sjabloon sjabloon.ott: het sjabloon heeft geen {{inhoud}}; zet die plaatshouder alleen in een eigen alinea waar de tekst van het document moet komen")
    }

    @Test(arguments: [
        ("<text:p>Hier: {{inhoud}}</text:p>", "", "{{inhoud}} staat niet alleen in zijn alinea"),
        ("<text:p>{{inhoud}}</text:p>", "<text:p>{{bijlagen}}</text:p>", "{{bijlagen}} staat in een koptekst"),
        ("<text:list><text:list-item><text:p>{{inhoud}}</text:p></text:list-item></text:list>", "",
         "{{inhoud}} staat in een lijst, tekstvak of ander element"),
    ])
    func blockPlaceholderOutOfPlace(_ body: String, header: String, expected: String) throws {
        let letter = try TemplateFixtures.letter(using: try template(body, header: header))
        let misplaced = try expectOne("RD-SJABLOON-004", at: 4, 11, in: diagnostics(at: letter))
        #expect(misplaced.message.contains(expected))
    }

    @Test func repeatedBlockPlaceholder() throws {
        let letter = try TemplateFixtures.letter(using: try template("<text:p>{{inhoud}}</text:p><text:p>{{inhoud}}</text:p>"))
        let found = try expectOnly("RD-SJABLOON-009", at: 4, 11, in: diagnostics(at: letter))
        #expect(found.message.contains("{{inhoud}} staat meer dan eens in het sjabloon"))
    }

    @Test func aTemplateIsPreparedOncePerRun() throws {
        let store = TemplateStore(fieldNames: { TemplateFields.allNames }, styles: KindRegistry.styles)
        let path = TestSupport.path("templates/standaard/standaard.ott")
        let first = try #require(store.template(at: path).template)
        let second = try #require(store.template(at: path).template)
        #expect(first === second)
        // The header of the following pages, then the letterhead of the first.
        #expect(first.fieldNames == ["organisatie", "organisatie", "postadres", "bezoekadres", "contact"])
    }
}
