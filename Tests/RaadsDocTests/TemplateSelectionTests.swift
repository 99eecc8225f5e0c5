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
        #expect(document.diagnostics.items.isEmpty, "het sjabloon uit het profiel (dat ontbreekt) geldt niet")
        #expect(try TestSupport.text(of: try Renderer().odt(document, workspace: workspace)).hasPrefix("Eigen sjabloon\n"))

        try FileSystem.writeAtomically(try TemplateFixtures.package(content: TemplateFixtures.content("<text:p/>")), to: override)
        let broken = Workspace(templateOverride: override).load(letter).diagnostics.items
        #expect(broken.map(\.code) == ["RD-SJABLOON-003"])
        #expect(broken.first?.position == SourcePosition(path: override, line: 1, column: 1))
        #expect(broken.first?.message.hasPrefix("sjabloon \(override): ") == true)
    }

    @Test func unknownKindInTemplatesPerKind() throws {
        let letter = try TestSupport.writeInput(TemplateFixtures.letter, profile: """
            gemeente: Proefstad
            sjablonen:
              raadsmededelin: raad.ott

            """)
        let found = TestSupport.load(letter).0.diagnostics.items
        #expect(found.map(\.code) == ["RD-INVOER-016"])
        #expect(found.first?.message == "'sjablonen' noemt de onbekende soort 'raadsmededelin' — bedoelde je 'raadsmededeling'?")
        #expect((found.first?.position.line, found.first?.position.column) == (3, 19))
    }

    @Test func templateThatBringsInvalidODFIsAWarningAndStillRenders() throws {
        let styles = TemplateFixtures.styles().replacingOccurrences(
            of: "<office:styles/>",
            with: #"<office:styles><style:style style:name="Kader" style:family="paragraph"><style:text-properties fo:font-size="groot"/></style:style></office:styles>"#)
        let template = try TemplateFixtures.package(content: TemplateFixtures.content("<text:p>{{inhoud}}</text:p>"), styles: styles)
        let letter = try TemplateFixtures.letter(using: template)
        let found = TestSupport.load(letter).0.diagnostics.items
        #expect(found.map(\.code) == ["RD-SJABLOON-010"])
        #expect(found.first?.severity == .waarschuwing)
        #expect(found.first?.message.contains("voldoet niet aan ODF 1.3: styles.xml") == true)
        #expect((found.first?.position.line, found.first?.position.column) == TemplateFixtures.templateLine)
        #expect(try TestSupport.render(letter).count > 0)
    }

    @Test func everyTemplateRuleIsInTheCatalogue() {
        let codes = Set(RuleCatalogue.all.map(\.code))
        for number in 1...10 {
            #expect(codes.contains(String(format: "RD-SJABLOON-%03d", number)))
        }
    }
}
