import Foundation
import Synchronization
import Testing
import MarkdownSupport
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// cmark-gfm through `MarkdownSupport`: every node type with its attributes
/// and position, hostile input, and how `RichText` reports what it cannot
/// render.
@Suite struct MarkdownParsingTests {
    typealias Kind = MarkdownNode.Kind

    /// One node that parsing `markdown` must produce, where cmark puts it.
    struct Case: Sendable, CustomTestStringConvertible {
        let markdown: String
        let kind: Kind
        let start: MarkdownPosition
        let end: MarkdownPosition

        init(_ markdown: String, _ kind: Kind, _ start: (Int, Int), _ end: (Int, Int)) {
            self.markdown = markdown
            self.kind = kind
            self.start = MarkdownPosition(line: start.0, column: start.1)
            self.end = MarkdownPosition(line: end.0, column: end.1)
        }

        var testDescription: String { "\(MarkdownParsingTests.name(of: kind)) in \(markdown.debugDescription)" }
    }

    static let table = "| a | b | c | d |\n|:-:|---|:--|--:|\n| 1 | 2 |"

    static let corpus: [Case] = [
        Case("a", .document, (1, 1), (1, 1)),
        Case("> a", .blockQuote, (1, 1), (1, 3)),
        Case("- a\n- b", .list(.bullet, isTight: true), (1, 1), (2, 3)),
        Case("3) a\n\n4) b", .list(.ordered(start: 3, delimiter: .parenthesis), isTight: false), (1, 1), (3, 4)),
        Case("1. a\n1. b", .list(.ordered(start: 1, delimiter: .period), isTight: true), (1, 1), (2, 4)),
        Case("- a\n- b", .item(task: nil), (1, 1), (1, 3)),
        Case("* [ ] open\n* [x] klaar", .item(task: .unchecked), (1, 1), (1, 10)),
        Case("* [ ] open\n* [x] klaar", .item(task: .checked), (2, 1), (2, 11)),
        Case("* [X] groot", .item(task: .checked), (1, 1), (1, 11)),
        Case("```swift\nlet a\n```", .codeBlock(info: "swift", literal: "let a\n", isFenced: true), (1, 1), (3, 3)),
        Case("    code", .codeBlock(info: "", literal: "code\n", isFenced: false), (1, 5), (1, 8)),
        Case("<div>\nx\n</div>", .htmlBlock("<div>\nx\n</div>\n"), (1, 1), (3, 6)),
        Case("a b", .paragraph, (1, 1), (1, 3)),
        Case("## Kop", .heading(level: 2), (1, 1), (1, 6)),
        Case("***", .thematicBreak, (1, 1), (1, 3)),
        Case("x[^n]\n\n[^n]: noot", .footnoteDefinition(label: "n"), (3, 7), (3, 10)),
        Case("x[^n]\n\n> [^n]:\n>     noot", .footnoteDefinition(label: "n"), (3, 8), (4, 10)),
        Case(table, .table(alignments: [.center, .none, .left, .right]), (1, 1), (3, 9)),
        Case(table, .tableRow(isHeader: true), (1, 1), (1, 17)),
        Case(table, .tableRow(isHeader: false), (3, 1), (3, 9)),
        Case(table, .tableCell, (1, 2), (1, 4)),
        Case("a", .text("a"), (1, 1), (1, 1)),
        Case("a\nb", .softBreak, (0, 0), (0, 0)),
        Case("a  \nb", .lineBreak, (0, 0), (0, 0)),
        Case("a `x` b", .code("x"), (1, 4), (1, 4)),
        Case("a <b> c", .htmlInline("<b>"), (1, 3), (1, 5)),
        Case("*a* **b**", .emphasis, (1, 1), (1, 3)),
        Case("*a* **b**", .strong, (1, 5), (1, 9)),
        Case("[a](http://x.nl \"t\")", .link(url: "http://x.nl", title: "t"), (1, 1), (1, 20)),
        Case("zie <https://x.nl>", .link(url: "https://x.nl", title: ""), (1, 5), (1, 18)),
        Case("![a](p.png \"t\")", .image(url: "p.png", title: "t"), (1, 1), (1, 15)),
        Case("x[^n]\n\n[^n]: noot", .footnoteReference(label: "n", index: 1), (1, 2), (1, 5)),
        // The label is the definition's; labels match regardless of case.
        Case("Zie [^Noot].\n\n[^noot]: x", .footnoteReference(label: "noot", index: 1), (1, 5), (1, 11)),
        // Numbered in order of first reference.
        Case("[^b] [^a] [^b]\n\n[^a]: A\n\n[^b]: B", .footnoteReference(label: "a", index: 2), (1, 6), (1, 9)),
        Case("~~weg~~", .strikethrough, (1, 1), (1, 7)),
        // The autolink extension: www. starts one column early, https:// and
        // e-mail addresses have no position.
        Case("zie www.example.nl", .link(url: "http://www.example.nl", title: ""), (1, 4), (1, 18)),
        Case("zie https://x.nl", .link(url: "https://x.nl", title: ""), (0, 0), (0, 0)),
        Case("mail a@b.nl", .link(url: "mailto:a@b.nl", title: ""), (0, 0), (0, 0)),
        // Columns count bytes: "é" takes two, a tab one.
        Case("é *a*", .emphasis, (1, 4), (1, 6)),
        Case("a\tb *c*", .emphasis, (1, 5), (1, 7)),
        // The 25th block quote is the first below the limit.
        Case(String(repeating: "> ", count: 30) + "a", .tooDeep, (1, 49), (1, 61)),
    ]

    /// Every node below `node`, and `node` itself first.
    static func nodes(_ node: MarkdownNode) -> [MarkdownNode] {
        [node] + node.children.flatMap(nodes)
    }

    static func kinds(_ markdown: String) -> [Kind] {
        nodes(Markdown.parse(markdown)).map(\.kind)
    }

    /// The name of a kind without its attributes; adding a kind breaks
    /// this switch, and with it the coverage test below.
    static func name(of kind: Kind) -> String {
        switch kind {
        case .document: "document"
        case .blockQuote: "blockQuote"
        case .list: "list"
        case .item(let task): task == nil ? "item" : "taskItem"
        case .codeBlock: "codeBlock"
        case .htmlBlock: "htmlBlock"
        case .customBlock: "customBlock"
        case .paragraph: "paragraph"
        case .heading: "heading"
        case .thematicBreak: "thematicBreak"
        case .footnoteDefinition: "footnoteDefinition"
        case .table: "table"
        case .tableRow: "tableRow"
        case .tableCell: "tableCell"
        case .text: "text"
        case .softBreak: "softBreak"
        case .lineBreak: "lineBreak"
        case .code: "code"
        case .htmlInline: "htmlInline"
        case .customInline: "customInline"
        case .emphasis: "emphasis"
        case .strong: "strong"
        case .link: "link"
        case .image: "image"
        case .footnoteReference: "footnoteReference"
        case .strikethrough: "strikethrough"
        case .tooDeep: "tooDeep"
        }
    }

    static let everyName = [
        "document", "blockQuote", "list", "item", "taskItem", "codeBlock", "htmlBlock", "customBlock", "paragraph",
        "heading", "thematicBreak", "footnoteDefinition", "table", "tableRow", "tableCell", "text", "softBreak",
        "lineBreak", "code", "htmlInline", "customInline", "emphasis", "strong", "link", "image",
        "footnoteReference", "strikethrough", "tooDeep",
    ]

    @Test(arguments: corpus)
    func parsesTheNodeWithItsAttributesAndPosition(_ testCase: Case) throws {
        let all = Self.nodes(Markdown.parse(testCase.markdown))
        let node = try #require(all.first { $0.kind == testCase.kind }, "\(all.map(\.kind))")
        #expect(node.start == testCase.start)
        #expect(node.end == testCase.end)
    }

    /// Custom blocks and inlines are made through cmark's API only; no
    /// Markdown parses into one.
    @Test func theCorpusCoversEveryNodeTypeTheParserMakes() {
        #expect(Set(Self.everyName).count == Self.everyName.count)
        let covered = Set(Self.corpus.map { Self.name(of: $0.kind) })
        #expect(Set(Self.everyName).subtracting(covered) == ["customBlock", "customInline"])
        let made = Set(Self.corpus.flatMap { Self.kinds($0.markdown).map(Self.name(of:)) })
        #expect(made.isDisjoint(with: ["customBlock", "customInline"]))
    }

    @Test func listsHoldItemsTablesRowsAndRowsCells() throws {
        let list = try #require(Markdown.parse("- a\n- [x] b\n\n  c").children.first)
        #expect(list.children.map(\.kind) == [.item(task: nil), .item(task: .checked)])
        #expect(list.children[1].children.map(\.kind) == [.paragraph, .paragraph])
        let table = try #require(Markdown.parse(Self.table).children.first)
        #expect(table.children.map(\.kind) == [.tableRow(isHeader: true), .tableRow(isHeader: false)])
        // A short row is padded with empty cells, without a position.
        let row = table.children[1]
        #expect(row.children.map(\.kind) == Array(repeating: .tableCell, count: 4))
        #expect(row.children[3].children.isEmpty && row.children[3].start == MarkdownPosition(line: 3, column: 0))
    }

    @Test func aSingleTildeIsText() {
        #expect(Self.kinds("ca. ~50 tot ~60 woningen") == [.document, .paragraph, .text("ca. ~50 tot ~60 woningen")])
    }

    @Test func footnoteDefinitionsMoveToTheEndInOrderOfReferenceAndUnusedOnesGo() {
        let document = Markdown.parse("[^b] en [^a]\n\n[^a]: A\n\n[^c]: C\n\n[^b]: B\n\nSlot.")
        #expect(document.children.map(\.kind) == [
            .paragraph, .paragraph, .footnoteDefinition(label: "b"), .footnoteDefinition(label: "a"),
        ])
        #expect(document.children[2].start == MarkdownPosition(line: 7, column: 7))
    }

    static func text(_ markdown: String) -> String {
        Self.kinds(markdown).map { if case .text(let text) = $0 { text } else { "" } }.joined()
    }

    @Test func aReferenceWithoutDefinitionStaysText() {
        #expect(!Self.kinds("zie [^x]").contains { Self.name(of: $0).hasPrefix("footnote") })
        #expect(Self.text("zie [^x]") == "zie [^x]")
    }

    @Test func aNullByteIsReplacedRatherThanEndingTheText() {
        #expect(Self.text("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test func theCutForDepthKeepsItemsRowsAndCellsWithTheirParents() {
        let lists = Markdown.parse(String(repeating: "- ", count: 40) + "a")
        #expect(Self.depth(lists) <= Markdown.maximumDepth + 2)
        #expect(Self.nodes(lists).contains { $0.kind == .tooDeep })
        for list in Self.nodes(lists) where Self.name(of: list.kind) == "list" {
            #expect(list.children.map(\.kind) == [.item(task: nil)])
        }
        let quotes = String(repeating: ">", count: Markdown.maximumDepth - 1)
        let quotedTable = ["| a |", "|---|", "| b |"].map { quotes + $0 }.joined(separator: "\n")
        let cells = Self.nodes(Markdown.parse(quotedTable)).filter { $0.kind == .tableCell }
        #expect(cells.count == 2)
        #expect(cells.allSatisfy { $0.children.map(\.kind) == [.tooDeep] })
    }

    static func depth(_ node: MarkdownNode) -> Int {
        1 + (node.children.map(depth).max() ?? 0)
    }

    // MARK: Hostile input

    /// Parses `markdown` on a thread with the small stack that batch
    /// workers are tested with, and fails if that takes over `seconds`.
    static func parsedOnASmallStack(_ markdown: String, seconds: Double = 10) throws -> (MarkdownNode, Duration) {
        let result = Mutex<(MarkdownNode, Duration)?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let clock = ContinuousClock()
            let start = clock.now
            let document = Markdown.parse(markdown)
            let elapsed = clock.now - start
            result.withLock { $0 = (document, elapsed) }
            done.signal()
        }
        thread.stackSize = HostileInputTests.smallStack
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else {
            throw TestFailure("na \(Int(seconds)) seconden nog niet geparsed")
        }
        return try #require(result.withLock { $0 })
    }

    static let hostile: [(String, String)] = [
        ("10,000 nested brackets", String(repeating: "[", count: 10_000) + "a" + String(repeating: "]", count: 10_000)),
        ("100,000 open brackets", String(repeating: "[", count: 100_000)),
        ("10,000 nested images", String(repeating: "![", count: 10_000) + "a" + String(repeating: "](u)", count: 10_000)),
        ("50,000 nested block quotes", String(repeating: "> ", count: 50_000) + "a"),
        ("10,000 nested lists", String(repeating: "- ", count: 10_000) + "a"),
        ("1,000 indented lists", (0..<1_000).map { String(repeating: "  ", count: $0) + "- [ ] a" }.joined(separator: "\n")),
        ("50,000 nested emphasis", String(repeating: "*", count: 50_000) + "a" + String(repeating: "*", count: 50_000)),
        ("20,000 strong in emphasis", String(repeating: "*a **a ", count: 20_000) + "b" + String(repeating: " a** a*", count: 20_000)),
        ("100,000 pipes in a table row", "a|b\n-|-\n" + String(repeating: "|", count: 100_000)),
        ("50,000 header columns", String(repeating: "a|", count: 50_000) + "\n" + String(repeating: "-|", count: 50_000)),
        ("50,000 footnote references", String(repeating: "[^a]", count: 50_000) + "\n\n[^a]: x"),
        ("20,000 chained footnotes", (0..<20_000).map { "[^\($0)]: [^\($0 + 1)]" }.joined(separator: "\n\n") + "\n\n[^0]"),
        ("100,000 at signs", String(repeating: "a@", count: 100_000)),
        ("50,000 www", String(repeating: "www.", count: 50_000)),
        ("50,000 tildes", String(repeating: "~~a ", count: 50_000)),
        ("50,000 HTML comment openers", "a" + String(repeating: "<!--", count: 50_000)),
    ]

    @Test(arguments: 0..<hostile.count)
    func hostileInputParsesQuicklyOnASmallStack(_ index: Int) throws {
        let (name, markdown) = Self.hostile[index]
        let (document, elapsed) = try Self.parsedOnASmallStack(markdown)
        #expect(elapsed < .seconds(5), "\(name): \(elapsed)")
        #expect(Self.depth(document) <= Markdown.maximumDepth + 4, "\(name)")
    }

    @Test func aTableOfFiveThousandRowsParsesQuickly() throws {
        let rows = (1...5_000).map { "| \($0) | tekst | **vet** |" }.joined(separator: "\n")
        let (document, elapsed) = try Self.parsedOnASmallStack("| nr | a | b |\n|---:|---|:-:|\n" + rows)
        #expect(elapsed < .seconds(5), "\(elapsed)")
        let table = try #require(document.children.first)
        #expect(table.kind == .table(alignments: [.right, .none, .center]))
        #expect(table.children.count == 5_001)
        #expect(table.children.last?.start == MarkdownPosition(line: 5_002, column: 1))
    }

    /// cmark-gfm 0.29.0.gfm.6 splits rows in quadratic time; past
    /// `maximumPipesPerLine` a text is parsed without tables.
    @Test func aLineWithTooManyPipesTurnsTablesOff() {
        let limit = Markdown.maximumPipesPerLine
        let atLimit = String(repeating: "a|", count: limit) + "\n" + String(repeating: "-|", count: limit)
        #expect(Self.kinds(atLimit).contains(.table(alignments: Array(repeating: .none, count: limit))))
        let overLimit = "| a |\n|---|\n\n" + String(repeating: "|", count: limit + 1)
        #expect(!Self.kinds(overLimit).contains { Self.name(of: $0).hasPrefix("table") })
    }

    /// cmark-gfm changes a global table of characters during every parse;
    /// `Markdown` serialises parsing so that threads agree.
    @Test func parsesAtOnceOnSeveralThreadsAgree() async {
        let text = String(repeating: "Een ~~oude~~ tekst op www.example.nl met `code`, | a | en [^n].\n\n", count: 50)
            + "| a | b |\n|---|---|\n| 1 | 2 |\n\n[^n]: Noot."
        let expected = Markdown.parse(text)
        let agreeing = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<25).allSatisfy { _ in Markdown.parse(text) == expected } }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(agreeing)
        #expect(Self.nodes(expected).filter { $0.kind == .strikethrough }.count == 50)
    }

    // MARK: RichText

    static let newConstructs = """
        Tekst met ~~weg~~ en een noot[^n].

        | a | b |
        |---|---|
        | 1 | 2 |

        - [ ] open
        - [x] klaar

        [^n]: De noot.
        """

    static let origin = SourcePosition(path: "invoer.yaml", line: 1, column: 1)

    /// Of the constructs the GFM extensions add, only task boxes are
    /// refused; the rest renders.
    @Test func richTextRefusesOnlyTaskBoxesOfTheNewConstructs() {
        let report = RichText(Self.newConstructs, at: Self.origin).problems.map { "\($0.position) \($0.kind)" }
        #expect(report == ["7:1 refused", "8:1 refused"])
    }

    @Test func richTextReportsWhatNewConstructsHold() {
        let text = "| ![kaart](k.png) | <b>x</b> |\n|---|---|\n\n- [ ] Zie <b>x</b>"
        let found = RichText(text, at: Self.origin).problems.map { "\($0.position) \($0.kind)" }
        #expect(found == ["1:3 refused", "1:21 approximated", "1:25 approximated", "4:1 refused",
                          "4:11 approximated", "4:15 approximated"])
    }

    @Test func richTextRendersNewConstructs() {
        let blocks = RichText(Self.newConstructs, at: Self.origin).blocks()
        #expect(blocks == [
            .paragraph(Paragraph(.body, [
                .text("Tekst met "), .strikethrough([.text("weg")]), .text(" en een noot"),
                .note([.text("De noot.", style: .footnote)]), .text("."),
            ])),
            .table(Table(columns: [TableColumn(alignment: .end), TableColumn(alignment: .end)],
                         headerRows: [TableRow([.text("a", style: .tableHeading), .text("b", style: .tableHeading)])],
                         rows: [TableRow([.text("1"), .text("2")])])),
            .list(ListBlock(.dash, items: [ListItem([.text("[ ] open")]), ListItem([.text("[x] klaar")])], isTight: true)),
        ])
        #expect(RichText("~~*weg*~~", at: Self.origin).inlines == [.strikethrough([.emphasis([.text("weg")])])])
    }

    /// HTML in a table cmark-gfm cuts from a paragraph has no recorded
    /// position, or column 0 (found by FuzzRichText): it is reported at the
    /// nearest known one, at least column 1, never at 0:0 or 1:0. (For the
    /// nodes it cuts, cmark-gfm records the paragraph's first line, so a
    /// second `<b>` on line 2 is reported at 1:1 too.)
    @Test func aProblemWithoutRecordedPositionIsReportedAtTheText() throws {
        let source = try String(contentsOfFile: TestSupport.path("Tests/RaadsDocTests/Fixtures/fuzz/RichText/html-in-tabelkop-zonder-positie.md"), encoding: .utf8)
        let found = RichText(source, at: Self.origin).problems.map { "\($0.position) \($0.kind)" }
        #expect(found == ["1:1 approximated"])
        let twice = try String(contentsOfFile: TestSupport.path("Tests/RaadsDocTests/Fixtures/fuzz/RichText/html-in-tabelkop-kolom-nul.md"), encoding: .utf8)
        #expect(RichText(twice, at: Self.origin).problems.map { "\($0.position) \($0.kind)" } == ["1:1 approximated", "1:1 approximated"])
    }

    /// A footnote without text, or one nobody cites, is found at its line
    /// as cmark-gfm counts lines (LF, CR LF and CR), and its column.
    @Test func anUnresolvedFootnoteIsReportedAtItsLineAndColumn() {
        let found = RichText("Eerste.\r\nTweede [^x].\rDerde.\n\n[^y]: Niemand haalt mij aan.", at: Self.origin).problems
        #expect(found.map { "\($0.position) \($0.kind)" } == ["2:8 refused", "5:1 refused"])
        #expect(RichText("Zonder voetnoten, met ^ en [ ].", at: Self.origin).problems.isEmpty)
    }

    /// A footnote that cites itself (found by FuzzRichText): refused at the
    /// citation, and converted without recursing, the citation as text.
    @Test func footnoteCitingItselfEnds() throws {
        let source = try String(contentsOfFile: TestSupport.path("Tests/RaadsDocTests/Fixtures/fuzz/RichText/voetnoot-haalt-zichzelf-aan.md"), encoding: .utf8)
        let text = RichText(source, at: Self.origin)
        #expect(text.problems.map { "\($0.position) \($0.kind)" } == ["3:37 refused"])
        #expect(text.blocks() == [
            .paragraph(Paragraph(.body, [
                .text("Tekst"), .note([.text("Een noot die zichzelf aanhaalt[^1].", style: .footnote)]), .text("."),
            ])),
        ])
    }

    /// What the plain cmark parser produced before, for every construct
    /// RichText renders.
    @Test func richTextRendersTheConstructsItSupportedAsBefore() {
        let text = """
            Een *nadruk*, **vet** en [link](https://x.nl)\\
            op twee regels
            met `code` en <i>html</i>.

            ## Kop

            3. drie
            4. vier
               - diep

            > Citaat

                code 1
                code 2

            <div>blok</div>

            ***

            ![kaart](k.png)
            """
        let blocks = RichText(text, at: Self.origin).blocks()
        #expect(blocks == [
            .paragraph(Paragraph(.body, [
                .text("Een "), .emphasis([.text("nadruk")]), .text(", "), .strong([.text("vet")]), .text(" en "),
                .link(url: "https://x.nl", [.text("link")]), .lineBreak, .text("op twee regels met code en <i>html</i>."),
            ])),
            .paragraph(Paragraph(.body, [.strong([.text("Kop")])])),
            .list(ListBlock(.numbered(NumberFormat(.arabic, suffix: "."), start: 3), items: [
                ListItem([.text("drie")]),
                ListItem([.text("vier"), .list(ListBlock(.dash, items: [ListItem([.text("diep")])], isTight: true))]),
            ], isTight: true)),
            .text("Citaat"),
            .text("code 1"), .text("code 2"), .text(""),
            .text("<div>blok</div>"),
            // The picture is missing, which the checks refuse.
            .text("[kaart]"),
        ])
    }

    @Test func bareAddressesBecomeLinks() {
        #expect(RichText("Zie www.example.nl of mail info@example.nl.", at: Self.origin).inlines == [
            .text("Zie "), .link(url: "http://www.example.nl", [.text("www.example.nl")]), .text(" of mail "),
            .link(url: "mailto:info@example.nl", [.text("info@example.nl")]), .text("."),
        ])
    }

    /// The checker reports the new constructs at their place in the YAML file.
    @Test func theInputCheckReportsNewConstructsInTheFile() throws {
        let letter = """
            soort: brief
            datum: 2021-07-13
            geadresseerde: Gedeputeerde Staten
            onderwerp: Test
            aanhef: Geachte college,
            tekst: |
              Een ~~oude~~ zin[^x].

              | a | b |
              |---|---|

              - [x] klaar
            slot: Hoogachtend,
            ondertekening:
              namens: College van burgemeester en wethouders

            """
        let (document, _) = TestSupport.load(try TestSupport.writeInput(letter))
        let found = document.diagnostics.items.map { "\($0.code) \($0.position.line):\($0.position.column)" }
        #expect(found == ["RD-INVOER-023 7:19", "RD-INVOER-023 12:3"])
    }
}
