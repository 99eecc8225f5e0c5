import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// PDF/A that conforms, not just one that says so: LibreOffice's PDF/A-1
/// of every kind passes PDFBox Preflight's PDF/A-1b validation, its PDF/A-2b of every kind passes
/// raadsdoc's own inspection in a batch, which records it in index.json, and
/// the inspection finds what PDF/A forbids.
@Suite struct PDFATests {
    /// One example input of every soort.
    static var inputOfEverySoort: [String: String] {
        var found: [String: String] = [:]
        for input in TestSupport.exampleInputs {
            let (document, _) = TestSupport.load(input)
            if let soort = document.soort, found[soort] == nil, !document.diagnostics.hasErrors { found[soort] = input }
        }
        return found
    }

    @Test(.enabled(if: try Tool.require(.soffice, .preflight)))
    func pdfa1OfEveryKindPassesPreflightForPDFA1b() throws {
        let inputs = Self.inputOfEverySoort
        #expect(Set(inputs.keys) == Set(KindRegistry.allNames))
        let directory = try TestSupport.temporaryDirectory()
        var jobs: [PDFConverter.Job] = []
        for (soort, input) in inputs.sorted(by: { $0.key < $1.key }) {
            let odt = directory + "/" + soort + ".odt"
            try FileSystem.writeAtomically(try TestSupport.render(input), to: odt)
            jobs.append(PDFConverter.Job(odt: odt, pdf: directory + "/" + soort + ".pdf"))
        }
        let converter = try PDFConverter.make(format: .pdfa1, jobs: 2).get()
        #expect(converter.convert(jobs, workDirectory: directory) == [:])
        for job in jobs {
            let preflight = try Preflight.validate(job.pdf)
            #expect(preflight.valid, "\(job.pdf): \(preflight.report)")
            // Tagged, LibreOffice's PDF/A-1 is level A, which includes B.
            let inspection = PDFAInspection.inspect(try FileSystem.read(job.pdf), part: "1", conformance: "A")
            #expect(inspection.findings == [], "\(job.pdf)")
        }
    }

    /// Preflight is not a rubber stamp: a plain PDF of the same document fails.
    @Test(.enabled(if: try Tool.require(.soffice, .preflight)))
    func preflightRejectsAPlainPDF() throws {
        let directory = try TestSupport.temporaryDirectory()
        let odt = directory + "/brief.odt"
        try FileSystem.writeAtomically(try TestSupport.render(TestSupport.path("inputs/leidse-regio/antwoordbrief-pip-wlq.yaml")), to: odt)
        let job = PDFConverter.Job(odt: odt, pdf: directory + "/brief.pdf")
        #expect(try PDFConverter.make(format: .pdf, jobs: 1).get().convert([job], workDirectory: directory) == [:])
        #expect(try !Preflight.validate(job.pdf).valid)
        #expect(!PDFAInspection.inspect(try FileSystem.read(job.pdf)).conforms)
    }

    @Test(.enabled(if: try Tool.require(.soffice)))
    func batchRecordsTheInspectionOfEveryKindsPDFA2b() throws {
        let output = try TestSupport.temporaryDirectory()
        let inputs = Self.inputOfEverySoort.values.sorted()
        let outcome = BatchRunner(options: BatchOptions(outputDirectory: output, jobs: 2, pdf: .pdfa)).run(inputs) { _, _, _ in }
        #expect(outcome.succeeded)
        #expect(outcome.items.count == KindRegistry.allNames.count)
        for item in outcome.items {
            let check = try #require(item.pdfaCheck, "\(item.input.path)")
            #expect(check.findings == [], "\(item.input.path)")
            #expect(check.part == "2" && check.conformance == "B")
        }
        let index = try String(contentsOfFile: output + "/index.json", encoding: .utf8)
        let record = #""pdfa":{"deel":"2b","controle":"raadsdoc-pdfa-inspectie","uitkomst":"geldig","bevindingen":[]}"#
        #expect(index.components(separatedBy: record).count - 1 == inputs.count)
        // MDTO names the checked PDF/A-2b by its PRONOM code.
        _ = try PublicationExport.run(.mdto, index: output, checksumTime: "2026-01-01T00:00:00Z").get()
        let stem = try #require(outcome.items.first?.input.outputStem)
        let bestand = try String(contentsOfFile: output + "/" + stem + ".pdf.bestand.mdto.xml", encoding: .utf8)
        #expect(bestand.contains("<begripCode>fmt/477</begripCode>"))
    }

    /// `render --pdfa` inspects what it made, as batch does: a PDF/A that
    /// passes is printed and the run exits 0.
    @Test(.enabled(if: try Tool.require(.soffice)))
    func renderInspectsItsPDFA() throws {
        let output = try TestSupport.temporaryDirectory()
        let letter = TestSupport.path("inputs/leidse-regio/antwoordbrief-pip-wlq.yaml")
        let run = try CommandLineTests.raadsdoc("render", letter, "--pdfa", "--uit", output)
        #expect(run.status == 0, "\(run.errors)")
        let pdf = output + "/antwoordbrief-pip-wlq.pdf"
        #expect(run.output.contains(pdf))
        #expect(PDFAInspection.inspect(try FileSystem.read(pdf)).conforms)
    }

    // MARK: The inspection itself

    /// A minimal PDF/A-2b skeleton; `change` edits its text before the
    /// stream lengths are filled in.
    static func pdf(_ change: (String) -> String = { $0 }) -> [UInt8] {
        let xmp = "<x:xmpmeta><rdf:Description><pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description></x:xmpmeta>"
        let binary = "/JavaScript /Encrypt (not a dictionary)"
        var text = """
            %PDF-1.7
            1 0 obj <</Type/Catalog/Pages 2 0 R/Metadata 3 0 R/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/DestOutputProfile 4 0 R>>]>> endobj
            3 0 obj <</Type/Metadata/Subtype/XML/Length XMPLENGTH>> stream
            \(xmp)
            endstream endobj
            5 0 obj <</Type/FontDescriptor/FontName/LiberationSans/FontFile2 6 0 R>> endobj
            7 0 obj <</Type/Font/Subtype/TrueType/BaseFont/LiberationSans/FontDescriptor 5 0 R>> endobj
            8 0 obj <</Length 9 0 R>> stream
            \(binary)
            endstream endobj
            10 0 obj <</Title (over /JS en /Encrypt \\) in tekst)>> endobj
            trailer <</Root 1 0 R/Size 11>>
            startxref 0
            %%EOF
            """
        text = change(text)
        let length = text.range(of: "stream\n").flatMap { start in
            text.range(of: "\nendstream", range: start.upperBound..<text.endIndex).map { text[start.upperBound..<$0.lowerBound].utf8.count }
        } ?? 0
        return Array(text.replacingOccurrences(of: "XMPLENGTH", with: String(length)).utf8)
    }

    /// A stream length near Int.max is no overflow: the inspection
    /// searches for endstream instead and still reads the metadata.
    @Test func aHugeStreamLengthIsSearchedPast() {
        let inspection = PDFAInspection.inspect(Self.pdf { $0.replacingOccurrences(of: "/Length 9 0 R", with: "/Length 9223372036854775800") })
        #expect(inspection.findings == [])
        #expect(inspection.part == "2")
    }

    @Test func inspectionPassesASoundSkeleton() {
        let inspection = PDFAInspection.inspect(Self.pdf())
        #expect(inspection.findings == [])
        #expect(inspection.part == "2" && inspection.conformance == "B")
    }

    @Test(arguments: [
        ("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/DestOutputProfile 4 0 R>>]", "", "geen output intent"),
        ("<pdfaid:part>2</pdfaid:part>", "<pdfaid:part>1</pdfaid:part>", "pdfaid:part 1"),
        ("<pdfaid:conformance>B</pdfaid:conformance>", "", "pdfaid:conformance –"),
        ("/FontFile2 6 0 R", "", "LiberationSans is niet ingebed"),
        ("7 0 obj <</Type/Font/Subtype/TrueType/BaseFont/LiberationSans/FontDescriptor 5 0 R>>",
         "7 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>>", "Helvetica is niet ingebed"),
        ("/Size 11>>", "/Size 11/Encrypt 12 0 R>>", "versleuteld"),
        ("/Pages 2 0 R", "/Pages 2 0 R/OpenAction<</S/Java#53cript/J#53 (app.alert(1))>>", "JavaScript"),
        ("/Metadata 3 0 R", "", "geen XMP-metadata"),
    ])
    func inspectionFindsWhatPDFAForbids(_ original: String, _ replacement: String, _ finding: String) {
        let bytes = Self.pdf { $0.replacingOccurrences(of: original, with: replacement) }
        let findings = PDFAInspection.inspect(bytes).findings
        #expect(findings.count >= 1)
        #expect(findings.contains { $0.contains(finding) }, "\(findings)")
    }
}
