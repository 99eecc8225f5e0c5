import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocHTML
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The HTML writer on hand-made trees, one per node type: each page is
/// well formed (`HTMLStructure`) and holds the elements the node stands for.
@Suite struct HTMLWriterTests {
    static func document(_ body: [Block], language: String = "nl-NL", header: [Block] = [],
                         signature: [Block] = []) -> Document {
        Document(metadata: DocumentMetadata(title: "Proef & zo", subject: "Onderwerp", date: Datum(iso: "2026-03-01") ?? Datum.epoch,
                                            language: language),
                 page: PageSetup(headerText: "Gemeente Proef", footerText: "Proefstuk"),
                 header: header, body: body, signature: signature)
    }

    static func written(_ body: [Block], language: String = "nl-NL", header: [Block] = [],
                        signature: [Block] = []) -> String {
        let html = String(decoding: HTMLWriter(styles: KindRegistry.styles).html(
            document(body, language: language, header: header, signature: signature)), as: UTF8.self)
        #expect(HTMLStructure.problems(html) == [])
        return html
    }

    @Test func thePageCarriesTheLanguageTitleAndHouseStyle() {
        let html = Self.written([.text("Hallo")], language: "nl-BE")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl-BE\">"))
        #expect(html.contains("<title>Proef &amp; zo</title>"))
        #expect(html.contains("<meta name=\"dcterms.date\" content=\"2026-03-01\">"))
        #expect(html.contains("font-family:\"Liberation Sans\""))
        #expect(html.contains(".s-kop-1{"))
        #expect(html.contains("<header class=\"koptekst s-koptekst\">Gemeente Proef</header>"))
        #expect(html.contains("<footer class=\"voettekst s-voettekst\">Proefstuk</footer>"))
        #expect(html.contains("<p class=\"s-tekst\">Hallo</p>"))
    }

    @Test func aLanguageTagThatIsNotOneFallsBackToDutch() {
        #expect(Self.written([], language: "nl\" onload=\"x").contains("<html lang=\"nl\">"))
    }

    @Test func headingsNeverSkipALevelAndCarryNumberAndBookmark() {
        let html = Self.written([
            .heading(Heading(level: 1, [.text("Begrippen")], number: .chapter(1))),
            .heading(Heading(level: 3, [.text("Te diep")], style: .article, bookmark: "art-1")),
        ])
        #expect(html.contains("<h1 class=\"s-kop-1\" id=\"kop-1\"><span class=\"nummer\">1.</span> Begrippen</h1>"))
        #expect(html.contains("<h2 class=\"s-artikelkop\" id=\"art-1\">Te diep</h2>"))
    }

    @Test func inlinesBecomeTheirElementsAndTextIsEscaped() {
        let html = Self.written([.paragraph(Paragraph(.body, [
            .text("a < b & \"c\""), .emphasis([.text("schuin")]), .strong([.text("vet")]), .strikethrough([.text("weg")]),
            .lineBreak, .tab, .link(url: "https://example.org/?a=1&b=2", [.text("site")]),
            .link(url: "javascript:alert(1)", [.text("geen link")]),
        ]))])
        #expect(html.contains("a &lt; b &amp; &quot;c&quot;<em>schuin</em><strong>vet</strong><s>weg</s><br><span class=\"tab\">\t</span>"))
        #expect(html.contains("<a href=\"https://example.org/?a=1&amp;b=2\">site</a>"))
        #expect(html.contains("geen link</p>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func footnotesLinkBothWays() {
        let html = Self.written([.paragraph(Paragraph(.body, [
            .text("Zie"), .note([.text("Eerste noot.", style: .small)]), .text(" en"), .note([.text("Tweede.", style: .small)]),
        ]))])
        #expect(html.contains("<sup class=\"voetnootverwijzing\"><a href=\"#voetnoot-1\" id=\"voetnootverwijzing-1\" role=\"doc-noteref\""))
        #expect(html.contains("<li id=\"voetnoot-2\">\n<p class=\"s-kleine-tekst\">Tweede.</p>\n<p><a href=\"#voetnootverwijzing-2\" role=\"doc-backlink\""))
        #expect(html.contains("<h1 id=\"voetnoten-kop\">Voetnoten</h1>"))
    }

    @Test func referencesLinkToTheirBookmark() {
        let list = ListBlock(.decimal, items: [ListItem([.text("Eerste lid.")], bookmark: "art-1-lid-1")])
        let html = Self.written([.list(list), .paragraph(Paragraph(.body, [.text("Zie "), .reference(bookmark: "art-1-lid-1", text: "1")]))])
        #expect(html.contains("<li id=\"art-1-lid-1\">"))
        #expect(html.contains("<a class=\"verwijzing\" href=\"#art-1-lid-1\">1</a>"))
    }

    @Test func listsAreRealListsWithTheLabelsOfTheTree() {
        let nested = ListBlock(.numbered(NumberFormat(.lowerLetter, suffix: "."), start: 1),
                               items: [ListItem([.text("onder a")]), ListItem([.text("onder b")], label: "b1.")])
        let list = ListBlock(.decimal, items: [ListItem([.text("Een"), .list(nested), .text("Vervolg")]), ListItem([])])
        let bullets = ListBlock(.dash, items: [ListItem([.text("punt")])])
        let html = Self.written([.list(list), .list(bullets)])
        #expect(html.contains("<ol class=\"lijst\">\n<li><p class=\"s-lijst-1\"><span class=\"label\">1.</span>Een</p>\n<ol class=\"lijst\">"))
        #expect(html.contains("<p class=\"s-lijst-2\"><span class=\"label\">b1.</span>onder b</p>"))
        #expect(html.contains("<p class=\"s-lijst-1-vervolg\">Vervolg</p>"))
        #expect(html.contains("<li><p class=\"s-lijst-1\"><span class=\"label\">2.</span></p>\n</li>"))
        #expect(html.contains("<ul class=\"lijst\">\n<li><p class=\"s-lijst-1\"><span class=\"label\" aria-hidden=\"true\">–</span>punt</p>"))
        #expect(html.contains(".s-lijst-1>.label{display:inline-block;min-width:0.750cm}"))
    }

    @Test func tablesHaveHeaderCellsWithScopeAndFilledRows() {
        let table = Table(columns: [TableColumn(weight: 3), TableColumn(alignment: .end)],
                          headerRows: [TableRow([.text("Post", style: .tableHeading), .text("Bedrag", style: .tableHeading)]),
                                       TableRow([TableCell([.text("Samen", style: .tableHeading)], columnSpan: 2)])],
                          rows: [TableRow([.text("Grond", background: Color("#EEEEEE")), .text("€ 2.000")]), TableRow([.text("alleen")])])
        let html = Self.written([.table(table)])
        #expect(html.contains("<table class=\"raster\">\n<colgroup><col style=\"width:75%\"><col style=\"width:25%\"></colgroup>"))
        #expect(html.contains("<thead>\n<tr><th scope=\"col\"><p class=\"s-tabel-kop\">Post</p>"))
        #expect(html.contains("<th scope=\"colgroup\" colspan=\"2\">"))
        #expect(html.contains("<td style=\"background-color:#eeeeee\"><p class=\"s-tabel-tekst\">Grond</p>"))
        #expect(html.contains("<td><p class=\"s-tabel-tekst\" style=\"text-align:end\">€\u{00A0}2.000</p>"), "a no-break space after €")
        #expect(html.contains("<td><p class=\"s-tabel-tekst\">alleen</p>\n</td><td></td></tr>"))
    }

    @Test func aPlainTableWithoutHeaderIsLayout() {
        let html = Self.written([.table(Table(columns: [TableColumn()], rows: [TableRow([.text("Kenmerk")])], style: .plain))])
        #expect(html.contains("<table class=\"vrij\" role=\"presentation\">"))
    }

    @Test func signaturesShowEveryPartyWithRoomToSign() {
        let council = SignatureBlock(layout: .sideBySide, parties: [SigningParty(signatories: [
            Signatory(name: "A. Jansen", function: "burgemeester"), Signatory(name: "B. de Vries", function: "secretaris"),
        ])])
        let grid = SignatureBlock(layout: .signingGrid, parties: [SigningParty(
            organisation: "Gemeente Leiden", place: "Leiden",
            signatories: [Signatory(name: "C. Bakker", function: "wethouder", mandate: "bij mandaat van de burgemeester")])])
        let html = Self.written([], signature: [.signatures(council), .signatures(grid)])
        #expect(html.contains("<div class=\"ondertekenaars\">\n<div>\n<p class=\"s-naam-ondertekenaar\">A. Jansen</p>\n<p class=\"s-functie-ondertekenaar\">burgemeester</p>"))
        #expect(html.contains("B. de Vries"))
        #expect(html.contains("<div class=\"tekengrid\">\n<div>\n<p class=\"s-tabel-tekst\"><strong>Gemeente Leiden</strong></p>\n<p class=\"s-tabel-tekst\">Plaats: Leiden</p>\n<p class=\"s-tabel-tekst\">Datum: …………………………</p>\n<p class=\"s-handtekeningregel\"></p>"))
        #expect(html.contains(".s-handtekeningregel{") && html.contains("border-bottom:0.5pt solid #000000"))
        #expect(html.contains("wethouder<br><em>bij mandaat van de burgemeester</em>"))
    }

    @Test func figuresEmbedThePictureWithAltTextAndCaption() {
        let picture = Picture(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D], format: .png, width: 40, height: 20)
        let html = Self.written([.figure(Figure(picture, alternativeText: "Kaart van \"het\" gebied", caption: [.text("Ligging")])),
                                 .figure(Figure(picture, alternativeText: "", caption: []))])
        #expect(html.contains("<img src=\"data:image/png;base64,iVBORw0=\" alt=\"Kaart van &quot;het&quot; gebied\" width=\"40\" height=\"20\">"))
        #expect(html.contains("<figcaption class=\"s-noot\">Figuur 1: Ligging</figcaption>"))
        #expect(html.contains("alt=\"\" width=\"40\""))
    }

    @Test func base64MatchesFoundation() {
        for length in 0..<7 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 97 + 13) }
            #expect(HTMLText.base64(bytes) == Data(bytes).base64EncodedString())
        }
    }

    @Test func aPageBreakAndTableOfContentsAreKept() {
        let html = Self.written([
            .tableOfContents(depth: 2),
            .heading(Heading(level: 1, [.text("Inleiding")], number: .chapter(1))),
            .pageBreak,
            .heading(Heading(level: 2, [.text("Doel")], bookmark: "doel")),
            .heading(Heading(level: 3, [.text("Te diep voor de inhoud")])),
        ])
        #expect(html.contains("<nav class=\"inhoudsopgave\" aria-label=\"Inhoud\">"))
        #expect(html.contains("<li class=\"s-inhoudsopgave-1\"><a href=\"#kop-2\">1. Inleiding</a></li>\n<li class=\"s-inhoudsopgave-2\"><a href=\"#doel\">Doel</a></li>\n</ol>"))
        #expect(html.contains("<h1 class=\"s-kop-1\" id=\"kop-2\">"))
        #expect(html.contains("<hr class=\"pagina-einde\">"))
        #expect(!html.contains("Te diep voor de inhoud</a>"))
    }

    @Test func renderHTMLWritesOneFileIntoTheOutputFolder() throws {
        let output = try TestSupport.temporaryDirectory()
        let run = try CommandLineTests.raadsdoc("render", TestSupport.path("inputs/leidse-regio/plan-van-aanpak-warmte.yaml"),
                                                "--html", "--uit", output)
        #expect(run.status == 0)
        #expect(run.output == output + "/plan-van-aanpak-warmte.html\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["plan-van-aanpak-warmte.html"])
        let html = try String(contentsOfFile: output + "/plan-van-aanpak-warmte.html", encoding: .utf8)
        #expect(html.contains("<html lang=\"nl-NL\">") && html.contains("<h1 class=\"s-kop-1\"") && html.contains("<th scope=\"col\">"))
        #expect(html.contains("<nav class=\"inhoudsopgave\""))
        #expect(HTMLStructure.problems(html) == [])
    }

    @Test func everyExampleGivesTheSameWellFormedPageTwice() throws {
        for path in TestSupport.exampleInputs {
            let (document, workspace) = TestSupport.load(path)
            guard !document.diagnostics.hasErrors else { continue }
            let first = try Renderer().html(document, workspace: workspace)
            let second = try Renderer().html(TestSupport.load(path).0, workspace: workspace)
            #expect(first == second, "\(path)")
            let html = String(decoding: first, as: UTF8.self)
            #expect(HTMLStructure.problems(html) == [], "\(path)")
        }
    }
}
