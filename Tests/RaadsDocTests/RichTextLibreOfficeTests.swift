import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF
@testable import RaadsDocPipeline
import ZipSupport

/// LibreOffice opens a letter whose text holds a table, a footnote, a
/// nested list and a picture with caption, and keeps all of them in the PDF.
@Suite(.enabled(if: try Tool.require(.soffice, .pdftotext)))
struct RichTextLibreOfficeTests {
    static let letter = """
        soort: brief
        datum: 2021-07-13
        geadresseerde: Gedeputeerde Staten
        onderwerp: Rijke tekst
        aanhef: Geachte college,
        tekst: |
          Wij steunen het plan[^1] en noemen ~~twee~~ drie posten.

          | Post | Bedrag |
          |:-----|-------:|
          | Grond | € 2.000 |
          | **Bouw** | € 15.000 |

          - eerste punt
            - genest punt
          - tweede punt

          ![Kaart van het plangebied](kaart.png "Ligging van het plangebied")

          [^1]: Zie het ontwerp van 12 mei 2021.
        slot: Hoogachtend,
        ondertekening:
          namens: College van burgemeester en wethouders

        """

    @Test func aLetterWithRichTextKeepsEveryPartInThePDF() throws {
        let picture = try FileSystem.read(TestSupport.path("Tests/RaadsDocTests/Fixtures/afbeeldingen/kaart.png"))
        let input = try TestSupport.writeInput(Self.letter, name: "rijk.yaml", beside: ["kaart.png": picture])
        let odt = try TestSupport.render(input)
        #expect(PackageVerifier.problems(in: odt) == [])
        let directory = PathName.directory(of: input)
        try FileSystem.writeAtomically(odt, to: directory + "/rijk.odt")
        let conversion = try TestSupport.run("soffice", ["--headless", "-env:UserInstallation=file://" + directory + "/lo-profiel",
                                                         "--convert-to", "pdf", "--outdir", directory, directory + "/rijk.odt"])
        #expect(conversion.status == 0)
        let pdf = directory + "/rijk.pdf"
        let text = TestSupport.flattened(try TestSupport.run("pdftotext", [pdf, "-"]).output)
        for phrase in ["Wij steunen het plan1 en noemen twee drie posten.", "€ 2.000", "€ 15.000", "genest punt", "tweede punt",
                       "Figuur 1: Ligging van het plangebied", "1 Zie het ontwerp van 12 mei 2021."] {
            #expect(text.contains(phrase), "\(phrase) ontbreekt in: \(text)")
        }
        let images = try TestSupport.run("pdfimages", ["-list", pdf]).output
        #expect(images.split(separator: "\n").count == 3, "\(images)")
    }
}

/// A picture is a source of the document: changing it makes the document
/// again in a batch that skips unchanged ones.
@Suite struct PictureSourceTests {
    @Test func aChangedPictureMakesTheDocumentAgain() throws {
        let picture = try FileSystem.read(TestSupport.path("Tests/RaadsDocTests/Fixtures/afbeeldingen/kaart.png"))
        let input = try TestSupport.writeInput(RichTextLibreOfficeTests.letter, name: "rijk.yaml", beside: ["kaart.png": picture])
        let options = BatchOptions(outputDirectory: try TestSupport.temporaryDirectory(), jobs: 1, onlyChanged: true)
        #expect(BatchRunner(options: options).run([input]) { _, _, _ in }.items.map(\.status) == [.gemaakt])
        #expect(BatchRunner(options: options).run([input]) { _, _, _ in }.items.map(\.status) == [.ongewijzigd])
        var changed = picture
        changed[changed.count - 13] ^= 1
        try FileSystem.writeAtomically(changed, to: PathName.directory(of: input) + "/kaart.png")
        #expect(BatchRunner(options: options).run([input]) { _, _, _ in }.items.map(\.status) == [.gemaakt])
    }
}

/// In a house-style template that brings pictures of its own, the figures'
/// pictures join them in the package and the manifest.
@Suite struct TemplatePictureTests {
    @Test func aFigureInATemplatedLetterIsListedBesideTheTemplatesPictures() throws {
        let picture = try FileSystem.read(TestSupport.path("Tests/RaadsDocTests/Fixtures/afbeeldingen/kaart.png"))
        let profile = "gemeente: Voorbeeldstad\nsjabloon: \(TestSupport.path("templates/voorbeeldgemeente/brief.ott"))\n"
        let input = try TestSupport.writeInput(RichTextLibreOfficeTests.letter, name: "rijk.yaml", profile: profile,
                                               beside: ["kaart.png": picture])
        let odt = try TestSupport.render(input)
        #expect(PackageVerifier.problems(in: odt) == [])
        let names = try ZipArchiveReader(bytes: odt).entries.map(\.name)
        let pictures = names.filter { $0.hasPrefix("Pictures/") }
        #expect(pictures.count == 2, "\(names)")
        #expect(Set(names).count == names.count)
        let manifest = String(decoding: try TestSupport.part("META-INF/manifest.xml", of: odt), as: UTF8.self)
        for path in pictures { #expect(manifest.contains("manifest:full-path=\"\(path)\"")) }
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        #expect(content.contains("<text:sequence "))
    }
}
