import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import XMLSupport

/// The rapport: score matrices with complete rows and scores on the 0,25
/// grid, coloured after the legend; data tables whose values match their
/// declared columns; recommendations numbered across groups.
@Suite struct RapportTests: RuleTesting {
    /// A small report that checks clean; the line numbers in the tests
    /// below refer to it.
    static let valid = """
        soort: rapport
        titel: Test
        secties:
          - kop: Matrix
            matrix:
              rijkop: Stad
              kolommen:
                - Strategie
                - naam: Middelen
                  ook: [Financiële middelen]
              rijen:
                - naam: Aalst
                  scores:
                    Strategie: 2,5
                    Middelen: tussen geel en groen
                - naam: Gent
                  scores:
                    Strategie: 3
                    Middelen: onbekend
                - naam: Turnhout
                  onbekend: ja
                  toelichting: Bezorgd, maar zonder kleuren
          - kop: Werkpakketten
            tabel:
              kolommen:
                - sleutel: naam
                - sleutel: thema
                  soort: thema
                - sleutel: prioriteit
                  soort: getal
                  minimum: 1
                  maximum: 4
                - sleutel: trekkers
                  soort: lijst
              rijen:
                - naam: Kader
                  thema: Financiële middelen
                  prioriteit: 1
                  trekkers: |
                    - Leuven
                    - Gent
                - naam: Data
                  thema: Strategie & Middelen
                  prioriteit: 2
                  trekkers: Kortrijk
          - kop: Aanbevelingen
            aanbevelingen:
              - kop: Strategie
                punten:
                  - Eerste.
                  - Tweede.
              - kop: Aanpak
              - kop: Middelen
                punten:
                  - Derde.

        """

    @Test func validReportHasNoDiagnostics() throws {
        expectNone(in: try diagnostics(of: Self.valid))
    }

    @Test func scoresLieBetweenOneAndFive() throws {
        try expectOnly("RD-RAPPORT-001", at: 14, 24, in: diagnostics(of: changed("Strategie: 2,5", "Strategie: 6")))
        try expectOnly("RD-RAPPORT-001", at: 14, 24, in: diagnostics(of: changed("Strategie: 2,5", "Strategie: 0,75")))
    }

    @Test func scoresLieOnTheQuarterGrid() throws {
        try expectOnly("RD-RAPPORT-002", at: 14, 24, in: diagnostics(of: changed("Strategie: 2,5", "Strategie: 2,6")))
        try expectOnly("RD-RAPPORT-002", at: 14, 24, in: diagnostics(of: changed("Strategie: 2,5", "Strategie: 2,755")))
    }

    @Test func everyRowHasEveryColumn() throws {
        let found = try expectOnly("RD-RAPPORT-003", at: 14, 13,
                                   in: diagnostics(of: changed("            Middelen: tussen geel en groen\n", "")))
        #expect(found.message.contains("'Aalst' mist 'Middelen'"))
        let empty = changed("    toelichting: Bezorgd, maar zonder kleuren", "    toelichting: Bezorgd")
            .replacingOccurrences(of: "          onbekend: ja\n", with: "")
        try expectOnly("RD-RAPPORT-003", at: 20, 17, in: diagnostics(of: empty))
    }

    @Test func rowNamesAnExistingColumn() throws {
        let found = try diagnostics(of: changed("Strategie: 2,5", "Strategy: 2,5"))
        #expect(found.map(\.code) == ["RD-RAPPORT-004", "RD-RAPPORT-003"])
        #expect(found.first.map { [$0.position.line, $0.position.column] } == [14, 13])
        #expect(found.first?.message == "de matrix heeft geen kolom 'Strategy' — bedoelde je 'Strategie'?")
    }

    @Test func unknownRowHasNoScores() throws {
        try expectOnly("RD-RAPPORT-005", at: 22, 19,
                       in: diagnostics(of: changed("    onbekend: ja\n", "    onbekend: ja\n          scores: {Strategie: 3}\n")))
    }

    @Test func prioriteitLiesBetweenOneAndFour() throws {
        let found = try expectOnly("RD-RAPPORT-006", at: 38, 23, in: diagnostics(of: changed("prioriteit: 1", "prioriteit: 5")))
        #expect(found.message == "5 in 'prioriteit' moet minimaal 1 en maximaal 4 zijn")
    }

    @Test func numberColumnsHoldWholeNumbers() throws {
        try expectOnly("RD-RAPPORT-007", at: 38, 23, in: diagnostics(of: changed("prioriteit: 1", "prioriteit: hoog")))
    }

    @Test func themeIsAColumnOfTheMatrix() throws {
        try expectOnly("RD-RAPPORT-008", at: 37, 18, in: diagnostics(of: changed("thema: Financiële middelen", "thema: Financiën")))
        let joined = try expectOnly("RD-RAPPORT-008", at: 43, 18,
                                    in: diagnostics(of: changed("thema: Strategie & Middelen", "thema: Strategie & Aanpak")))
        #expect(joined.message.hasPrefix("'Aanpak' is geen kolom van de matrix"))
    }

    @Test func themeColumnNeedsAMatrix() throws {
        let matrixSection = Self.valid.split(separator: "\n", omittingEmptySubsequences: false)
        let withoutMatrix = (["soort: rapport", "titel: Test", "secties:"] + matrixSection[22...]).joined(separator: "\n")
        try expectOnly("RD-RAPPORT-009", at: 8, 20, in: diagnostics(of: withoutMatrix))
    }

    @Test func tableRowsUseDeclaredKeys() throws {
        let found = try diagnostics(of: changed("- naam: Kader", "- nam: Kader"))
        #expect(found.map(\.code) == ["RD-RAPPORT-010", "RD-RAPPORT-011"])
        #expect(found.map { [$0.position.line, $0.position.column] } == [[36, 11], [36, 11]])
        #expect(found.first?.message == "de tabel heeft geen kolom 'nam' — bedoelde je 'naam'?")
    }

    @Test func missingTableValueWarns() throws {
        try expectOnly("RD-RAPPORT-011", at: 42, 11, in: diagnostics(of: changed("          prioriteit: 2\n", "")), severity: .waarschuwing)
    }

    @Test func unreadableColourLabelWarns() throws {
        try expectOnly("RD-RAPPORT-012", at: 15, 23, in: diagnostics(of: changed("tussen geel en groen", "tussen paars en groen")),
                       severity: .waarschuwing)
    }

    @Test func legendScoresAreUnique() throws {
        let legend = "      legende:\n        - score: 5\n          naam: Heel matuur\n        - score: 5\n          naam: Matuur\n"
        try expectOnly("RD-RAPPORT-013", at: 26, 18,
                       in: diagnostics(of: changed("  - kop: Werkpakketten\n", legend + "  - kop: Werkpakketten\n")))
    }

    @Test func matrixNamesAreUnique() throws {
        try expectOnly("RD-RAPPORT-014", at: 16, 17, in: diagnostics(of: changed("- naam: Gent", "- naam: Aalst")))
    }

    @Test func columnDeclarationsAreSound() throws {
        try expectOnly("RD-RAPPORT-015", at: 32, 20, in: diagnostics(of: changed("minimum: 1", "minimum: 5")))
        let duplicate = try diagnostics(of: changed("- sleutel: trekkers", "- sleutel: thema"))
        #expect(duplicate.first.map { [$0.code, "\($0.position.line):\($0.position.column)"] } == ["RD-RAPPORT-015", "33:20"])
    }

    @Test func matrixCellsCarryTheColourOfTheirScore() throws {
        let odt = try TestSupport.render(try TestSupport.writeInput(Self.valid))
        let colours = try Self.cellColours(odt)
        #expect(colours["2,5"] == "#fbc669")
        #expect(colours["3"] == "#ffd966")
        #expect(colours["tussen geel en groen"] == "#dbd887")
        #expect(colours["onbekend"] == "#e7e6e6")
        #expect(colours["Bezorgd, maar zonder kleuren"] == "#e7e6e6")
        #expect(PackageVerifier.problems(in: odt) == [])
    }

    @Test func scoreColoursFollowTheLegend() {
        let colours = (1...5).map { ScoreCell.parse(String($0)).colour.hex }
        #expect(colours == ["#e06666", "#f6b26b", "#ffd966", "#b6d7a8", "#6aa84f"])
        #expect(ScoreCell.parse("2,25").colour.hex == "#f8bc6a")
        #expect(ScoreCell.parse("Tussen licht en donkergroen").score == ExactDecimal(units: 450, decimals: 2))
        #expect(ScoreCell.parse("Tussen rood en oranje").score == ExactDecimal(units: 150, decimals: 2))
        #expect(ScoreCell.parse("Bij benadering").score == nil)
    }

    @Test func recommendationsAreNumberedAcrossGroupsAndListsBecomeBullets() throws {
        let text = try TestSupport.text(of: try TestSupport.render(try TestSupport.writeInput(Self.valid)))
        #expect(text.contains("1. Eerste.\n2. Tweede.\nAanpak\n/\nMiddelen\n3. Derde.\n"))
        #expect(text.contains("• Leuven\n• Gent\n"))
    }

    // MARK: The table of contents (inhoudsopgave, inhoudstafel)

    static func tree(_ path: String) throws -> String {
        let workspace = Workspace()
        let document = workspace.load(path)
        expectNone(in: document.diagnostics.items)
        return TreeDump.text(try #require(workspace.compose(document)))
    }

    @Test func theTableOfContentsStandsOnItsOwnPageBeforeTheChapterNamed() throws {
        let text = changed("titel: Test\n", "titel: Test\ninhoudsopgave:\n  vanaf: Werkpakketten\n  diepte: 1\n")
        let tree = try Self.tree(try TestSupport.writeInput(text))
        #expect(tree.contains("  page-break\n  table-of-contents depth=1\n  page-break\n  heading 1 Werkpakketten"))
        #expect(!tree.contains("table-of-contents depth=1\n  heading 1 Matrix"))
    }

    @Test func aFlemishReportCallsItsTableOfContentsInhoudstafel() throws {
        let text = changed("titel: Test\n", "titel: Test\ninhoudsopgave:\n  diepte: 1\n")
        let tree = try Self.tree(try TestSupport.writeInput(text, profile: "gemeente: Gent\nland: BE\n"))
        #expect(tree.contains("body\n  table-of-contents depth=1 title=\"Inhoudstafel\"\n  heading 1 Matrix"))
        let dutch = try Self.tree(try TestSupport.writeInput(text, profile: "gemeente: Leiden\n"))
        #expect(dutch.contains("body\n  table-of-contents depth=1\n  heading 1 Matrix"))
    }

    @Test func theTableOfContentsBeforeAnUnknownChapterIsAnError() throws {
        let text = changed("titel: Test\n", "titel: Test\ninhoudsopgave:\n  vanaf: Werkpakket\n")
        let found = try expectOnly("RD-RAPPORT-016", at: 4, 10, in: diagnostics(of: text))
        #expect(found.message == "er is geen hoofdstuk met de kop 'Werkpakket'; de hoofdstukken zijn: 'Matrix', 'Werkpakketten', 'Aanbevelingen'")
    }

    @Test func seed004GetsItsInhoudstafelAfterTheVoorwoord() throws {
        let tree = try Self.tree(TestSupport.path("inputs/vlaamse-centrumsteden/klimaatgovernance.yaml"))
        #expect(tree.contains("table-of-contents depth=1 title=\"Inhoudstafel\"\n  page-break\n  heading 1 1. Introductie"))
        let odt = try TestSupport.render(TestSupport.path("inputs/vlaamse-centrumsteden/klimaatgovernance.yaml"))
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        #expect(content.contains("<text:index-title-template text:style-name=\"Inhoudsopgave_20_kop\">Inhoudstafel</text:index-title-template>"))
    }

    @Test func starterChecksClean() throws {
        expectNone(in: try diagnostics(of: Rapport.starter))
    }

    @Test func klimaatgovernanceHasTheWholeMatrixAndTable() throws {
        let odt = try TestSupport.render(TestSupport.path("inputs/vlaamse-centrumsteden/klimaatgovernance.yaml"))
        let colours = try Self.cellColours(odt)
        #expect(colours["Tussen licht en donkergroen"] == ScoreScale.colour(for: ExactDecimal(units: 450, decimals: 2)).hex)
        #expect(colours["Bezorgd, maar zonder kleuren"] == ScoreScale.neutral.hex)
        let text = try TestSupport.text(of: odt)
        for city in ["Aalst", "Antwerpen", "Brugge", "Gent", "Genk", "Hasselt", "Kortrijk", "Leuven", "Mechelen", "Oostende",
                     "Roeselare", "St-Niklaas", "Turnhout"] {
            #expect(text.contains("\n\(city)\n"), "\(city) ontbreekt in de matrix")
        }
        #expect(text.contains("Klimatrisicomanagement\n"))
        #expect(text.contains("10. De klimaatcommunicatie verbeteren:"))
    }

    /// The background colour of every table cell, by the cell's text.
    static func cellColours(_ odt: [UInt8]) throws -> [String: String] {
        let root = try XMLTree.parse(try TestSupport.part("content.xml", of: odt), name: "content.xml").get()
        var background: [String: String] = [:]
        for style in root.descendants() where style.name == "style:style" {
            let properties = style.descendants().first { $0.name == "style:table-cell-properties" }
            if let name = style.attribute("style:name"), let colour = properties?.attribute("fo:background-color") {
                background[name] = colour
            }
        }
        var colours: [String: String] = [:]
        for cell in root.descendants() where cell.name == "table:table-cell" {
            let text = cell.descendants().flatMap { $0.children }.compactMap { content -> String? in
                if case .text(let text) = content { return text }
                return nil
            }.joined()
            if let style = cell.attribute("table:style-name"), let colour = background[style] { colours[text] = colour }
        }
        return colours
    }
}
