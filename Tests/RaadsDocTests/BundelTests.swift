import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import XMLSupport

/// The seed 001 bundle (`render --bundel`): each bijlage a part with its
/// label and title, bijlagen of a bijlage numbered within it, a table of
/// contents, a page style per part with its own header, and in the PDF
/// the running page numbers beside each part's own position.
@Suite struct BundelTests {
    static let input = "inputs/leidse-regio/raadsmededeling-warmte.yaml"

    /// The bundle's .odt: in the profile's template (standaard.ott), or
    /// with `builtIn` in the built-in house style.
    static func bundle(builtIn: Bool = false) throws -> [UInt8] {
        let (document, workspace) = TestSupport.load(TestSupport.path(input))
        guard !document.diagnostics.hasErrors else { throw TestFailure("\(input) heeft fouten") }
        if builtIn {
            let tree = try #require(workspace.compose(document, bundle: true))
            return try ODFWriter(styles: KindRegistry.styles).odt(tree)
        }
        return try Renderer().odt(document, workspace: workspace, bundle: true)
    }

    static func xml(_ part: String, _ odt: [UInt8]) throws -> String {
        String(decoding: try TestSupport.part(part, of: odt), as: UTF8.self)
    }

    @Test(arguments: [false, true])
    func bundleIsValidODF(builtIn: Bool) throws {
        #expect(PackageVerifier.problems(in: try Self.bundle(builtIn: builtIn)) == [])
    }

    @Test func eachBijlageOpensWithItsLabelAndTitle() throws {
        let text = try TestSupport.text(of: try Self.bundle())
        for (number, title) in [(1, "Samenwerkingsovereenkomst Warmte Leidse regio"), (2, "Plan van aanpak Warmte Leidse regio"),
                                (3, "Antwoordbrief PIP WLQ+")] {
            #expect(text.contains("Bijlage \(number) bij raadsmededeling RM-2021-WLR-01\n\(title)\n"), "bijlage \(number)")
        }
    }

    @Test func bijlagenOfABijlageAreNumberedWithinIt() throws {
        let text = try TestSupport.text(of: try Self.bundle())
        #expect(text.contains("Bijlage 2.1. Notitie keuze voor een open regionaal energiesysteem"))
        #expect(text.contains("Bijlage 2.2. Indicatie van inspanningen per werkstroom"))
        #expect(!text.contains("Bijlage 1. Notitie"))
        // The plan's own text says "bijlage 1"; the label says which that is.
        #expect(text.contains("Bijlage 1 bij Plan van aanpak Warmte Leidse regio\nBijlage 2.1. Notitie keuze"))
        // The plan alone keeps its own numbers, and needs no label.
        let plan = try TestSupport.text(of: try TestSupport.render(TestSupport.path("inputs/leidse-regio/plan-van-aanpak-warmte.yaml")))
        #expect(plan.contains("Bijlage 1. Notitie keuze"))
        #expect(!plan.contains("bij Plan van aanpak"))
    }

    @Test func bundleHasATableOfContentsListingEachPart() throws {
        let content = try Self.xml("content.xml", try Self.bundle())
        #expect(content.components(separatedBy: "<text:table-of-content ").count == 2, "één inhoudsopgave, die van de bundel")
        #expect(content.contains(">Inhoud van deze bundel<"))
        for title in ["Samenwerkingsovereenkomst Warmte Leidse regio", "Plan van aanpak Warmte Leidse regio", "Antwoordbrief PIP WLQ+"] {
            #expect(content.contains("Inhoudsopgave_20_1\">\(title)<"), "\(title) in de inhoudsopgave")
        }
    }

    /// Each part's title is a level-1 heading, the letter's too; the
    /// headings never skip a level.
    @Test func eachPartTitleIsTheOnlyLevelOneHeadingOfItsPart() throws {
        let root = try XMLTree.parse(try TestSupport.part("content.xml", of: try Self.bundle()), name: "content.xml").get()
        var levels: [(Int, String)] = []
        func text(_ element: XMLElement) -> String {
            element.children.map { child in
                switch child {
                case .text(let text): text
                case .element(let inner): text(inner)
                }
            }.joined()
        }
        func walk(_ element: XMLElement) {
            if element.name == "text:h", let level = element.attribute("text:outline-level").flatMap(Int.init) {
                levels.append((level, TestSupport.flattened(text(element))))
            }
            for case .element(let child) in element.children { walk(child) }
        }
        walk(root)
        #expect(levels.filter { $0.0 == 1 }.map(\.1) == ["Raadsmededeling", "Samenwerkingsovereenkomst Warmte Leidse regio",
                                                         "Plan van aanpak Warmte Leidse regio", "Antwoordbrief PIP WLQ+"])
        var previous = 0
        for (level, text) in levels {
            #expect(level <= previous + 1, "\(text) slaat een niveau over")
            previous = level
        }
    }

    /// A page style per part, started by the part's first paragraph, with
    /// the part's own running header: the agreement's title, not the
    /// municipality of the letter.
    @Test(arguments: [false, true])
    func eachPartHasItsOwnPageStyleAndHeader(builtIn: Bool) throws {
        let odt = try Self.bundle(builtIn: builtIn)
        let styles = try Self.xml("styles.xml", odt)
        let content = try Self.xml("content.xml", odt)
        for number in 1...3 {
            #expect(styles.contains("style:name=\"Deel\(number)\" style:display-name=\"Bijlage \(number)\""))
            #expect(content.contains("style:master-page-name=\"Deel\(number)\""))
            #expect(content.contains("text:name=\"Deel\(number)Paginas\""))
        }
        #expect(styles.contains(">Samenwerkingsovereenkomst Warmte Leidse regio — Bijlage 1<"))
        #expect(styles.contains(">Gemeente Voorschoten — Bijlage 3<"))
        #expect(styles.contains("text:condition=\"ooow:Deel2Paginas == 0\""))
    }

    /// A letter without --bundel has no parts: no page styles of parts, no
    /// fields, no table of contents.
    @Test func letterWithoutBundleHasNoParts() throws {
        let odt = try TestSupport.render(TestSupport.path(Self.input))
        #expect(!(try Self.xml("styles.xml", odt)).contains("Deel1"))
        let content = try Self.xml("content.xml", odt)
        #expect(!content.contains("user-field-decl"))
        #expect(!content.contains("table-of-content"))
    }

    /// Through LibreOffice (the PDF step): the labels, the table of
    /// contents with page numbers, and on every page of a part its own
    /// position, counting 1 to the part's page count, next to the
    /// running page number.
    @Test(.enabled(if: try Tool.require(.soffice, .pdftotext, .pythonUNO)))
    func pdfShowsLabelsContentsAndEachPartsOwnPages() throws {
        let directory = try TestSupport.temporaryDirectory()
        let odt = directory + "/bundel.odt"
        let pdf = directory + "/bundel.pdf"
        try FileSystem.writeAtomically(try Self.bundle(), to: odt)
        let converter = try PDFConverter.make(format: .pdf, jobs: 1).get()
        #expect(converter.updatesIndexes)
        #expect(converter.convert([PDFConverter.Job(odt: odt, pdf: pdf)], workDirectory: directory).isEmpty)
        let pages = try (1...200).lazy.map { page -> String? in
            let result = try TestSupport.run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf, "-"])
            return result.status == 0 ? result.output : nil
        }.prefix { $0 != nil }.compactMap { $0 }
        let count = pages.count
        #expect(count > 20)
        let all = TestSupport.flattened(pages.joined(separator: "\n"))
        #expect(all.contains("Bijlage 2 bij raadsmededeling RM-2021-WLR-01"))
        #expect(all.contains("Inhoud van deze bundel"))
        #expect(all.range(of: #"Plan van aanpak Warmte Leidse regio \d+ 1\. Inleiding \d+"#, options: .regularExpression) != nil,
                "de inhoudsopgave heeft paginanummers")
        var positions: [Int: [(page: Int, of: Int)]] = [:]
        for (index, page) in pages.enumerated() {
            let text = TestSupport.flattened(page)
            #expect(text.contains("Pagina \(index + 1) van \(count)"), "pagina \(index + 1)")
            if let match = text.firstMatch(of: /Bijlage (\d), pagina (\d+) van (\d+)/),
               let part = Int(match.1), let own = Int(match.2), let total = Int(match.3) {
                positions[part, default: []].append((own, total))
            }
            if text.contains("Bijlage 1, pagina") {
                #expect(text.hasPrefix("Samenwerkingsovereenkomst Warmte Leidse regio — Bijlage 1"), "kop van pagina \(index + 1)")
            }
        }
        #expect(positions.keys.sorted() == [1, 2, 3])
        for (part, seen) in positions {
            #expect(seen.map(\.page) == Array(1...seen.count), "bijlage \(part) telt zijn eigen pagina's")
            #expect(seen.allSatisfy { $0.of == seen.count }, "bijlage \(part) noemt zijn eigen aantal pagina's")
        }
    }

    /// The ODT as raadsdoc writes it, converted by LibreOffice without the
    /// PDF step's layout pass: the parts' own positions, which only that
    /// pass knows, stay hidden instead of showing a wrong number; the
    /// running page numbers are there.
    @Test(.enabled(if: try Tool.require(.soffice, .pdftotext)))
    func withoutTheLayoutPassNoPartShowsAWrongPosition() throws {
        let directory = try TestSupport.temporaryDirectory()
        try FileSystem.writeAtomically(try Self.bundle(), to: directory + "/bundel.odt")
        let conversion = try TestSupport.run("soffice", ["--headless", "-env:UserInstallation=file://\(directory)/lo-profiel",
                                                         "--convert-to", "pdf", "--outdir", directory, directory + "/bundel.odt"])
        #expect(conversion.status == 0)
        let text = TestSupport.flattened(try TestSupport.run("pdftotext", [directory + "/bundel.pdf", "-"]).output)
        #expect(text.contains("Samenwerkingsovereenkomst Warmte Leidse regio — Bijlage 1"))
        #expect(text.contains("Pagina 12 van"))
        #expect(!text.contains(", pagina "))
    }
}
