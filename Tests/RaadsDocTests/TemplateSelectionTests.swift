import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Which template a document gets (per kind, for all kinds, or with
/// `--sjabloon`) and where its problems are reported.
@Suite struct TemplateSelectionTests {
    static func marked(_ marker: String) throws -> [UInt8] {
        try TemplateFixtures.package(content: TemplateFixtures.content("<text:p>\(marker)</text:p><text:p>{{inhoud}}</text:p>"))
    }

    @Test func templatePerKindWithADefaultForTheRest() throws {
        let letter = try TestSupport.writeInput(TemplateFixtures.letter, profile: """
            gemeente: Proefstad
            sjabloon: algemeen.ott
            sjablonen:
              raadsmededeling: raad.ott

            """)
        let directory = PathName.directory(of: letter)
        try FileSystem.writeAtomically(try Self.marked("Sjabloon voor de raad"), to: directory + "/raad.ott")
        try FileSystem.writeAtomically(try Self.marked("Algemeen sjabloon"), to: directory + "/algemeen.ott")
        let brief = directory + "/brief.yaml"
        try FileSystem.writeAtomically(Array(InputDiagnosticsTests.valid.utf8), to: brief)
        #expect(try TestSupport.text(of: try TestSupport.render(letter)).hasPrefix("Sjabloon voor de raad\n"))
        #expect(try TestSupport.text(of: try TestSupport.render(brief)).hasPrefix("Algemeen sjabloon\n"))
    }

    @Test func overrideReplacesTheProfilesTemplateAndReportsAtTheTemplateFile() throws {
        let letter = try TestSupport.writeInput(TemplateFixtures.letter, profile: TemplateFixtures.profile)
        let override = PathName.directory(of: letter) + "/eigen.ott"
        try FileSystem.writeAtomically(try Self.marked("Eigen sjabloon"), to: override)
        let workspace = Workspace(templateOverride: override)
        let document = workspace.load(letter)
        // The profile's template, which is missing, does not count.
        expectNone(in: document.diagnostics.items)
        #expect(try TestSupport.text(of: try Renderer().odt(document, workspace: workspace)).hasPrefix("Eigen sjabloon\n"))

        try FileSystem.writeAtomically(try TemplateFixtures.package(content: TemplateFixtures.content("<text:p/>")), to: override)
        let broken = try expectOnly("RD-SJABLOON-003", at: 1, 1, in: Workspace(templateOverride: override).load(letter).diagnostics.items)
        #expect(broken.position.path == override)
        #expect(broken.message.hasPrefix("sjabloon \(override): "))
    }

    @Test func unknownKindInTemplatesPerKind() throws {
        let found = try expectOnly("RD-INVOER-016", at: 3, 19, in: diagnostics(of: TemplateFixtures.letter, profile: """
            gemeente: Proefstad
            sjablonen:
              raadsmededelin: raad.ott

            """))
        #expect(found.message == "'sjablonen' noemt de onbekende soort 'raadsmededelin' — bedoelde je 'raadsmededeling'?")
    }

    @Test func templateThatBringsInvalidODFIsAWarningAndStillRenders() throws {
        let styles = TemplateFixtures.styles().replacingOccurrences(
            of: "<office:styles/>",
            with: #"<office:styles><style:style style:name="Kader" style:family="paragraph"><style:text-properties fo:font-size="groot"/></style:style></office:styles>"#)
        let template = try TemplateFixtures.package(content: TemplateFixtures.content("<text:p>{{inhoud}}</text:p>"), styles: styles)
        let letter = try TemplateFixtures.letter(using: template)
        let found = try expectOnly("RD-SJABLOON-010", at: 4, 11, in: diagnostics(at: letter), severity: .waarschuwing)
        #expect(found.message.contains("voldoet niet aan ODF 1.3: styles.xml"))
        #expect(try TestSupport.render(letter).count > 0)
    }

    @Test func everyTemplateRuleIsInTheCatalogue() {
        let codes = Set(RuleCatalogue.all.map(\.code))
        for number in 1...10 {
            #expect(codes.contains(String(format: "RD-SJABLOON-%03d", number)))
        }
    }
}
