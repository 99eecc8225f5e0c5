import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The numbers of articles, leden and onderdelen survive into LibreOffice's
/// PDF in every numbering style, and the seed agreement says what seed 001
/// says, word for word.
@Suite(.enabled(if: try Tool.require(.soffice, .pdftotext)))
struct OvereenkomstLibreOfficeTests {
    /// Per numbering style: the input and phrases that must stand in the
    /// PDF (pdftotext -layout keeps each label on its line), white space
    /// collapsed.
    static let expectations: [(style: Overeenkomst.NumberingStyle, input: String, phrases: [String])] = [
        (.vrij, OvereenkomstCompositionTests.seedAgreement,
         ["A. Overwegende dat:", "iv. een sterke en slagvaardige", "B. Gelet op:", "C. Komen als volgt overeen:",
          "Artikel 1 Begripsbepaling", "4. Plan van Aanpak: Een door de Colleges", "Artikel 4 Governance",
          "3. Er is een regionaal bestuurlijk overleg. a. Het regionaal bestuurlijk overleg bestaat",
          "5. Er is een programmamanager.", "a. De programmamanager werkt", "d. De programmamanager stuurt",
          "Artikel 5 Financiën 1. De deelnemende gemeenten", "Artikel 11 Citeertitel",
          "Aldus overeengekomen en in zesvoud ondertekend.", "3. Karakter van de samenwerking"]),
        (.aanwijzingen, OvereenkomstCompositionTests.seedAgreement,
         ["Artikel 1. Begripsbepaling In deze overeenkomst wordt verstaan onder: College:", "Artikel 4. Governance",
          "2°. betere sturing", "Artikel 5. Financiën De deelnemende gemeenten", "3. Een deelnemende gemeente kan besluiten",
          "b. Bij beëindiging van de samenwerking", "Deze overeenkomst wordt aangehaald als: Samenwerkingsovereenkomst Warmte Leidse regio."]),
        (.vlaams, "inputs/leidschendam-voorburg/intentieovereenkomst-buurtenergie.yaml",
         ["Art. 3. Inzet van de Gemeente De Gemeente: 1° betrekt de Coöperatie", "4° stelt voor de gesprekken, bedoeld in artikel 4, 2°,",
          "Art. 5. Overleg en evaluatie § 1. Partijen overleggen", "bedoeld in de artikelen 3 en 4.",
          // Inside artikel 5 its own paragraaf is cited without the article (issue 15, item 7).
          "bedoeld in § 1, dat Partijen",
          "Aldus overeengekomen en in tweevoud ondertekend te Leidschendam op 20 februari 2025."]),
    ]

    @Test func numbersSurviveIntoThePDFInEveryStyle() throws {
        let directory = try TestSupport.temporaryDirectory()
        var odts: [String] = []
        for (style, input, _) in Self.expectations {
            let workspace = Workspace(runSettings: [Overeenkomst.NumberingStyle.settingName: style.rawValue])
            let document = workspace.load(TestSupport.path(input))
            let target = "\(directory)/\(style.rawValue).odt"
            try FileSystem.writeAtomically(try Renderer().odt(document, workspace: workspace), to: target)
            odts.append(target)
        }
        let conversion = try TestSupport.run("soffice", ["--headless", "-env:UserInstallation=file://\(directory)/lo-profiel",
                                                         "--convert-to", "pdf", "--outdir", directory] + odts)
        #expect(conversion.status == 0)
        for (style, _, phrases) in Self.expectations {
            let pdf = "\(directory)/\(style.rawValue).pdf"
            let text = TestSupport.flattened(try TestSupport.run("pdftotext", ["-layout", pdf, "-"]).output)
            for phrase in phrases {
                let found = text.contains(phrase)
                #expect(found, "\(style): '\(phrase)' ontbreekt in de PDF")
            }
        }
    }
}
