import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// LibreOffice opens every kind in every shipped house style, and what the
/// fields hold (in the text, the letterhead, the header and the footer)
/// ends up in the PDF. Runs where soffice and pdftotext are installed.
@Suite(.enabled(if: try Tool.require(.soffice, .pdftotext)))
struct TemplateRoundTripTests {
    struct Rendered {
        let name: String
        let expected: [String]
    }

    @Test func everyKindInEveryShippedStyleConvertsToPDFWithItsFields() throws {
        let directory = try TestSupport.temporaryDirectory()
        var rendered: [Rendered] = []
        for (index, testCase) in ShippedTemplateTests.cases.enumerated() {
            let input = try ShippedTemplateTests.input(testCase)
            let (document, workspace) = TestSupport.load(input)
            let tree = try #require(workspace.compose(document))
            let template = try #require(workspace.template(for: document))
            let name = "document-\(index)"
            try FileSystem.writeAtomically(try Renderer().odt(document, workspace: workspace), to: "\(directory)/\(name).odt")
            // The standard template's letterhead page (postal and visiting
            // address, contact) is started by letters only.
            let onLetterheadOnly = testCase.template.hasSuffix("standaard/standaard.ott") && tree.page.letterhead == nil
                ? ["postadres", "bezoekadres", "contact"] : []
            let fields = template.fieldNames.filter { !onLetterheadOnly.contains($0) }.compactMap { tree.fields[$0] }.filter { !$0.isEmpty }
            #expect(template.fieldNames.contains("organisatie"), "\(testCase.template) toont de organisatie niet")
            rendered.append(Rendered(name: name, expected: fields + [Self.firstSentence(of: tree)].compactMap { $0 }))
        }
        let path = TemplateFixtures.fixture("gesplitst.ott")
        let split = try TemplateFixtures.letter(using: Array(try FileSystem.read(path)))
        try FileSystem.writeAtomically(try TestSupport.render(split), to: "\(directory)/gesplitst.odt")
        rendered.append(Rendered(name: "gesplitst", expected: ["Kop: Gemeente Proefstad", "Voet: Proef met een sjabloon",
                                                                "Onderwerp: Proef met een sjabloon"]))

        let conversion = try TestSupport.run("soffice", ["--headless", "-env:UserInstallation=file://\(directory)/lo-profiel",
                                                         "--convert-to", "pdf", "--outdir", directory]
                                                        + rendered.map { "\(directory)/\($0.name).odt" })
        #expect(conversion.status == 0)
        for document in rendered {
            let pdf = "\(directory)/\(document.name).pdf"
            #expect(FileManager.default.fileExists(atPath: pdf), "\(pdf) is niet gemaakt")
            let text = try TestSupport.run("pdftotext", [pdf, "-"]).output.filter { !$0.isWhitespace }
            for phrase in document.expected {
                #expect(text.contains(phrase.filter { !$0.isWhitespace }), "'\(phrase)' ontbreekt in \(document.name).pdf")
            }
        }
    }

    /// The text of the first paragraph of the body.
    static func firstSentence(of document: Document) -> String? {
        for block in document.body {
            if case .paragraph(let paragraph) = block {
                return paragraph.content.plainText
            }
        }
        return nil
    }
}
