import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// A letter that cannot go out does not pass quietly: no send date, no
/// kenmerk, no postal address or no signatories each get a warning at the
/// field, a concept says so and shows it, and --strikt refuses it.
@Suite struct LetterCompletenessTests {
    static let complete = InputDiagnosticsTests.valid

    static func codes(_ yaml: String) throws -> [String] {
        try diagnostics(of: yaml).map(\.code).sorted()
    }

    @Test func theCompleteLetterHasNoWarnings() throws {
        #expect(try Self.codes(Self.complete) == [])
    }

    @Test func eachMissingPartIsAWarningOfItsOwn() throws {
        let bare = """
            soort: brief
            versie: 2021-07-06
            geadresseerde: Gedeputeerde Staten
            onderwerp: Test
            aanhef: Geachte college,
            tekst: Tekst.
            slot: Hoogachtend,
            ondertekening:
              namens: College van B&W

            """
        let found = try diagnostics(of: bare)
        #expect(found.map(\.code).sorted() == ["RD-BRIEF-003", "RD-BRIEF-004", "RD-BRIEF-005", "RD-BRIEF-006"])
        #expect(found.allSatisfy { $0.severity == .waarschuwing })
        let date = try #require(found.first { $0.code == "RD-BRIEF-003" })
        #expect((date.position.line, date.position.column) == (2, 9), "at the version date")
        let signatories = try #require(found.first { $0.code == "RD-BRIEF-006" })
        #expect(signatories.position.line == 9, "at the ondertekening")
    }

    @Test func aConceptMayLackDateKenmerkAndSignatoriesButSaysItIsOne() throws {
        let concept = """
            soort: brief
            status: concept
            versie: 2021-07-06
            geadresseerde: Gedeputeerde Staten
            adres:
              - Postbus 1
            onderwerp: Test
            aanhef: Geachte college,
            tekst: Tekst.
            slot: Hoogachtend,
            ondertekening:
              namens: College van B&W

            """
        let found = try diagnostics(of: concept)
        #expect(found.map(\.code) == ["RD-INVOER-028"])
        #expect((found.first?.position.line, found.first?.position.column) == (2, 9))
        let path = try TestSupport.writeInput(concept)
        #expect(try CommandLineTests.raadsdoc("check", path).status == 0)
        #expect(try CommandLineTests.raadsdoc("check", "--strikt", path).status == 1, "--strikt refuses a concept")
    }

    /// A concept letter may leave its send date 'in te vullen', and the
    /// page shows the blank; a final letter may not (ConceptDateTests has
    /// the other kinds).
    @Test func aConceptMayLeaveADateToBeFilledIn() throws {
        let concept = Self.complete.replacingOccurrences(of: "soort: brief\ndatum: 2021-07-13\n",
                                                         with: "soort: brief\nstatus: concept\ndatum: in te vullen\n")
        #expect(concept != Self.complete)
        #expect(try Self.codes(concept) == ["RD-INVOER-028"])
        let letter = try TestSupport.text(of: try TestSupport.render(try TestSupport.writeInput(concept)))
        #expect(letter.contains("[in te vullen]"), "the blank is on the page, not dropped")
        let final = Self.complete.replacingOccurrences(of: "datum: 2021-07-13", with: "datum: in te vullen")
        let refused = try #require(try diagnostics(of: final).first { $0.code == InputRules.dateNotation.code })
        #expect(refused.severity == .fout)
        #expect(refused.message.contains("alleen in een concept"))
    }

    @Test func aConceptShowsItsMarkAndNoSignatures() throws {
        let signed = try TestSupport.render(try TestSupport.writeInput(Self.complete))
        let concept = try TestSupport.render(try TestSupport.writeInput(Self.complete.replacingOccurrences(
            of: "soort: brief\n", with: "soort: brief\nstatus: concept\n")))
        #expect(PackageVerifier.problems(in: concept) == [])
        let signedText = try TestSupport.text(of: signed), conceptText = try TestSupport.text(of: concept)
        #expect(signedText.contains("A. de Vries"))
        #expect(!conceptText.contains("A. de Vries"), "a concept carries no signatures")
        #expect(conceptText.hasPrefix("CONCEPT\n"))
        #expect(!signedText.contains("CONCEPT"))
        let styles = String(decoding: try TestSupport.part("styles.xml", of: concept), as: UTF8.self)
        #expect(styles.contains("<text:p text:style-name=\"Koptekst\">CONCEPT"), "every page header says it")
    }

    @Test func copiesAreListedUnderTheLetter() throws {
        let text = try TestSupport.text(of: try TestSupport.render(try TestSupport.writeInput(
            Self.complete + "afschrift-aan:\n  - de gemeenteraad\n  - Waterschap Rijnland\n")))
        #expect(text.contains("Afschrift aan:\n– de gemeenteraad\n– Waterschap Rijnland\n"))
    }
}
