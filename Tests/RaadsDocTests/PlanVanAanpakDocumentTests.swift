import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The rendered Plan van aanpak Warmte Leidse regio: faithful to seed 001,
/// and its begroting laid out as a table in LibreOffice's PDF.
@Suite struct PlanVanAanpakDocumentTests {
    static let input = "inputs/leidse-regio/plan-van-aanpak-warmte.yaml"

    /// Writes the plan's .odt into a fresh folder and returns its path.
    static func renderedPlan() throws -> String {
        let target = try TestSupport.temporaryDirectory() + "/plan-van-aanpak-warmte.odt"
        try FileSystem.writeAtomically(try TestSupport.render(TestSupport.path(input)), to: target)
        return target
    }

    @Test(.enabled(if: try Tool.require(.soffice, .pdftotext)))
    func begrotingTotalStandsUnderItsYearInThePDF() throws {
        let odt = try Self.renderedPlan()
        let directory = PathName.directory(of: odt)
        let conversion = try TestSupport.run("soffice", ["--headless", "-env:UserInstallation=file://" + directory + "/lo-profiel",
                                                         "--convert-to", "pdf", "--outdir", directory, odt])
        #expect(conversion.status == 0)
        let layout = try TestSupport.run("pdftotext", ["-layout", directory + "/plan-van-aanpak-warmte.pdf", "-"]).output
        let lines = layout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.contains("2021") && $0.contains("2022") && $0.hasSuffix("Totaal") })
        let total = try #require(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Totaal") && $0.contains("1.285k") })
        func end(of word: String, in line: String) throws -> Int {
            let range = try #require(line.range(of: word))
            return line.distance(from: line.startIndex, to: range.upperBound)
        }
        // Amounts and year headings are right-aligned in the same column.
        #expect(abs(try end(of: "1.285k", in: total) - end(of: "2022", in: header)) <= 2, "\(header)\n\(total)")
        #expect(abs(try end(of: "715k", in: total) - end(of: "2021", in: header)) <= 2, "\(header)\n\(total)")
        #expect(abs(try end(of: "2.000k", in: total) - end(of: "Totaal", in: header)) <= 2, "\(header)\n\(total)")
    }

    @Test func councilLetterTakesThePlansTitleFromTheFile() throws {
        let text = try TestSupport.text(of: try TestSupport.render(TestSupport.path("inputs/leidse-regio/raadsmededeling-warmte.yaml")))
        #expect(text.contains("Plan van aanpak Warmte Leidse regio\n"))
    }
}
