import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The built-in house style: a letterhead on the first page from the
/// profile, the lighter running header after it, paraaf lines when the
/// profile asks for them, the closing kept with the last paragraph and an
/// agreement's signatures tied to the agreement.
@Suite struct HuisstijlTests {
    static let profile = """
        gemeente: Voorschoten
        postadres:
          - Postbus 393
          - 2250 AJ Voorschoten
        bezoekadres:
          - Leidseweg 25
        contact:
          - 14 071
          - www.voorschoten.nl
        logo: logo.png

        """

    static let letter = """
        soort: raadsmededeling
        datum: 2021-07-13
        kenmerk: RM-1
        onderwerp: Proef
        tekst: |
          Eerste alinea.

          Laatste alinea.
        slot: Met vriendelijke groet,
        ondertekening:
          namens: het college,
          ondertekenaars:
            - naam: A. R. de Graaf
              functie: gemeentesecretaris
            - naam: drs. N. Stemerdink
              functie: burgemeester

        """

    static func render(profile: String = HuisstijlTests.profile) throws -> [UInt8] {
        let logo = try FileSystem.read(TestSupport.path("templates/voorbeeldgemeente/bron/logo.png"))
        return try TestSupport.render(try TestSupport.writeInput(letter, profile: profile, beside: ["logo.png": logo]))
    }

    static func xml(_ part: String, _ odt: [UInt8]) throws -> String {
        String(decoding: try TestSupport.part(part, of: odt), as: UTF8.self)
    }

    @Test func firstPageHasTheLetterheadFromTheProfile() throws {
        let odt = try Self.render()
        #expect(PackageVerifier.problems(in: odt) == [])
        let styles = try Self.xml("styles.xml", odt)
        #expect(styles.contains("style:name=\"Eerste_20_pagina\" style:display-name=\"Eerste pagina\" style:page-layout-name=\"Pagina\" style:next-style-name=\"Standard\""))
        let firstPage = try #require(styles.components(separatedBy: "style:name=\"Eerste_20_pagina\"").last)
        for text in ["Gemeente Voorschoten", "Postadres: Postbus 393, 2250 AJ Voorschoten", "Bezoekadres: Leidseweg 25",
                     "14 071 · www.voorschoten.nl", "<draw:image xlink:href=\"Pictures/", "Logo van Gemeente Voorschoten"] {
            #expect(firstPage.contains(text), "\(text) in het briefhoofd")
        }
        // The pages after the first: the organisation alone, small.
        let standard = try #require(styles.components(separatedBy: "style:name=\"Standard\" style:page-layout-name").last)
        #expect(standard.hasPrefix("=\"Pagina\"><style:header><text:p text:style-name=\"Koptekst\">Gemeente Voorschoten</text:p>"))
        #expect(try Self.xml("content.xml", odt).contains("style:master-page-name=\"Eerste_20_pagina\""))
        let manifest = try Self.xml("META-INF/manifest.xml", odt)
        #expect(manifest.contains("Pictures/") && manifest.contains("image/png"))
    }

    @Test func aLogoThatCannotBeUsedIsReportedAtItsLine() throws {
        let path = try TestSupport.writeInput(Self.letter, profile: "gemeente: Voorschoten\nlogo: ontbreekt.png\n")
        let diagnostics = TestSupport.load(path).0.diagnostics.items
        let problem = try #require(diagnostics.first { $0.message.contains("logo 'ontbreekt.png'") })
        #expect(problem.position.line == 2)
        #expect(problem.position.path.hasSuffix("raadsdoc.yaml"))
    }

    @Test func paraafLinesOnlyWhenTheProfileAsks() throws {
        #expect(!(try Self.xml("styles.xml", try Self.render())).contains("Paraaf"))
        let styles = try Self.xml("styles.xml", try Self.render(profile: Self.profile + "paraaf: ja\n"))
        #expect(styles.components(separatedBy: "Paraaf: __________   __________<").count == 3, "op de eerste en de volgende pagina's, een regel per ondertekenaar")
    }

    /// In a template the lines go at the end of each footer of its page styles.
    @Test func paraafLinesInATemplateToo() throws {
        let template = try FileSystem.read(TestSupport.path("templates/standaard/standaard.ott"))
        let path = try TestSupport.writeInput(Self.letter, profile: "gemeente: Voorschoten\nsjabloon: standaard.ott\nparaaf: ja\n",
                                              beside: ["standaard.ott": template])
        let odt = try TestSupport.render(path)
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(try Self.xml("styles.xml", odt).contains("Paraaf: __________   __________</text:p></style:footer>"))
    }

    @Test func aNewLogoMakesTheProfileHashChange() throws {
        let first = try TestSupport.writeInput(Self.letter, profile: Self.profile, beside: ["logo.png": try FileSystem.read(
            TestSupport.path("templates/voorbeeldgemeente/bron/logo.png"))])
        let second = try TestSupport.writeInput(Self.letter, profile: Self.profile, beside: ["logo.png": try FileSystem.read(
            TestSupport.path("templates/vlaamse-stad/bron/logo.png"))])
        let (one, workspace) = TestSupport.load(first)
        let (two, otherWorkspace) = TestSupport.load(second)
        #expect(workspace.profileHash(of: one) != otherWorkspace.profileHash(of: two))
    }

    @Test func lastParagraphKeepsWithTheClosing() throws {
        let odt = try Self.render()
        #expect(try Self.xml("content.xml", odt).contains("<text:p text:style-name=\"Tekst_20_voor_20_slot\">Laatste alinea.</text:p>"))
        let styles = try Self.xml("styles.xml", odt)
        let style = try #require(styles.components(separatedBy: "style:name=\"Tekst_20_voor_20_slot\"").last?.prefix(300))
        #expect(style.contains("fo:keep-with-next=\"always\""))
    }

    @Test func agreementSignaturesNameTheAgreementWithoutAForcedPageBreak() throws {
        let (document, workspace) = TestSupport.load(TestSupport.path("inputs/leidse-regio/samenwerkingsovereenkomst-warmte.yaml"))
        let tree = try #require(workspace.compose(document))
        #expect(!tree.signature.contains(.pageBreak))
        #expect(tree.signature.first == .text("Behorend bij de Samenwerkingsovereenkomst Warmte Leidse regio, versie 1.0, 30 juni 2021.",
                                              style: .signaturePageReference))
    }
}
