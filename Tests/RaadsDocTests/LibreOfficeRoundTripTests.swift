import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// LibreOffice opens what raadsdoc writes, and the words survive into the
/// PDF. Runs where soffice and pdftotext are installed (`make test`
/// installs them).
@Suite(.enabled(if: try Tool.require(.soffice, .pdftotext)))
struct LibreOfficeRoundTripTests {
    /// Expected phrases per example letter: onderwerp, a sentence of the body,
    /// and the signatories.
    static let expectations: [(input: String, phrases: [String])] = [
        ("inputs/leidse-regio/raadsmededeling-warmte.yaml",
         ["Samenwerking warmtetransitie Leidse regio", "Wij zullen u na het zomerreces nader informeren over de voortgang.",
          "A. R. de Graaf", "drs. N. Stemerdink"]),
        ("inputs/leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord.yaml",
         ["Opbrengst verkenning en proces Lokaal Klimaatakkoord", "Een Klimaatakkoord is een containerbegrip.",
          "R.J. den Haan", "M.W. Vroom"]),
        ("inputs/leidse-regio/antwoordbrief-pip-wlq.yaml",
         ["steun ten behoeve van PIP WLQ+", "Hartelijk dank voor uw brief", "College van B&W"]),
    ]

    @Test func lettersConvertToPDFWithTheirText() throws {
        let directory = try TestSupport.temporaryDirectory()
        var odts: [String] = []
        for (input, _) in Self.expectations {
            let target = directory + "/" + PathName.stem(of: input) + ".odt"
            try FileSystem.writeAtomically(try TestSupport.render(TestSupport.path(input)), to: target)
            odts.append(target)
        }
        let profile = "file://" + directory + "/lo-profiel"
        let conversion = try TestSupport.run("soffice", ["--headless", "-env:UserInstallation=" + profile,
                                                         "--convert-to", "pdf", "--outdir", directory] + odts)
        #expect(conversion.status == 0)
        for (input, phrases) in Self.expectations {
            let pdf = directory + "/" + PathName.stem(of: input) + ".pdf"
            #expect(FileManager.default.fileExists(atPath: pdf), "\(pdf) is niet gemaakt")
            let text = TestSupport.flattened(try TestSupport.run("pdftotext", [pdf, "-"]).output)
            for phrase in phrases {
                #expect(text.contains(phrase), "\(phrase) ontbreekt in de PDF van \(input)")
            }
        }
    }

    /// In the Flemish house-style template the article headings keep the
    /// labels LibreOffice numbers: the template's "Kop N" styles derive
    /// from LibreOffice's "Heading N", so they do not claim the outline
    /// level the article style stands at (before, "Art. 1." vanished).
    @Test func articlesKeepTheirLabelsInTheFlemishTemplate() throws {
        let directory = try TestSupport.temporaryDirectory()
        let input = "inputs/vlaamse-centrumsteden/samenwerkingsovereenkomst-stuurgroep.yaml"
        let odt = directory + "/overeenkomst.odt"
        try FileSystem.writeAtomically(try TestSupport.render(TestSupport.path(input)), to: odt)
        let content = String(decoding: try TestSupport.part("content.xml", of: try FileSystem.read(odt)), as: UTF8.self)
        #expect(content.contains("rdLijst"), "rendered in the vlaamse-stad template")
        let profile = "file://" + directory + "/lo-profiel"
        let conversion = try TestSupport.run("soffice", ["--headless", "-env:UserInstallation=" + profile,
                                                         "--convert-to", "pdf", "--outdir", directory, odt])
        #expect(conversion.status == 0)
        let text = TestSupport.flattened(try TestSupport.run("pdftotext", [directory + "/overeenkomst.pdf", "-"]).output)
        #expect(text.contains("Art. 1. Begripsbepalingen"))
        #expect(text.contains("Art. 2. Stuurgroep"))
    }
}
