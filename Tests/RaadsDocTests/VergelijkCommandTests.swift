import Foundation
import Testing
@testable import RaadsDocCore

/// `raadsdoc vergelijk` as a user runs it.
@Suite struct VergelijkCommandTests {
    static let old = VergelijkTests.fixture("oud")

    @Test func anErrorInEitherVersionIsReportedAtItsPlaceAndNothingIsMade() throws {
        let broken = try TestSupport.writeInput("soort: samenwerkingsovereenkomst\ntitel: X\nversiedatum: 2025-01-01\npartijen: 3\n")
        let output = try TestSupport.temporaryDirectory()
        let run = try CommandLineTests.raadsdoc("vergelijk", Self.old, broken, "--uit", output)
        #expect(run.status == 1)
        #expect(run.errors.contains("\(broken):4:11: fout[RD-INVOER-011]"))
        #expect(run.errors.contains("niet vergeleken vanwege fouten"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).isEmpty)
    }

    @Test func theRedlineIsWrittenAndNamedAfterNieuw() throws {
        let output = try TestSupport.temporaryDirectory()
        let run = try CommandLineTests.raadsdoc("vergelijk", Self.old, VergelijkTests.fixture("tabel"), "--uit", output,
                                                "--auteur", "J. Jansen")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == output + "/tabel.vergelijking.odt\n")
        let content = String(decoding: try TestSupport.part("content.xml", of: try FileSystem.read(output + "/tabel.vergelijking.odt")),
                             as: UTF8.self)
        #expect(content.contains("<dc:creator>J. Jansen</dc:creator>"))
    }

    @Test func jsonGivesTheChangeList() throws {
        let run = try CommandLineTests.raadsdoc("vergelijk", Self.old, VergelijkTests.fixture("vervallen-artikel"), "--format", "json")
        #expect(run.status == 0)
        let list = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: String]]
        #expect(list?.first?["bepaling"] == "artikel 4")
        #expect(list?.first?["soort"] == "vervallen")
        #expect(list?.contains { $0["omschrijving"] == "vernummerd van artikel 5 tot artikel 4" } == true)
    }

    @Test func wijzigingWritesTheAmendmentNextToTheRedline() throws {
        let output = try TestSupport.temporaryDirectory()
        let run = try CommandLineTests.raadsdoc("vergelijk", Self.old, VergelijkTests.fixture("onderdeel"), "--uit", output, "--wijziging")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.split(separator: "\n").map(String.init) == [
            output + "/onderdeel.vergelijking.odt", output + "/onderdeel.wijziging.yaml", output + "/onderdeel.wijziging.odt",
        ])
        let yaml = try String(contentsOfFile: output + "/onderdeel.wijziging.yaml", encoding: .utf8)
        #expect(yaml.contains("Artikel 2, tweede lid, onderdeel b, komt te luiden:"))
        #expect(try CommandLineTests.raadsdoc("check", output + "/onderdeel.wijziging.yaml").status == 0)
    }

    @Test func wijzigingSaysWhichChangesItLeavesOut() throws {
        let text = try String(contentsOfFile: Self.old, encoding: .utf8)
        let new = try TestSupport.writeInput(text.replacingOccurrences(of: "samen willen optrekken", with: "samen optrekken")
            .replacingOccurrences(of: "voorlichting in elke wijk;", with: "voorlichting in elke wijk en elk dorp;"))
        let run = try CommandLineTests.raadsdoc("vergelijk", Self.old, new, "--uit", try TestSupport.temporaryDirectory(), "--wijziging")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("let op: deze wijzigingen staan niet in de wijzigingsovereenkomst, die alleen artikelen wijzigt: "
            + "A. Overwegende dat, punt b"))
    }

    @Test func vernummerenBelongsToWijziging() throws {
        let run = try CommandLineTests.raadsdoc("vergelijk", Self.old, VergelijkTests.fixture("onderdeel"), "--vernummeren")
        #expect(run.status == 2)
        #expect(run.errors.contains("--vernummeren hoort bij --wijziging"))
    }

    @Test(.enabled(if: TestSupport.hasCommand("git")))
    func gitComparesWithTheVersionAtARevision() throws {
        let folder = try TestSupport.temporaryDirectory()
        let file = folder + "/overeenkomst.yaml"
        try FileManager.default.copyItem(atPath: Self.old, toPath: file)
        for arguments in [["init", "-q"], ["add", "overeenkomst.yaml"],
                          ["-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "oud"]] {
            #expect(try TestSupport.run("git", ["-C", folder] + arguments).status == 0)
        }
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.copyItem(atPath: VergelijkTests.fixture("nieuw-lid"), toPath: file)
        let run = try CommandLineTests.raadsdoc("vergelijk", "--git", "HEAD", file, "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("\"bepaling\" : \"artikel 3, vierde lid\""))
        let missing = try CommandLineTests.raadsdoc("vergelijk", "--git", "v9.9", file)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("git-revisie v9.9 bestaat niet"))
        let outside = try TestSupport.writeInput(try String(contentsOfFile: Self.old, encoding: .utf8))
        let notInGit = try CommandLineTests.raadsdoc("vergelijk", "--git", "HEAD", outside)
        #expect(notInGit.status == 2)
        #expect(notInGit.errors.contains("staat niet in een git-map"))
    }
}
