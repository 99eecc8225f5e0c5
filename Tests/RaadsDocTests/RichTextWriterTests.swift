import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF
@testable import RaadsDocKinds
import ZipSupport
import HashSupport

/// The ODF writer on hand-made trees, one per node the rich text added:
/// each package validates against ODF 1.3 and holds the elements the node
/// stands for.
@Suite struct RichTextWriterTests {
    static func document(_ body: [Block]) -> Document {
        Document(metadata: DocumentMetadata(title: "Proef", subject: "Proef", date: Datum.epoch),
                 page: PageSetup(headerText: "Gemeente Proef"), body: body)
    }

    static func written(_ body: [Block]) throws -> (odt: [UInt8], content: String) {
        let odt = try ODFWriter(styles: KindRegistry.styles).odt(document(body))
        #expect(PackageVerifier.problems(in: odt) == [])
        return (odt, String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self))
    }

    static let picture: Picture = {
        let bytes = (try? FileSystem.read(TestSupport.path("Tests/RaadsDocTests/Fixtures/afbeeldingen/kaart.png"))) ?? []
        return Picture(bytes: bytes, format: .png, width: 40, height: 20)
    }()

    @Test func aTableHasItsHeaderRowRepeatedAndItsColumnsAligned() throws {
        let table = Table(columns: [TableColumn(), TableColumn(alignment: .end), TableColumn(alignment: .center)],
                          headerRows: [TableRow([.text("Post", style: .tableHeading), .text("Bedrag", style: .tableHeading),
                                                 .text("Wie", style: .tableHeading)])],
                          rows: [TableRow([.text("Grond"), .text("€ 2.000"),
                                           TableCell([.paragraph(Paragraph(.tableText, [.emphasis([.text("wij")])]))])])])
        let (_, content) = try Self.written([.table(table)])
        #expect(content.contains("<table:table-header-rows><table:table-row"))
        #expect(content.contains("style:parent-style-name=\"Tabel_20_tekst\"><style:paragraph-properties fo:text-align=\"end\"/>"))
        #expect(content.contains("style:parent-style-name=\"Tabel_20_kop\"><style:paragraph-properties fo:text-align=\"center\"/>"))
        #expect(content.contains("<text:span text:style-name=\"Nadruk\">wij</text:span>"))
        // The first column has no alignment of its own: its cells keep their style.
        #expect(content.contains("<text:p text:style-name=\"Tabel_20_tekst\">Grond</text:p>"))
    }

    @Test func aNoteIsAFootnoteWithCitationAndBody() throws {
        let body: [Block] = [.paragraph(Paragraph(.body, [
            .text("Zin"), .note([.text("Eerste noot.", style: .footnote)]), .text(" en"),
            .note([.text("Tweede noot.", style: .footnote)]), .text("."),
        ]))]
        let (_, content) = try Self.written(body)
        #expect(content.contains("Zin<text:note text:id=\"Voetnoot1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
            + "<text:note-body><text:p text:style-name=\"Voetnoottekst\">Eerste noot.</text:p></text:note-body></text:note><text:s/>en"))
        #expect(content.contains("<text:note text:id=\"Voetnoot2\" text:note-class=\"footnote\"><text:note-citation>2</text:note-citation>"))
    }

    /// A list from 0 (found by FuzzRender): ODF's list styles start at 1
    /// or more, so the first item carries the start and the package stays valid.
    @Test func aListFromZeroStartsAtItsFirstItem() throws {
        let text = RichText("0. Wonen\n1. Economie\n", at: SourcePosition(path: "proef.yaml", line: 1, column: 1))
        let (_, content) = try Self.written(text.blocks())
        #expect(content.contains("<text:list-item text:start-value=\"0\"><text:number>0.</text:number>"))
        #expect(!content.contains("text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\" text:start-value"))
    }

    /// A tight list (no blank line between items) packs its items, as the
    /// seeds print them; a loose one keeps the space between paragraphs.
    @Test func aTightListPacksItsItemsAndALooseOneDoesNot() throws {
        let position = SourcePosition(path: "proef.yaml", line: 1, column: 1)
        let (_, tight) = try Self.written(RichText("1. Wonen\n2. Economie\n", at: position).blocks())
        #expect(tight.contains("style:parent-style-name=\"Lijst_20_1\"><style:paragraph-properties style:contextual-spacing=\"true\"/>"))
        #expect(tight.contains("<text:p text:style-name=\"Aaneengesloten1\">Wonen</text:p>"))
        let (_, loose) = try Self.written(RichText("1. Wonen\n\n2. Economie\n", at: position).blocks())
        #expect(!loose.contains("contextual-spacing"))
        #expect(loose.contains("<text:p text:style-name=\"Lijst_20_1\">Wonen</text:p>"))
        let html = HTMLWriterTests.written(RichText("- Wonen\n- Economie\n", at: position).blocks())
        #expect(html.contains("<ul class=\"lijst aaneengesloten\">"))
    }

    @Test func struckThroughTextHasALineThroughStyle() throws {
        let (_, content) = try Self.written([.paragraph(Paragraph(.body, [.text("Een "), .strikethrough([.strong([.text("oude")])])]))])
        #expect(content.contains("<style:style style:name=\"Doorgehaald\" style:family=\"text\"><style:text-properties "
            + "style:text-line-through-style=\"solid\" style:text-line-through-type=\"single\"/></style:style>"))
        #expect(content.contains("<text:span text:style-name=\"Doorgehaald\"><text:span text:style-name=\"Vet\">oude</text:span></text:span>"))
    }

    @Test func withoutStrikethroughNoStyleIsWritten() throws {
        let (_, content) = try Self.written([.text("Gewoon.")])
        #expect(!content.contains("Doorgehaald"))
    }

    @Test func aFigureEmbedsItsPictureWithTitleAndNumberedCaption() throws {
        let figure = Figure(Self.picture, alternativeText: "Kaart van de wijk", caption: [.text("Ligging")])
        let (odt, content) = try Self.written([.figure(figure), .figure(figure)])
        let path = "Pictures/" + String(SHA256.hex(Self.picture.bytes).prefix(32)) + ".png"
        #expect(content.contains("<draw:frame draw:name=\"Figuur1\" text:anchor-type=\"as-char\" svg:width=\"1.058cm\" svg:height=\"0.529cm\">"
            + "<draw:image xlink:href=\"\(path)\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/png\"/>"
            + "<svg:title>Kaart van de wijk</svg:title><svg:desc>Ligging</svg:desc></draw:frame>"))
        #expect(content.contains("Figuur <text:sequence text:ref-name=\"refFiguur1\" text:name=\"Figuur\" text:formula=\"ooow:Figuur+1\" "
            + "style:num-format=\"1\">1</text:sequence>: Ligging</text:p>"))
        #expect(content.contains(">2</text:sequence>: Ligging"))
        // The same picture twice is stored once, and listed in the manifest.
        let archive = try ZipArchiveReader(bytes: odt)
        #expect(archive.entries.filter { $0.name.hasPrefix("Pictures/") }.map(\.name) == [path])
        #expect(try TestSupport.part(path, of: odt) == Self.picture.bytes)
        let manifest = String(decoding: try TestSupport.part("META-INF/manifest.xml", of: odt), as: UTF8.self)
        #expect(manifest.contains("manifest:full-path=\"\(path)\" manifest:media-type=\"image/png\""))
        #expect(try ODFWriter(styles: KindRegistry.styles).odt(Self.document([.figure(figure)]))
            == ODFWriter(styles: KindRegistry.styles).odt(Self.document([.figure(figure)])))
    }

    @Test func aLargePictureIsScaledToTheTextWidth() {
        let wide = Picture(bytes: [], format: .svg, width: 4000, height: 1000)
        let geometry = PageGeometry()
        #expect(BodyWriter.frameSize(wide, geometry: geometry) == (geometry.textWidth, geometry.textWidth / 4))
        let tall = Picture(bytes: [], format: .jpeg, width: 100, height: 10_000)
        let (width, height) = BodyWriter.frameSize(tall, geometry: geometry)
        #expect(height == 15_720)
        #expect(width == 157)
    }
}
