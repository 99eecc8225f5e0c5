import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocHTML
@testable import RaadsDocKinds
@testable import RaadsDocODF
@testable import RaadsDocPipeline
@testable import RaadsDocVergelijk

/// `raadsdoc vergelijk`: two versions of an agreement as one redline.
/// Fixtures/vergelijk holds oud.yaml and, per change the issue names, a
/// new version with that one change; the seed agreement gives three more
/// pairs, made at test time.
@Suite struct VergelijkTests {
    static let pairs = ["woord-in-lid", "nieuw-lid", "vervallen-lid", "nieuw-artikel", "vervallen-artikel",
                        "verplaatst-artikel", "begrip", "nieuwe-partij", "ondertekenaar", "datum", "tabel", "onderdeel"]

    static func fixture(_ name: String) -> String {
        TestSupport.path("Tests/RaadsDocTests/Fixtures/vergelijk/\(name).yaml")
    }

    /// The redline of two inputs, both checked without errors.
    static func redline(_ old: String, _ new: String) throws -> (Redline, [UInt8]) {
        let workspace = Workspace()
        let oldDocument = workspace.load(old), newDocument = workspace.load(new)
        #expect(!oldDocument.diagnostics.hasErrors && !newDocument.diagnostics.hasErrors,
                "\(oldDocument.diagnostics.sorted) \(newDocument.diagnostics.sorted)")
        let redline = try #require(Comparison.redline(old: oldDocument, new: newDocument, workspace: workspace, author: "Tester"))
        return (redline, try Comparison.odt(redline, new: newDocument, workspace: workspace))
    }

    static func changes(_ pair: String) throws -> [ChangeEntry] {
        try redline(fixture("oud"), fixture(pair)).0.changes
    }

    @Test(arguments: pairs)
    func redlineIsValidODFAndTheSameTwice(_ pair: String) throws {
        let (redline, odt) = try Self.redline(Self.fixture("oud"), Self.fixture(pair))
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(try Self.redline(Self.fixture("oud"), Self.fixture(pair)).1 == odt)
        #expect(!redline.changes.isEmpty)
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        #expect(content.contains("<text:tracked-changes"))
        #expect(content.contains("text:id=\"ct1\""))
        #expect(content.contains("<dc:creator>Tester</dc:creator>"))
        #expect(content.contains("<dc:date>2025-03-04T"))
    }

    @Test func aWordChangedInALidIsShownWordByWord() throws {
        let (redline, _) = try Self.redline(Self.fixture("oud"), Self.fixture("woord-in-lid"))
        #expect(redline.changes == [ChangeEntry(provision: "artikel 3, tweede lid", kind: .gewijzigd, description: "tekst gewijzigd: “de” wordt “alle”",
                                                old: "De coöperatie organiseert de bijeenkomsten in de wijken.",
                                                new: "De coöperatie organiseert alle bijeenkomsten in de wijken.")])
        let dump = TreeDump.text(redline.document)
        #expect(dump.contains("De coöperatie organiseert {deleted de}{inserted alle} bijeenkomsten in de wijken."))
    }

    @Test func aMovedArticleIsAMoveAndTheOthersAreRenumbered() throws {
        let changes = try Self.changes("verplaatst-artikel")
        #expect(changes.map(\.description) == [
            "vernummerd van artikel 3 tot artikel 4", "vernummerd van artikel 4 tot artikel 5",
            "verplaatst van artikel 5 naar artikel 3",
        ])
        let (redline, _) = try Self.redline(Self.fixture("oud"), Self.fixture("verplaatst-artikel"))
        let dump = TreeDump.text(redline.document)
        #expect(dump.contains("inserted (verplaatst van artikel 5)"))
        #expect(dump.contains("deleted (verplaatst naar artikel 3)"))
    }

    @Test func aDeletedLidRenumbersTheLidAfterIt() throws {
        let changes = try Self.changes("vervallen-lid")
        #expect(changes.contains { $0.provision == "artikel 3, tweede lid" && $0.kind == .vervallen })
        #expect(changes.contains { $0.description == "vernummerd van derde lid tot tweede lid" })
    }

    @Test func aNewArticleIsInsertedAndTheRestRenumbered() throws {
        let changes = try Self.changes("nieuw-artikel")
        #expect(changes.first == ChangeEntry(provision: "artikel 4", kind: .ingevoegd, description: "ingevoegd",
                                            new: "Artikel 4. Communicatie Partijen communiceren gezamenlijk over het project."))
        #expect(changes.contains { $0.description == "vernummerd van artikel 4 tot artikel 5" })
    }

    @Test func theOverviewOpensTheRedline() throws {
        let (redline, _) = try Self.redline(Self.fixture("oud"), Self.fixture("vervallen-artikel"))
        guard case .heading(let heading) = redline.document.header.first, case .table(let table) = redline.document.header[1] else {
            Issue.record("geen wijzigingsoverzicht vooraan")
            return
        }
        #expect(heading.content.plainText == "Wijzigingsoverzicht")
        #expect(table.rows.first?.cells.map { $0.blocks.map(\.plainText).joined() }
            == ["artikel 4", "Vervallen: “Artikel 4. Kosten Partijen dragen de kosten als volgt: Post Draagt Projectleider gemeente Bijeenkomsten coöperatie”."])
    }

    @Test func identicalVersionsGiveNoChanges() throws {
        let (redline, odt) = try Self.redline(Self.fixture("oud"), Self.fixture("oud"))
        #expect(redline.changes.isEmpty)
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        #expect(!content.contains("tracked-changes"))
    }

    @Test func theHTMLWriterShowsChangesAsInsAndDel() throws {
        let (redline, _) = try Self.redline(Self.fixture("oud"), Self.fixture("woord-in-lid"))
        let html = String(decoding: HTMLWriter(styles: KindRegistry.styles).html(redline.document), as: UTF8.self)
        #expect(html.contains("organiseert <del>de</del><ins>alle</ins> bijeenkomsten"))
    }

    @Test func theChangeListAsJSONUsesDutchKeys() throws {
        let json = Comparison.json(try Self.changes("vervallen-artikel"))
        #expect(json.contains("\"bepaling\" : \"artikel 4\""))
        #expect(json.contains("\"soort\" : \"vervallen\""))
    }
}

/// The property that makes a redline trustworthy, through LibreOffice:
/// Accept All gives the text of NIEUW, numbering included, and Reject All
/// that of OUD (Scripts/libreoffice_redline.py, one soffice for all pairs).
@Suite(.enabled(if: try Tool.require(.soffice, .pythonUNO)))
struct VergelijkLibreOfficeTests {
    struct Result: Decodable {
        let text: [String]
        let redlines: Int
        let accepted: [String]
        let rejected: [String]
    }

    /// The seed agreement with, in turn: its last lid of an article gone
    /// (the lid before has onderdelen), two articles swapped, onderdelen
    /// changed and the last one deleted.
    static func seedPairs(in folder: String) throws -> [(String, String)] {
        let seed = folder + "/samenwerkingsovereenkomst-warmte.yaml"
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        func variant(_ name: String, _ change: (String) -> String) throws -> (String, String) {
            let path = folder + "/\(name).yaml"
            let changed = change(text)
            #expect(changed != text)
            try changed.write(toFile: path, atomically: true, encoding: .utf8)
            return (seed, path)
        }
        let lastLid = "      - |\n        Bij beëindiging van de samenwerking door een deelnemende gemeente of opheffing"
        let disputes = "  - id: geschillen\n"
        return [
            try variant("laatste-lid") { text in
                guard let start = text.range(of: lastLid), let end = text.range(of: "  - id: inwerkingtreding") else { return text }
                return String(text[..<start.lowerBound]) + "\n" + String(text[end.lowerBound...])
            },
            try variant("geschillen-vooraan") { text in
                guard let start = text.range(of: disputes), let end = text.range(of: "  - id: slotbepaling") else { return text }
                let article = String(text[start.lowerBound..<end.lowerBound])
                let without = String(text[..<start.lowerBound]) + String(text[end.lowerBound...])
                return without.replacingOccurrences(of: "  - id: doel\n", with: article + "  - id: doel\n")
            },
            try variant("onderdelen") { text in
                Self.replaced(Self.replaced(text, "Het regionaal bestuurlijk overleg bestaat uit",
                                  "Het regionaal bestuurlijk overleg bestaat uitsluitend uit"),
                         "          - |\n            De programmamanager stuurt het team van medewerkers aan en stuurt op de interne en externe\n"
                             + "            uitvoering van de beoogde resultaten.\n", "")
            },
        ]
    }

    /// Another kind than an agreement: the raadsmededeling with a word
    /// changed, signed side by side.
    static func otherKindPair(in folder: String) throws -> (String, String) {
        let old = folder + "/raadsmededeling-warmte.yaml", new = folder + "/raadsmededeling-nieuw.yaml"
        let text = try String(contentsOfFile: old, encoding: .utf8)
        let changed = replaced(text, "het college van Katwijk de bestuurlijke intentie", "het college van Katwijk zijn bestuurlijke intentie")
        try changed.write(toFile: new, atomically: true, encoding: .utf8)
        return (old, new)
    }

    /// `text` with `old` replaced by `new`, which must be there.
    static func replaced(_ text: String, _ old: String, _ new: String) -> String {
        #expect(text.contains(old), "niet gevonden: \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func acceptAllGivesNieuwAndRejectAllGivesOud() throws {
        let directory = try TestSupport.temporaryDirectory()
        let seedFolder = try TestSupport.copyOfExamples(["leidse-regio"]) + "/leidse-regio"
        var pairs = VergelijkTests.pairs.map { (VergelijkTests.fixture("oud"), VergelijkTests.fixture($0)) }
        pairs += try Self.seedPairs(in: seedFolder)
        pairs.append(try Self.otherKindPair(in: seedFolder))
        var files: [String] = []
        var expected: [(name: String, redline: String, old: String, new: String)] = []
        for (index, (old, new)) in pairs.enumerated() {
            let workspace = Workspace()
            let oldDocument = workspace.load(old), newDocument = workspace.load(new)
            #expect(!oldDocument.diagnostics.hasErrors && !newDocument.diagnostics.hasErrors, "\(new)")
            let redline = try #require(Comparison.redline(old: oldDocument, new: newDocument, workspace: workspace))
            let name = PathName.lastComponent(of: new)
            let paths = (redline: "\(directory)/\(index)-vergelijking.odt", old: "\(directory)/\(index)-oud.odt",
                         new: "\(directory)/\(index)-nieuw.odt")
            try FileSystem.writeAtomically(try Comparison.odt(redline, new: newDocument, workspace: workspace), to: paths.redline)
            try FileSystem.writeAtomically(try Renderer().odt(oldDocument, workspace: workspace), to: paths.old)
            try FileSystem.writeAtomically(try Renderer().odt(newDocument, workspace: workspace), to: paths.new)
            files += [paths.redline, paths.old, paths.new]
            expected.append((name, paths.redline, paths.old, paths.new))
        }
        let run = try TestSupport.run("/usr/bin/python3", [TestSupport.path("Tests/RaadsDocTests/Scripts/libreoffice_redline.py"),
                                                           directory + "/lo-profiel"] + files)
        #expect(run.status == 0, "\(run.output)")
        let line = run.output.split(separator: "\n").last { $0.hasPrefix("{") } ?? ""
        let results = try JSONDecoder().decode([String: Result].self, from: Data(line.utf8))
        for pair in expected {
            let redline = try #require(results[pair.redline]), old = try #require(results[pair.old]),
                new = try #require(results[pair.new])
            #expect(redline.redlines > 0, "\(pair.name): geen bijgehouden wijzigingen")
            #expect(old.redlines == 0 && new.redlines == 0)
            #expect(redline.accepted == new.text, "\(pair.name): Alles accepteren geeft niet NIEUW")
            #expect(redline.rejected == old.text, "\(pair.name): Alles verwerpen geeft niet OUD")
            #expect(pair.name.hasPrefix("raadsmededeling") || new.text.contains { $0.hasPrefix("Artikel") },
                    "\(pair.name): geen artikelnummers gelezen")
        }
    }
}

/// `raadsdoc vergelijk --wijziging`: the instructions of the
/// wijzigingsovereenkomst, as a drafter following chapter 6 of the
/// Aanwijzingen voor de regelgeving writes them, and the agreement they make.
@Suite struct WijzigingTests {
    typealias Instruction = Amendment.Instruction

    static func instructions(_ pair: String, renumbers: Bool = false) throws -> [Instruction] {
        let workspace = Workspace()
        let old = workspace.load(VergelijkTests.fixture("oud")), new = workspace.load(VergelijkTests.fixture(pair))
        return try #require(Comparison.amendment(old: old, new: new, workspace: workspace, renumbers: renumbers)).instructions
    }

    @Test func aChangedOnderdeelIsNamedExactly() throws {
        #expect(try Self.instructions("onderdeel") == [
            Instruction(sentence: "Artikel 2, tweede lid, onderdeel b, komt te luiden:",
                        text: ["b. een collectieve inkoop bij ten minste twee installateurs."]),
        ])
    }

    @Test func aChangedLidComesToRead() throws {
        #expect(try Self.instructions("woord-in-lid") == [
            Instruction(sentence: "Artikel 3, tweede lid, komt te luiden:",
                        text: ["2. De coöperatie organiseert alle bijeenkomsten in de wijken."]),
        ])
    }

    @Test func anInsertedArticleGetsALetter() throws {
        #expect(try Self.instructions("nieuw-artikel") == [
            Instruction(sentence: "Na artikel 3 wordt een artikel ingevoegd, luidende:",
                        text: ["Artikel 3a. Communicatie", "Partijen communiceren gezamenlijk over het project."]),
        ])
    }

    @Test func withRenumberingTheInsertionSaysSo() throws {
        #expect(try Self.instructions("nieuw-artikel", renumbers: true) == [
            Instruction(sentence: "Onder vernummering van de artikelen 4 en 5 tot 5 en 6 wordt na artikel 3 een artikel ingevoegd, luidende:",
                        text: ["Artikel 4. Communicatie", "Partijen communiceren gezamenlijk over het project."]),
        ])
    }

    @Test func aDeletedArticleLapses() throws {
        #expect(try Self.instructions("vervallen-artikel") == [Instruction(sentence: "Artikel 4 vervalt.", text: [])])
        #expect(try Self.instructions("vervallen-artikel", renumbers: true)
            == [Instruction(sentence: "Artikel 4 vervalt, onder vernummering van artikel 5 tot artikel 4.", text: [])])
    }

    @Test func aDeletedLidLapses() throws {
        #expect(try Self.instructions("vervallen-lid") == [Instruction(sentence: "Artikel 3, tweede lid, vervalt.", text: [])])
        #expect(try Self.instructions("vervallen-lid", renumbers: true) == [
            Instruction(sentence: "Artikel 3, tweede lid, vervalt, onder vernummering van het derde lid tot tweede lid.", text: []),
        ])
    }

    @Test func aNewLidIsInsertedAfterTheLast() throws {
        #expect(try Self.instructions("nieuw-lid") == [
            Instruction(sentence: "In artikel 3 wordt na het derde lid een lid ingevoegd, luidende:",
                        text: ["3a. De gemeente stelt een jaarverslag op."]),
        ])
    }

    @Test func aMovedArticleIsInsertedAndLapsesAtItsOldPlace() throws {
        #expect(try Self.instructions("verplaatst-artikel") == [
            Instruction(sentence: "Na artikel 2 wordt een artikel ingevoegd, luidende:",
                        text: ["Artikel 2a. Geschillen", "Partijen lossen geschillen in overleg op."]),
            Instruction(sentence: "Artikel 5 vervalt.", text: []),
        ])
    }

    @Test func aChangedDefinitionIsNamedByItsTerm() throws {
        #expect(try Self.instructions("begrip") == [
            Instruction(sentence: "In artikel 1 komt de begripsbepaling van ‘installateur’ te luiden:",
                        text: ["installateur: een gecertificeerd bedrijf dat zonnepanelen plaatst en onderhoudt."]),
        ])
    }

    /// The amendment is an agreement like any other: it checks without
    /// errors, carries NIEUW's parties and OUD's citeertitel, and renders
    /// as valid ODF.
    @Test func theAmendmentIsAnAgreementThatChecksAndRenders() throws {
        let workspace = Workspace()
        let old = workspace.load(VergelijkTests.fixture("oud")), new = workspace.load(VergelijkTests.fixture("nieuwe-partij"))
        let source = try String(contentsOfFile: VergelijkTests.fixture("nieuwe-partij"), encoding: .utf8)
        let yaml = try #require(Comparison.amendmentInput(old: old, new: new, newSource: source, workspace: workspace, renumbers: false))
        #expect(yaml.contains("titel: \"Overeenkomst tot wijziging van de Samenwerkingsovereenkomst Zon op Dak\""))
        #expect(yaml.contains("  - naam: Woningstichting Voorbeeld"))
        let path = try TestSupport.writeInput(yaml, name: "wijziging.yaml")
        let document = workspace.load(path)
        #expect(!document.diagnostics.hasErrors, "\(document.diagnostics.sorted)")
        let odt = try Renderer().odt(document, workspace: workspace)
        #expect(PackageVerifier.problems(in: odt) == [])
        let text = try TestSupport.text(of: odt)
        #expect(text.contains("De Samenwerkingsovereenkomst Zon op Dak wordt als volgt gewijzigd:"))
        #expect(text.contains("C. de Boer"))
        // Numbered as chapter 6 of the Aanwijzingen: Artikel I, instructions A., B.
        #expect(yaml.contains("\nwijziging: ja\n"))
        #expect(text.contains("Artikel I. Wijzigingen\n"))
        #expect(text.contains("Artikel II. Inwerkingtreding\n"))
        #expect(text.contains("\nA. "), "the first instruction is onderdeel A")
        #expect(!text.contains("Artikel 1. Wijzigingen"))
    }
}
