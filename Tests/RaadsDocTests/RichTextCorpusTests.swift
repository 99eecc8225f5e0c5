import Foundation
import Testing
import MarkdownSupport
@testable import RaadsDocCore
@testable import RaadsDocSchema

/// No silent loss: every node type cmark-gfm gives (every case of
/// `MarkdownNode.Kind`) either renders into the tree, as the dump shows, or
/// is reported at its place: refused (a fout) or shown as plain text (a
/// warning).
@Suite struct RichTextCorpusTests {
    enum Outcome: Sendable {
        /// Renders; the tree dump of the blocks holds `dump`.
        case rendered(String)
        /// Renders as plain text, holding `dump`, with a warning (RD-INVOER-019) at `position`.
        case approximated(String, at: String)
        /// Refused with a fout (RD-INVOER-023) at `position`.
        case refused(at: String)
    }

    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let markdown: String
        let outcome: Outcome
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "document", markdown: "Tekst.", outcome: .rendered("paragraph [Tekst] Tekst.")),
        Sample(name: "blockQuote", markdown: "> Citaat", outcome: .approximated("paragraph [Tekst] Citaat", at: "1:1")),
        Sample(name: "list", markdown: "1. een\n2. twee", outcome: .rendered("list\n    item \"1.\"\n      paragraph [Tekst] een")),
        Sample(name: "item", markdown: "- een\n  - diep", outcome: .rendered("item \"–\"\n      paragraph [Tekst] een\n      list\n        item \"–\"")),
        Sample(name: "taskItem", markdown: "- [ ] open", outcome: .refused(at: "1:1")),
        Sample(name: "codeBlock", markdown: "    code", outcome: .approximated("paragraph [Tekst] code", at: "1:5")),
        Sample(name: "htmlBlock", markdown: "<div>blok</div>", outcome: .approximated("paragraph [Tekst] <div>blok</div>", at: "1:1")),
        Sample(name: "paragraph", markdown: "Een.\n\nTwee.", outcome: .rendered("paragraph [Tekst] Een.\n  paragraph [Tekst] Twee.")),
        Sample(name: "heading", markdown: "# Kop", outcome: .approximated("paragraph [Tekst] **Kop**", at: "1:1")),
        Sample(name: "thematicBreak", markdown: "Een.\n\n---\n\nTwee.", outcome: .refused(at: "3:1")),
        Sample(name: "footnoteDefinition", markdown: "Zin[^1].\n\n[^1]: De *noot*.",
               outcome: .rendered("paragraph [Tekst] Zin[^paragraph [Voetnoottekst] De *noot*.].")),
        Sample(name: "footnoteReference", markdown: "Zin[^a] en[^b].\n\n[^a]: A.\n\n[^b]: B.",
               outcome: .rendered("Zin[^paragraph [Voetnoottekst] A.] en[^paragraph [Voetnoottekst] B.].")),
        Sample(name: "table", markdown: "| Post | Bedrag | Wie |\n|:--|--|:-:|\n| Grond | € 2.000 | *wij* |",
               outcome: .rendered("table columns=[1.0:start 1.0:end 1.0:center] style=grid keepTogether=false\n"
                   + "    header-row keepTogether\n      cell\n        paragraph [Tabel kop] Post")),
        Sample(name: "tableRow", markdown: "| a |\n|---|\n| b |\n| c |",
               outcome: .rendered("    row keepTogether\n      cell\n        paragraph [Tabel tekst] b\n    row keepTogether")),
        Sample(name: "tableCell", markdown: "| a | b |\n|---|---|\n| **x** | [y](https://y.nl) |",
               outcome: .rendered("paragraph [Tabel tekst] **x**\n      cell\n        paragraph [Tabel tekst] [y](https://y.nl)")),
        Sample(name: "text", markdown: "Gewoon & tekst", outcome: .rendered("paragraph [Tekst] Gewoon & tekst")),
        Sample(name: "softBreak", markdown: "een\ntwee", outcome: .rendered("paragraph [Tekst] een twee")),
        Sample(name: "lineBreak", markdown: "een\\\ntwee", outcome: .rendered("paragraph [Tekst] een⏎twee")),
        Sample(name: "code", markdown: "Met `code`.", outcome: .rendered("paragraph [Tekst] Met code.")),
        Sample(name: "htmlInline", markdown: "Met <br> erin.", outcome: .approximated("paragraph [Tekst] Met <br> erin.", at: "1:5")),
        Sample(name: "emphasis", markdown: "*nadruk*", outcome: .rendered("paragraph [Tekst] *nadruk*")),
        Sample(name: "strong", markdown: "**vet**", outcome: .rendered("paragraph [Tekst] **vet**")),
        Sample(name: "link", markdown: "[site](https://x.nl) en www.y.nl",
               outcome: .rendered("paragraph [Tekst] [site](https://x.nl) en [www.y.nl](http://www.y.nl)")),
        Sample(name: "image", markdown: "Zie ![kaart](kaart.png) hier.", outcome: .refused(at: "1:5")),
        Sample(name: "strikethrough", markdown: "Een ~~oude~~ zin, ~50 woningen.",
               outcome: .rendered("paragraph [Tekst] Een ~~oude~~ zin, ~50 woningen.")),
        Sample(name: "tooDeep", markdown: String(repeating: ">", count: 30) + " diep", outcome: .refused(at: "1:25")),
    ]

    /// Where the samples are read: a folder holding the fixture picture.
    static let origin = SourcePosition(path: TestSupport.path("Tests/RaadsDocTests/Fixtures/afbeeldingen/invoer.yaml"), line: 1, column: 1)

    static func dump(_ blocks: [Block]) -> String {
        let document = Document(metadata: DocumentMetadata(title: "", subject: "", date: Datum.epoch),
                                page: PageSetup(headerText: ""), body: blocks)
        let lines = TreeDump.text(document).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.drop { $0 != "body" }.dropFirst().prefix { $0 != "signature" }.joined(separator: "\n")
    }

    @Test(arguments: samples)
    func everyNodeTypeRendersOrIsReported(_ sample: Sample) throws {
        let text = RichText(sample.markdown, at: Self.origin)
        let names = MarkdownParsingTests.nodes(Markdown.parse(sample.markdown)).map { MarkdownParsingTests.name(of: $0.kind) }
        #expect(names.contains(sample.name), "\(names)")
        let problems = text.problems.map { "\($0.position) \($0.kind)" }
        let codes = Set(text.problems.map(\.rule.code))
        let dump = Self.dump(text.blocks())
        switch sample.outcome {
        case .rendered(let expected):
            #expect(problems == [])
            #expect(dump.contains(expected), "\(dump)")
        case .approximated(let expected, let position):
            #expect(problems == ["\(position) approximated"])
            #expect(codes == ["RD-INVOER-019"])
            #expect(dump.contains(expected), "\(dump)")
        case .refused(let position):
            #expect(problems.filter { !$0.hasSuffix("approximated") } == ["\(position) refused"])
            #expect(codes.contains("RD-INVOER-023"))
        }
    }

    @Test func theSamplesCoverEveryNodeType() {
        let covered = Set(Self.samples.map(\.name) + ["customBlock", "customInline"])
        #expect(Set(MarkdownParsingTests.everyName).subtracting(covered) == [])
    }

    /// A picture alone in its paragraph is a figure, its title the caption.
    @Test func anImageOnItsOwnLineIsAFigure() {
        let text = RichText("Boven.\n\n![Kaart van de wijk](kaart.png \"Ligging\")\n\nOnder.", at: Self.origin)
        #expect(text.problems == [])
        #expect(Self.dump(text.blocks()).contains("figure png 40.0x20.0 alt=\"Kaart van de wijk\" Figuur: Ligging"))
    }

    /// Made through cmark's API only, never by its parser: their content
    /// renders as if they were not there.
    @Test func customNodesRenderTheirContent() {
        let nowhere = MarkdownPosition(line: 1, column: 1)
        let inline = MarkdownNode(.customInline(onEnter: "", onExit: ""), children: [MarkdownNode(.text("binnen"), start: nowhere, end: nowhere)],
                                  start: nowhere, end: nowhere)
        let block = MarkdownNode(.customBlock(onEnter: "", onExit: ""), children: [MarkdownNode(.paragraph, children: [inline],
                                 start: nowhere, end: nowhere)], start: nowhere, end: nowhere)
        let conversion = RichTextConversion([block], inputPath: "invoer.yaml")
        #expect(conversion.blocks([block], style: .body) == [.text("binnen")])
    }

    /// Footnote problems cmark-gfm leaves no node for are found in the source.
    @Test func unmatchedFootnotesAreRefusedWhereTheyStand() {
        let text = RichText("Zin[^x] en[^y] en weer[^y].\n\n[^y]: Y.\n\n[^z]: Nooit gebruikt.", at: Self.origin)
        let found = text.problems.map { "\($0.position) \($0.message)" }
        #expect(found == [
            "1:4 voetnoot [^x] heeft geen tekst; schrijf onder de alinea een regel '[^x]: tekst van de voetnoot'",
            "1:23 voetnoot [^y] wordt een tweede keer aangehaald; een voetnoot staat op één plek in de tekst, maak een tweede voetnoot",
            "5:1 voetnoot [^z] wordt nergens in de tekst aangehaald; zet [^z] in de zin waar zij bij hoort, of haal haar weg",
        ])
        let nested = RichText("A[^a].\n\n[^a]: Zie[^b].\n\n[^b]: B.", at: Self.origin)
        #expect(nested.problems.map { "\($0.position) \($0.kind)" } == ["3:10 refused"])
    }

    @Test func amountsAndNumbersAlignRight() {
        for text in ["€ 2.000", "1.234,56", "-12", "€ 150,-", "15%", "2021"] {
            #expect(RichTextConversion.looksLikeNumber(text), "\(text)")
        }
        for text in ["twee", "€", "", "1a", "ca. 5"] {
            #expect(!RichTextConversion.looksLikeNumber(text), "\(text)")
        }
    }
}
