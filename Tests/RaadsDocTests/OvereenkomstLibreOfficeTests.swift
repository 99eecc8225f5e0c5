import Foundation
import Testing
import RaadsDoc

/// The numbers of articles, leden and onderdelen survive into LibreOffice's
/// PDF in every numbering style, and the seed agreement says what seed 001
/// says, word for word.
@Suite(.enabled(if: TestSupport.hasCommand("soffice") && TestSupport.hasCommand("pdftotext")))
struct OvereenkomstLibreOfficeTests {
    /// Per numbering style: the input and phrases that must stand in the
    /// PDF (pdftotext -layout keeps each label on its line), white space
    /// collapsed.
    static let expectations: [(style: Profile.NumberingStyle, input: String, phrases: [String])] = [
        (.vrij, OvereenkomstCompositionTests.seedAgreement,
         ["A. Overwegende dat:", "iv. een sterke en slagvaardige", "B. Gelet op:", "C. Komen als volgt overeen:",
          "Artikel 1 Begripsbepaling", "4. Plan van Aanpak: Een door de Colleges", "Artikel 4 Governance",
          "3. Er is een regionaal bestuurlijk overleg. a. Het regionaal bestuurlijk overleg bestaat",
          "5. Er is een programmamanager. a. De programmamanager werkt", "d. De programmamanager stuurt",
          "Artikel 5 Financiën 1. De deelnemende gemeenten", "Artikel 11 Citeertitel",
          "Aldus overeengekomen en in zesvoud ondertekend.", "3. Karakter van de samenwerking"]),
        (.aanwijzingen, OvereenkomstCompositionTests.seedAgreement,
         ["Artikel 1. Begripsbepaling In deze overeenkomst wordt verstaan onder: College:", "Artikel 4. Governance",
          "2°. betere sturing", "Artikel 5. Financiën De deelnemende gemeenten", "3. Een deelnemende gemeente kan besluiten",
          "b. Bij beëindiging van de samenwerking", "Deze overeenkomst wordt aangehaald als: Samenwerkingsovereenkomst Warmte Leidse regio."]),
        (.vlaams, "inputs/leidschendam-voorburg/intentieovereenkomst-buurtenergie.yaml",
         ["Art. 3. Inzet van de Gemeente De Gemeente: 1° betrekt de Coöperatie", "4° stelt voor de gesprekken, bedoeld in artikel 4, 2°,",
          "Art. 5. Overleg en evaluatie § 1. Partijen overleggen", "bedoeld in artikel 5, § 1, dat Partijen",
          "Aldus overeengekomen en in tweevoud ondertekend te Leidschendam op 20 februari 2025."]),
    ]

    @Test func numbersSurviveIntoThePDFInEveryStyle() throws {
        let directory = try TestSupport.temporaryDirectory()
        var odts: [String] = []
        for (style, input, _) in Self.expectations {
            let workspace = Workspace(numberingOverride: style)
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

/// The rendered seed agreement against seed 001, with the shared fidelity
/// tool: coverage ≥ 0.97 and similarity ≥ 0.90.
@Suite(.enabled(if: SharedMaterial.available && TestSupport.hasCommand("python3")))
struct OvereenkomstFidelityTests {
    @Test func theSeedAgreementSaysWhatTheSeedSays() throws {
        let odt = try TestSupport.temporaryDirectory() + "/samenwerkingsovereenkomst-warmte.odt"
        try FileSystem.writeAtomically(try TestSupport.render(TestSupport.path(OvereenkomstCompositionTests.seedAgreement)), to: odt)
        let result = try TestSupport.run("python3", [SharedMaterial.fidelityTool, odt, SharedMaterial.seed001, "--from", "Samenwerkingsovereenkomst Warmte Leidse regio",
                                                     "--to", "Plan van aanpak Warmte Leidse regio"])
        #expect(result.status == 0)
        let coverage = try #require(Self.figure("coverage", in: result.output), "geen coverage in: \(result.output)")
        let similarity = try #require(Self.figure("similarity", in: result.output), "geen similarity in: \(result.output)")
        #expect(coverage >= 0.97, "coverage \(coverage)")
        #expect(similarity >= 0.90, "similarity \(similarity)")
    }

    /// The number after `name` in "coverage 0.9996, similarity 0.9620".
    static func figure(_ name: String, in output: String) -> Double? {
        guard let range = output.range(of: name + " ") else { return nil }
        return Double(output[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}

/// The read-only material shared by the project's sessions; present on the
/// development machine, not in a fresh clone.
enum SharedMaterial {
    static let fidelityTool = "/work/shared/tools/fidelity.py"
    static let seed001 = "/work/shared/seeds/001_a8782cc085f69468.txt"

    static var available: Bool {
        FileManager.default.fileExists(atPath: fidelityTool) && FileManager.default.fileExists(atPath: seed001)
    }
}
