import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF
@testable import RaadsDocPipeline

/// A concept may leave the date of the document, of a decision or of the
/// signing "in te vullen", and the page shows the blank in brackets; the
/// dates the checks need (a plan's period) must be real dates, also in a
/// concept.
@Suite struct ConceptDateTests {
    static func example(_ name: String) throws -> String {
        try String(contentsOfFile: TestSupport.path("inputs/leidse-regio/" + name), encoding: .utf8)
    }

    @Test func aCouncilLetterMayLeaveItsRequiredDateOpen() throws {
        let council = """
            soort: raadsmededeling
            status: concept
            datum: in te vullen
            kenmerk: RM-1
            onderwerp: Test
            ondertekening:
              ondertekenaars:
                - naam: J. Jansen
                  functie: secretaris
                - naam: A. de Vries
                  functie: burgemeester
            tekst: Een concept.

            """
        #expect(try diagnostics(of: council).map(\.code) == ["RD-INVOER-028"])
        let rendered = try TestSupport.render(try TestSupport.writeInput(council))
        #expect(PackageVerifier.problems(in: rendered) == [])
        #expect(try TestSupport.text(of: rendered).contains("Datum\n[in te vullen]"))
        let final = council.replacingOccurrences(of: "status: concept\n", with: "")
        let refused = try #require(try diagnostics(of: final).first { $0.code == InputRules.dateNotation.code })
        #expect((refused.position.line, refused.position.column) == (2, 8))
        #expect(refused.message.contains("alleen in een concept"))
    }

    @Test func anAgreementMayLeaveItsVersionAndDecisionDatesOpen() throws {
        let agreement = try Self.example("samenwerkingsovereenkomst-warmte.yaml")
        let concept = agreement
            .replacingOccurrences(of: "versiedatum: 2021-06-30\n", with: "status: concept\nversiedatum: in te vullen\n")
            .replacingOccurrences(of: "- gemeente: Leiden\n      datum: 2021-06-03\n", with: "- gemeente: Leiden\n      datum: in te vullen\n")
        #expect(concept.components(separatedBy: "in te vullen").count == 3, "both dates replaced")
        let dir = try TestSupport.copyOfExamples(["leidse-regio"])
        let path = dir + "/leidse-regio/concept.yaml"
        try concept.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(diagnostics(at: path).map(\.code) == ["RD-INVOER-028"])
        let text = try TestSupport.text(of: try TestSupport.render(path))
        #expect(text.contains("Raadsbesluit Leiden van [in te vullen]"))
        #expect(text.contains("versie 1.0, [in te vullen]"))
    }

    @Test func anAccordMayLeaveItsSigningDateOpen() throws {
        let dir = try TestSupport.copyOfExamples(["leidschendam-voorburg"])
        let path = dir + "/leidschendam-voorburg/klimaatakkoord.yaml"
        let accord = try String(contentsOfFile: path, encoding: .utf8)
        let concept = accord.replacingOccurrences(of: "\ndatum: 2025-06-12\n", with: "\nstatus: concept\ndatum: in te vullen\n")
        #expect(concept != accord)
        try concept.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(diagnostics(at: path).map(\.code) == ["RD-INVOER-028"], "no deal is dated after a date that is not known")
        let text = try TestSupport.text(of: try TestSupport.render(path))
        #expect(text.contains("op [in te vullen]"))
    }

    @Test func aPeriodTheChecksNeedMustBeADate() throws {
        let plan = try Self.example("plan-van-aanpak-warmte.yaml")
        let open = plan.replacingOccurrences(of: "soort: plan-van-aanpak\n", with: "soort: plan-van-aanpak\nstatus: concept\n")
            .replacingOccurrences(of: "  van: 2021-08-01\n", with: "  van: in te vullen\n")
        #expect(open.contains("van: in te vullen") && open.contains("status: concept"))
        let period = try #require(try diagnostics(of: open).first { $0.code == InputRules.dateNotation.code })
        #expect(period.severity == .fout)
        #expect(period.message.contains("nodig voor de controles"))
    }
}
