import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Citations as a drafter writes them (issue 15, item 8): references that
/// follow each other are cited together ("onderdelen b en c", "tweede en
/// derde lid"), each number still its own live field; citations inside the
/// same article leave the article out; references by number ([[2]]); and
/// hand-typed citations of articles or leden that do not exist
/// (RD-OVK-025) at their line and column.
@Suite struct DrafterCitationTests {
    /// Two articles; the second cites the first in every combination.
    static func agreement(_ citing: [String], inFirst: [String] = []) -> String {
        ([
            "soort: samenwerkingsovereenkomst",            // 1
            "titel: Citeren",                               // 2
            "versiedatum: 2025-06-30",                      // 3
            "partijen:",                                    // 4
            "  - naam: Gemeente Proef",                     // 5
            "    vertegenwoordiger: {naam: A. de Vries, functie: burgemeester}", // 6
            "  - naam: Stichting Proef",                    // 7
            "    vertegenwoordiger: {naam: B. Jansen, functie: directeur}", // 8
            "citeertitel: Citeren",                         // 9
            "artikelen:",                                   // 10
            "  - id: taken",                                // 11
            "    titel: Taken",                             // 12
            "    leden:",                                   // 13
            "      - De gemeente coördineert.",             // 14
            "      - tekst: 'De stichting zorgt voor:'",    // 15
            "        onderdelen:",                          // 16
            "          - een loket;",                       // 17
            "          - een website;",                     // 18
            "          - een jaarverslag.",                 // 19
            "      - Partijen overleggen.",                 // 20
        ] + inFirst.map { "      - \($0)" } + [
            "  - id: verwijzingen",
            "    titel: Verwijzingen",
            "    leden:",
        ] + citing.map { "      - \($0)" }).joined(separator: "\n") + "\n"
    }

    static func tree(_ text: String, _ style: Overeenkomst.NumberingStyle) throws -> String {
        try OvereenkomstCompositionTests.tree(try TestSupport.writeInput(text), numbering: style)
    }

    static let combinations = [
        "Zie [[taken/2/2]] en [[taken/2/3]].", "Zie [[taken/2]] en [[taken/3]].", "Zie [[taken/2/1]], [[taken/2/2]] of [[taken/2/3]].",
        "Zie [[taken]] en [[verwijzingen]].", "Zie [[taken/1]] en [[taken/2/1]].",
    ]

    static let expected: [(Overeenkomst.NumberingStyle, [String])] = [
        (.aanwijzingen, ["Zie artikel 1, tweede lid, onderdelen b en c.", "Zie artikel 1, tweede en derde lid.",
                         "Zie artikel 1, tweede lid, onderdelen a, b of c.", "Zie de artikelen 1 en 2.",
                         "Zie artikel 1, eerste lid en artikel 1, tweede lid, onderdeel a."]),
        (.vlaams, ["Zie artikel 1, § 2, 2° en 3°.", "Zie artikel 1, §§ 2 en 3.", "Zie artikel 1, § 2, 1°, 2° of 3°.",
                   "Zie de artikelen 1 en 2.", "Zie artikel 1, § 1 en artikel 1, § 2, 1°."]),
        (.vrij, ["Zie artikel 1 lid 2 onder b en c.", "Zie artikel 1 leden 2 en 3.", "Zie artikel 1 lid 2 onder a, b of c.",
                 "Zie de artikelen 1 en 2.", "Zie artikel 1 lid 1 en artikel 1 lid 2 onder a."]),
    ]

    @Test(arguments: [Overeenkomst.NumberingStyle.aanwijzingen, .vlaams, .vrij])
    func adjacentReferencesAreCitedTogether(_ style: Overeenkomst.NumberingStyle) throws {
        let tree = OvereenkomstCompositionTests.words(try Self.tree(Self.agreement(Self.combinations), style))
        for citation in try #require(Self.expected.first { $0.0 == style }?.1) {
            #expect(tree.contains("] \(citation)\n"), "\(style): '\(citation)' ontbreekt")
        }
    }

    /// Each number keeps its own link and live field; the first link holds
    /// the shared words.
    @Test func eachCombinedNumberStaysALiveReference() throws {
        let text = Self.agreement(["Zie [[taken/2/2]] en [[taken/2/3]]."])
        let tree = try Self.tree(text, .aanwijzingen)
        #expect(tree.contains("Zie [artikel 1, tweede lid, onderdelen b](#art-1-lid-2-ond-2) en [c](#art-1-lid-2-ond-3)."))
        let odt = try TestSupport.render(try TestSupport.writeInput(text))
        #expect(PackageVerifier.problems(in: odt) == [])
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        for target in ["art-1-lid-2-ond-2", "art-1-lid-2-ond-3"] {
            #expect(content.contains("<text:bookmark-ref text:reference-format=\"number-no-superior\" text:ref-name=\"\(target)\""),
                    "\(target) is geen veld")
        }
        #expect(try TestSupport.text(of: odt).contains("Zie artikel 1, tweede lid, onderdelen b en c."))
    }

    /// LibreOffice reads every field of a combined citation as raadsdoc
    /// wrote it, and each points at its own onderdeel.
    @Test(.enabled(if: try Tool.require(.soffice, .pythonUNO)))
    func combinedNumbersReadTheSameAfterLibreOfficeUpdatesThem() throws {
        let directory = try TestSupport.temporaryDirectory()
        let odt = directory + "/overeenkomst.odt"
        let text = Self.agreement(["Zie [[taken/2/2]] en [[taken/2/3]].", "Zie [[taken/2/1]], [[taken/2/2]] of [[taken/2/3]]."])
        try FileSystem.writeAtomically(try TestSupport.render(try TestSupport.writeInput(text)), to: odt)
        let report = try LibreOfficeNumberingTests.report(odt: odt, in: directory)
        let stored = report.references.stored.filter { $0[0].hasPrefix("art-1-lid-2-ond-") }
        #expect(stored.map { $0[1] }.sorted() == ["a", "b", "b", "c", "c"], "\(report.references.stored)")
        for reference in stored {
            #expect(["art-1-lid-2-ond-1": "a", "art-1-lid-2-ond-2": "b", "art-1-lid-2-ond-3": "c"][reference[0]] == reference[1])
        }
        #expect(report.references.updated == report.references.stored)
    }

    @Test func citationsInsideTheSameArticleFollowTheAanwijzingenAndTheFlemishStyle() throws {
        let inFirst = ["Zie [[taken/2/2]] en [[taken/1]].", "'Onder [[taken/2]] en [[taken/3]] valt ook overleg.'"]
        let aanwijzingen = OvereenkomstCompositionTests.words(try Self.tree(Self.agreement(["Zie [[taken/2/2]]."], inFirst: inFirst), .aanwijzingen))
        #expect(aanwijzingen.contains("] Zie het tweede lid, onderdeel b en het eerste lid.\n"))
        #expect(aanwijzingen.contains("] Onder het tweede en derde lid valt ook overleg.\n"))
        #expect(aanwijzingen.contains("] Zie artikel 1, tweede lid, onderdeel b.\n"))
        let vlaams = OvereenkomstCompositionTests.words(try Self.tree(Self.agreement(["Zie [[taken/2/2]]."], inFirst: inFirst), .vlaams))
        #expect(vlaams.contains("] Zie § 2, 2° en § 1.\n"))
        #expect(vlaams.contains("] Onder §§ 2 en 3 valt ook overleg.\n"))
        #expect(vlaams.contains("] Zie artikel 1, § 2, 2°.\n"))
        #expect(!vlaams.contains("artikel 1, § 1"))
    }

    @Test func anOnderdeelInsideItsOwnLidIsCitedAlone() throws {
        let text = Self.agreement(["Zie [[taken]]."]).replacingOccurrences(
            of: "          - een jaarverslag.", with: "          - een jaarverslag over [[taken/2/1]] en [[taken/2/2]].")
        #expect(OvereenkomstCompositionTests.words(try Self.tree(text, .aanwijzingen)).contains("een jaarverslag over onderdelen a en b."))
        #expect(OvereenkomstCompositionTests.words(try Self.tree(text, .vlaams)).contains("een jaarverslag over 1° en 2°."))
    }

    // MARK: References by number

    @Test func referencesByNumberCiteTheArticleAtThatPlace() throws {
        let text = Self.agreement(["Zie [[1]].", "Zie [[1/2/3]].", "Zie [[3]]."])
        let tree = OvereenkomstCompositionTests.words(try Self.tree(text, .aanwijzingen))
        for citation in ["Zie artikel 1.", "Zie artikel 1, tweede lid, onderdeel c.", "Zie artikel 3."] {
            #expect(tree.contains("] \(citation)\n"), "'\(citation)' ontbreekt")
        }
        let missing = try expectOnly("RD-OVK-015", at: 24, 13, in: diagnostics(of: Self.agreement(["Zie [[4]]."])))
        #expect(missing.message == "er is geen artikel 4; de overeenkomst heeft 3 artikelen")
        let noPart = try expectOnly("RD-OVK-015", at: 24, 13, in: diagnostics(of: Self.agreement(["Zie [[1/4]]."])))
        #expect(noPart.message.contains("artikel 1 heeft 3 leden, geen 4e"))
        #expect(Overeenkomst.brokenReference.help.contains("[[7]]"))
    }

    // MARK: Citations typed by hand

    @Test func aHandTypedCitationOfAMissingArticleOrLidWarnsAtItsPosition() throws {
        let found = try diagnostics(of: Self.agreement(["Zie artikel 12, tweede lid, en artikel 1, § 4.", "Zie ook artikel 1 lid 9."]))
        #expect(found.map(\.code) == ["RD-OVK-025", "RD-OVK-025", "RD-OVK-025"], "\(found.map(\.message))")
        let positions = found.map { "\($0.position.line):\($0.position.column)" }
        #expect(positions == ["24:13", "24:40", "25:17"])
        #expect(found.allSatisfy { $0.severity == .waarschuwing })
        #expect(found.first?.message == "'artikel 12, tweede lid' bestaat niet: de overeenkomst heeft 3 artikelen, geen artikel 12; "
            + "verwijs met [[artikel-id]] of [[artikel-id/lid]], dan zet raadsdoc het nummer")
        #expect(found.dropFirst().first?.message.contains("artikel 1 heeft 3 leden, geen vierde") == true)
    }

    @Test func aHandTypedCitationInALiteralBlockIsFoundOnItsOwnLine() throws {
        let text = Self.agreement([]) + "      - |\n        De partijen volgen\n        artikel 2, vijfde lid.\n"
        let found = try expectOnly("RD-OVK-025", at: 26, 9, in: diagnostics(of: text), severity: .waarschuwing)
        #expect(found.message == "'artikel 2, vijfde lid' bestaat niet: artikel 2 heeft één lid, geen vijfde; "
            + "verwijs met [[artikel-id]] of [[artikel-id/lid]], dan zet raadsdoc het nummer")
    }

    @Test func handTypedCitationsThatExistOrCiteOtherRegulationsPass() throws {
        let text = Self.agreement([
            "Zie artikel 1, tweede lid, en artikel 1 lid 3.",
            "Op grond van artikel 171, eerste lid, Gemeentewet en artikel 12 van de statuten.",
            "Zoals artikel 279 van het Decreet over het lokaal bestuur en artikel 3:40 BW bepalen.",
        ])
        expectNone(in: try diagnostics(of: text))
        let own = try diagnostics(of: Self.agreement(["Zie artikel 9 van deze overeenkomst."]))
        #expect(own.map(\.code) == ["RD-OVK-025"])
    }
}
