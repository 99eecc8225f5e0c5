import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The documents rebuilt from the seeds say what the seeds say, word for
/// word, measured with the project's shared fidelity tool: coverage (the
/// seed's words found in order) and similarity (little else added). It
/// reads the PDF LibreOffice makes, since LibreOffice puts in the numbers
/// of lists and headings.
@Suite(.enabled(if: try Tool.require(.sharedMaterial, .python3, .soffice, .pdftotext)))
struct FidelityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let seed: String
        let from: String?
        let to: String?
        let coverage: Double
        let similarity: Double
        var bundle = false

        var testDescription: String { PathName.stem(of: input) + (bundle ? " (bundel)" : "") }
    }

    static let seed000 = "000_38bd55b131a6ee48.txt"
    static let seed001 = "001_a8782cc085f69468.txt"

    static let cases: [Case] = [
        Case(input: "inputs/leidse-regio/raadsmededeling-warmte.yaml", seed: seed001,
             from: nil, to: "Samenwerkingsovereenkomst Warmte", coverage: 0.97, similarity: 0.90),
        // The seed's five links are footnotes on the options they support
        // (issue 13); all four options and their notes stay on page 1, as in
        // the seed, so pdftotext reads the notes where the seed has them.
        Case(input: "inputs/leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord.yaml", seed: seed000,
             from: nil, to: nil, coverage: 0.97, similarity: 0.90),
        Case(input: "inputs/leidse-regio/antwoordbrief-pip-wlq.yaml", seed: seed001,
             from: "Antwoordbrief PIP WLQ+", to: nil, coverage: 0.97, similarity: 0.90),
        Case(input: "inputs/leidse-regio/samenwerkingsovereenkomst-warmte.yaml", seed: seed001,
             from: "Samenwerkingsovereenkomst Warmte Leidse regio", to: "Plan van aanpak Warmte Leidse regio",
             coverage: 0.97, similarity: 0.90),
        Case(input: "inputs/leidse-regio/plan-van-aanpak-warmte.yaml", seed: seed001,
             from: "Plan van aanpak Warmte Leidse regio", to: "Antwoordbrief PIP WLQ+", coverage: 0.95, similarity: 0.90),
        Case(input: "inputs/leidse-regio/raadsmededeling-warmte.yaml", seed: seed001,
             from: nil, to: nil, coverage: 0.95, similarity: 0, bundle: true),
    ]

    @Test(arguments: cases)
    func renderedDocumentMatchesItsSeed(_ test: Case) throws {
        let (document, workspace) = TestSupport.load(TestSupport.path(test.input))
        #expect(!document.diagnostics.hasErrors)
        let odt = try TestSupport.temporaryDirectory() + "/" + PathName.stem(of: test.input) + ".odt"
        try FileSystem.writeAtomically(try Renderer().odt(document, workspace: workspace, bundle: test.bundle), to: odt)
        let pdf = odt.replacing(".odt", with: ".pdf")
        let converter = try PDFConverter.make(format: .pdf, jobs: 1).get()
        #expect(converter.convert([PDFConverter.Job(odt: odt, pdf: pdf)], workDirectory: PathName.directory(of: odt)).isEmpty)
        var arguments = [SharedMaterial.fidelityTool, pdf, SharedMaterial.seed(test.seed)]
        if let from = test.from { arguments += ["--from", from] }
        if let to = test.to { arguments += ["--to", to] }
        let result = try TestSupport.run("python3", arguments)
        #expect(result.status == 0)
        let coverage = try #require(Self.figure("coverage", in: result.output), "geen coverage in: \(result.output)")
        let similarity = try #require(Self.figure("similarity", in: result.output), "geen similarity in: \(result.output)")
        #expect(coverage >= test.coverage, "\(result.output)")
        #expect(similarity >= test.similarity, "\(result.output)")
    }

    /// The seed plan, rebuilt with `render --pdf`, says nothing the seed
    /// does not: every sentence of five words or more is in the seed, word
    /// for word (a year raadsdoc writes out in a timing aside, since dates
    /// are written in full), and there is no rapportagekalender.
    @Test func theRebuiltPlanHasNoSentenceTheSeedLacks() throws {
        let folder = try TestSupport.temporaryDirectory()
        let run = try CommandLineTests.raadsdoc("render", TestSupport.path("inputs/leidse-regio/plan-van-aanpak-warmte.yaml"),
                                                "--pdf", "--uit", folder)
        #expect(run.status == 0, "\(run.errors)")
        let pdf = folder + "/plan-van-aanpak-warmte.pdf"
        #expect(run.output.contains(pdf))
        let printed = try TestSupport.run("pdftotext", [pdf, "-"]).output
        #expect(printed.contains("Begroting"))
        #expect(!printed.contains("Rapportagekalender"))
        #expect(!printed.contains("onvoorziene kosten per post"))
        let text = try TestSupport.text(of: try FileSystem.read(folder + "/plan-van-aanpak-warmte.odt"))
        let seed = try String(contentsOfFile: SharedMaterial.seed(Self.seed001), encoding: .utf8)
        let seedWords = " " + Self.words(seed).joined(separator: " ") + " "
        // Asked for by issue 15: the begroting's corner names its unit.
        let requested = ["bedragen in k (x € 1.000)"]
        var unknown: [String] = []
        for paragraph in text.split(separator: "\n") where !requested.contains(String(paragraph)) {
            for sentence in Self.sentences(of: String(paragraph)) {
                let words = Self.words(String(sentence))
                guard words.count >= 5 else { continue }
                if !seedWords.contains(" " + words.joined(separator: " ") + " ") { unknown.append(String(sentence)) }
            }
        }
        #expect(unknown.isEmpty, "niet in het bronplan: \(unknown)")
    }

    /// `text` cut after every full stop, colon, semicolon, question or
    /// exclamation mark that a space follows.
    static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == " " && ".!?:;".contains(previous) {
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        return result + [current]
    }

    /// The lower-case words of `text`, years left out.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            .filter { !($0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) && $0.allSatisfy(\.isNumber)) }
    }

    /// The number after `name` in "coverage 0.9996, similarity 0.9620".
    static func figure(_ name: String, in output: String) -> Double? {
        guard let range = output.range(of: name + " ") else { return nil }
        return Double(output[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}

/// The read-only material shared by the project's sessions (seeds and the
/// fidelity tool), in ../shared next to the package root. A fresh clone
/// elsewhere does without: these tests are skipped there, and fail under
/// CI=true (`Tool.sharedMaterial`).
enum SharedMaterial {
    static let root = TestSupport.path("../shared")

    static var available: Bool { FileManager.default.fileExists(atPath: fidelityTool) }
    static var fidelityTool: String { root + "/tools/fidelity.py" }

    static func seed(_ name: String) -> String {
        root + "/seeds/" + name
    }
}
