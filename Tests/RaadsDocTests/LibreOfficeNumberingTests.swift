import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// LibreOffice numbers the articles, leden and onderdelen of an agreement
/// itself: an article inserted before the second one makes it the second
/// and renumbers the rest. Every part is a bookmark a reference can point
/// at. Read through python3-uno (Scripts/libreoffice_numbering.py).
@Suite(.enabled(if: try Tool.require(.soffice, .pythonUNO, .pdftotext)))
struct LibreOfficeNumberingTests {
    struct Report: Decodable {
        struct Inserted: Decodable {
            let labels: [[String]]
            let references: [[String]]
        }

        struct References: Decodable {
            let stored: [[String]]
            let updated: [[String]]
        }

        let labels: [[String]]
        let bookmarks: [String]
        let references: References
        let inserted: Inserted
    }

    static let agreement = "inputs/leidschendam-voorburg/intentieovereenkomst-buurtenergie.yaml"

    /// What LibreOffice reports on the agreement rendered in `style`.
    static func report(_ input: String, style: Overeenkomst.NumberingStyle) throws -> Report {
        let directory = try TestSupport.temporaryDirectory()
        let workspace = Workspace(runSettings: [Overeenkomst.NumberingStyle.settingName: style.rawValue])
        let document = workspace.load(TestSupport.path(input))
        let odt = directory + "/overeenkomst.odt"
        try FileSystem.writeAtomically(try Renderer().odt(document, workspace: workspace), to: odt)
        return try report(odt: odt, in: directory)
    }

    /// What LibreOffice reports on the document at `odt`.
    static func report(odt: String, in directory: String) throws -> Report {
        let result = try TestSupport.run("/usr/bin/python3", [TestSupport.path("Tests/RaadsDocTests/Scripts/libreoffice_numbering.py"),
                                                              odt, directory + "/lo-profiel"])
        #expect(result.status == 0, "\(result.output)")
        let line = result.output.split(separator: "\n").last { $0.hasPrefix("{") } ?? ""
        return try JSONDecoder().decode(Report.self, from: Data(line.utf8))
    }

    static func articleLabels(_ labels: [[String]]) -> [String] {
        labels.compactMap { $0.first }.filter { $0.hasPrefix("Art") }
    }

    @Test func anInsertedArticleRenumbersTheOnesAfterIt() throws {
        let report = try Self.report(Self.agreement, style: .aanwijzingen)
        let before = Self.articleLabels(report.labels)
        #expect(before.count == 8)
        #expect(before == (1...before.count).map { "Artikel \($0)." })
        #expect(report.labels.contains(["Artikel 2.", "Gezamenlijk doel"]))
        #expect(report.labels.contains(["A.", "Overwegende dat:"]))
        let after = Self.articleLabels(report.inserted.labels)
        #expect(after == (1...before.count + 1).map { "Artikel \($0)." })
        #expect(report.inserted.labels.contains(["Artikel 2.", "Nieuw artikel"]))
        #expect(report.inserted.labels.contains(["Artikel 3.", "Gezamenlijk doel"]))
    }

    /// After LibreOffice updates every field, each live number in a
    /// citation reads as raadsdoc wrote it, in every numbering style.
    @Test(arguments: [(Overeenkomst.NumberingStyle.aanwijzingen, agreement), (.vlaams, agreement),
                      (.vrij, OvereenkomstCompositionTests.seedAgreement)])
    func referencesReadTheSameAfterLibreOfficeUpdatesThem(_ style: Overeenkomst.NumberingStyle, _ input: String) throws {
        let report = try Self.report(input, style: style)
        #expect(!report.references.stored.isEmpty)
        #expect(report.references.updated == report.references.stored)
        for reference in report.references.stored {
            #expect(report.bookmarks.contains(reference[0]), "\(reference[0]) wijst nergens heen")
        }
    }

    @Test func everyArticleLidAndOnderdeelIsABookmark() throws {
        let report = try Self.report(Self.agreement, style: .vlaams)
        for name in ["deel-A", "deel-B", "art-1", "art-2-lid-1", "art-3-ond-4", "art-8"] {
            #expect(report.bookmarks.contains(name), "\(name) ontbreekt")
        }
        #expect(Set(report.bookmarks).count == report.bookmarks.count)
    }

    /// The PDF step fills in the page numbers of the table of contents,
    /// and the PDF is tagged with bookmarks from the headings.
    @Test func thePDFHasATableOfContentsWithPageNumbers() throws {
        let directory = try TestSupport.temporaryDirectory()
        let odt = directory + "/plan.odt"
        try FileSystem.writeAtomically(try TestSupport.render(TestSupport.path("inputs/leidse-regio/plan-van-aanpak-warmte.yaml")), to: odt)
        #expect(try TestSupport.text(of: FileSystem.read(odt)).contains("Inhoud\n1. Inleiding\n"))
        let converter = try PDFConverter.make(format: .pdfa, jobs: 1).get()
        #expect(converter.updatesIndexes)
        #expect(converter.convert([PDFConverter.Job(odt: odt, pdf: directory + "/plan.pdf")], workDirectory: directory).isEmpty)
        let text = try TestSupport.run("pdftotext", ["-layout", directory + "/plan.pdf", "-"]).output
        let entry = text.split(separator: "\n").first { $0.hasPrefix("1. Inleiding ") }
        #expect(entry?.split(separator: " ").last == "1", "\(entry ?? "geen regel '1. Inleiding'")")
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("6. Begroting ") && $0.last?.isNumber == true })
        let info = try TestSupport.run("pdfinfo", [directory + "/plan.pdf"]).output
        #expect(info.contains("Tagged:          yes"))
        let bytes = try FileSystem.read(directory + "/plan.pdf")
        #expect(String(decoding: bytes, as: UTF8.self).contains("/Outlines"))
    }
}
