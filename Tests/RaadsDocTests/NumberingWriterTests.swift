import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF
@testable import RaadsDocKinds

/// How the writer turns lists and numbered headings into LibreOffice's own
/// numbering: list styles, cached labels, one list per heading series, and
/// an outline without skipped levels.
@Suite struct NumberingWriterTests {
    static func content(_ body: [Block]) throws -> (xml: String, odt: [UInt8]) {
        let document = Document(metadata: DocumentMetadata(title: "Nummering", subject: "Nummering", date: Datum.epoch),
                                page: PageSetup(headerText: "Nummering"), body: body)
        let odt = try ODFWriter(styles: KindRegistry.styles).odt(document)
        return (String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self), odt)
    }

    static func article(_ number: Int, _ title: String) -> Block {
        .heading(Heading(level: 2, [.text(title)], style: .article,
                         number: HeadingNumber(series: "artikelen", format: NumberFormat(.arabic, prefix: "Artikel ", suffix: "."),
                                               value: number),
                         bookmark: "art-\(number)"))
    }

    @Test func listsAreLibreOfficeListsWithTheirLabelsStored() throws {
        let parts = ListBlock(.numbered(NumberFormat(.lowerLetter, suffix: "."), start: 1),
                              items: [ListItem([.text("eerste onderdeel")], bookmark: "art-1-lid-1-ond-1")], itemStyle: .part)
        let members = ListBlock(.numbered(NumberFormat(.arabic, prefix: "§ ", suffix: "."), start: 1),
                                items: [ListItem([.text("eerste lid"), .list(parts)]), ListItem([.text("tweede lid")])],
                                itemStyle: .member)
        let (xml, odt) = try Self.content([.list(members)])
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(xml.contains(#"style:num-prefix="§ " style:num-suffix="." style:num-format="1""#))
        #expect(xml.contains(#"style:num-suffix="." style:num-format="a""#))
        #expect(xml.contains("<text:number>§ 2.</text:number>"))
        #expect(xml.contains(#"<text:number>a.</text:number><text:p text:style-name="Onderdeel"><text:bookmark-start text:name="art-1-lid-1-ond-1"/>eerste onderdeel"#))
        // The onderdelen nest inside the first lid's item.
        #expect(xml.contains("eerste lid</text:p><text:list "))
    }

    @Test func anItemHoldingATableKeepsItsTypedLabel() throws {
        let table = Table(columns: [TableColumn()], rows: [TableRow([TableCell.text("cel", style: .tableText)])])
        let list = ListBlock(.decimal, items: [ListItem([.text("met tabel"), .table(table)])], itemStyle: .member)
        let (xml, odt) = try Self.content([.list(list)])
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(!xml.contains("<text:list "))
        #expect(xml.contains("1.<text:tab/>met tabel"))
    }

    @Test func headingsOfASeriesFormOneListAndStayAtTheirOutlineLevel() throws {
        let (xml, odt) = try Self.content([.heading(1, "Afspraken"), Self.article(1, "Begrippen"), .text("tekst"),
                                           Self.article(2, "Doel"), .heading(Heading(level: 4, [.text("Te diep")]))])
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(xml.contains(#"<text:list xml:id="reeks1-artikelen""#))
        #expect(xml.contains(#"<text:list text:continue-list="reeks1-artikelen""#))
        #expect(xml.contains(#"<text:number>Artikel 2.</text:number><text:h text:style-name="Artikelkop" text:outline-level="2"><text:bookmark-start text:name="art-2"/>Doel"#))
        // Level 4 right after level 2 is written at level 3.
        #expect(xml.contains(#"text:outline-level="3">Te diep"#))
    }

    @Test func aSeriesStartingAgainAtOneIsANewList() throws {
        let (xml, _) = try Self.content([Self.article(1, "Een"), Self.article(2, "Twee"), Self.article(1, "Opnieuw")])
        #expect(xml.components(separatedBy: "xml:id=\"reeks").count == 3)
        #expect(xml.components(separatedBy: "text:continue-list=").count == 2)
    }

    @Test func aTableOfContentsListsTheHeadingsAfterIt() throws {
        let (xml, odt) = try Self.content([.tableOfContents(depth: 2), .heading(Heading(level: 1, [.text("Inleiding")], number: .chapter(1))),
                                           .heading(2, "Achtergrond"), .heading(3, "Te diep voor de inhoud")])
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(xml.contains(#"<text:table-of-content-source text:outline-level="2">"#))
        #expect(xml.contains(#"<text:p text:style-name="Inhoudsopgave_20_1">1. Inleiding</text:p>"#))
        #expect(xml.contains(#"<text:p text:style-name="Inhoudsopgave_20_2">Achtergrond</text:p>"#))
        #expect(!xml.contains(#"Inhoudsopgave_20_3">Te diep"#))
    }
}
