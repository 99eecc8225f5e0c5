import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocPipeline

/// Finding inputs cannot hang or leave the folder given: pipes and devices
/// are skipped with a warning, links out of the folder are not followed,
/// loops end, and what cannot be read is an error with exit 2.
@Suite struct DiscoveryTests {
    static func folder() throws -> String {
        let directory = try TestSupport.temporaryDirectory()
        try CommandLineTests.letter.write(toFile: directory + "/brief.yaml", atomically: true, encoding: .utf8)
        return directory
    }

    @Test func pipesAndSocketsAreSkippedWithAWarningAndNeverOpened() throws {
        let directory = try Self.folder()
        #expect(mkfifo(directory + "/pijp.yaml", 0o644) == 0)
        let found = InputDiscovery.discover([directory])
        #expect(found.inputs.map(\.outputStem) == ["brief"])
        #expect(found.skipped == ["\(directory)/pijp.yaml is een pijp (FIFO), geen gewoon bestand; overgeslagen"])
        #expect(found.unreadable.isEmpty)
        // The CLI finishes (a blocked open would hang here) and checks the letter.
        let run = try CommandLineTests.raadsdoc("check", directory)
        #expect(run.status == 0)
        #expect(run.errors.contains("waarschuwing: \(directory)/pijp.yaml is een pijp (FIFO)"))
    }

    @Test func aPipeNamedOnTheCommandLineIsAReadError() throws {
        let directory = try TestSupport.temporaryDirectory()
        #expect(mkfifo(directory + "/pijp.yaml", 0o644) == 0)
        let run = try CommandLineTests.raadsdoc("check", directory + "/pijp.yaml")
        #expect(run.status == 2)
        #expect(run.errors.contains("is een pijp (FIFO), geen gewoon bestand"))
        #expect(!run.errors.contains("geen problemen gevonden"))
    }

    @Test func linksLeavingTheFolderAreNotFollowedAndLoopsEnd() throws {
        let directory = try Self.folder()
        let outside = try Self.folder()
        #expect(symlink(outside, directory + "/buiten") == 0)
        #expect(symlink(directory, directory + "/lus") == 0)
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: false)
        #expect(symlink("..", directory + "/sub/terug") == 0)
        let found = InputDiscovery.discover([directory])
        #expect(found.inputs.map(\.outputStem) == ["brief"])
        #expect(found.skipped.contains { $0.hasPrefix("\(directory)/buiten is een koppeling naar ") && $0.hasSuffix("; niet gevolgd") })
        #expect(found.skipped.count { $0.contains("al is doorzocht") } == 2)
    }

    @Test func aLinkInsideTheFolderIsFollowed() throws {
        let directory = try Self.folder()
        try FileManager.default.createDirectory(atPath: directory + "/echt", withIntermediateDirectories: false)
        try CommandLineTests.letter.write(toFile: directory + "/echt/tweede.yaml", atomically: true, encoding: .utf8)
        #expect(symlink("echt/tweede.yaml", directory + "/ook.yaml") == 0)
        let found = InputDiscovery.discover([directory])
        #expect(found.inputs.map(\.outputStem) == ["brief", "echt/tweede", "ook"])
        #expect(found.skipped.isEmpty)
    }

    /// Root reads every folder, so an unreadable one is made with a
    /// dangling link and a loop of links in place of input files.
    @Test func danglingAndLoopingLinksAreReadErrorsWithExitTwo() throws {
        let directory = try Self.folder()
        #expect(symlink("nergens.yaml", directory + "/weg.yaml") == 0)
        #expect(symlink("b.yaml", directory + "/a.yaml") == 0)
        #expect(symlink("a.yaml", directory + "/b.yaml") == 0)
        let found = InputDiscovery.discover([directory])
        #expect(found.unreadable.count == 3)
        #expect(found.unreadable.contains("\(directory)/weg.yaml is een symbolische koppeling naar iets dat niet bestaat"))
        #expect(found.unreadable.contains { $0.contains("a.yaml") && $0.contains("te veel symbolische koppelingen") })
        let run = try CommandLineTests.raadsdoc("check", directory)
        #expect(run.status == 2)
        #expect(!run.errors.contains("geen problemen gevonden"))
        let batch = try CommandLineTests.raadsdoc("batch", directory, "--uit", try TestSupport.temporaryDirectory())
        #expect(batch.status == 2)
    }

    @Test func aFolderGivenAsAFileStaysAReadError() throws {
        let directory = try TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/map.yaml", withIntermediateDirectories: false)
        let bijlage = CommandLineTests.letter + "bijlagen:\n  - bestand: map.yaml\n"
        try bijlage.write(toFile: directory + "/brief.yaml", atomically: true, encoding: .utf8)
        let (document, _) = TestSupport.load(directory + "/brief.yaml")
        let messages = document.diagnostics.items.map(\.message)
        #expect(messages.contains { $0.contains("is een map, geen bestand") }, "\(messages)")
        #expect(!messages.contains { $0.contains("bestaat niet") }, "\(messages)")
    }

    @Test func aProfileThatIsALinkLoopIsReportedWithExitTwo() throws {
        let directory = try Self.folder()
        #expect(symlink("raadsdoc.yaml", directory + "/raadsdoc.yaml") == 0)
        let run = try CommandLineTests.raadsdoc("check", directory + "/brief.yaml")
        #expect(run.status == 2)
        #expect(run.errors.contains("raadsdoc.yaml niet openen: te veel symbolische koppelingen"), "\(run.errors)")
    }

    @Test func aForeignFileAsProfileIsRefusedWithoutEchoingIt() throws {
        let run = try CommandLineTests.raadsdoc("check", "--profiel", "/etc/passwd", try Self.folder())
        #expect(run.status == 2)
        #expect(!run.errors.contains("root:"), "\(run.errors)")
        #expect(run.errors.contains("geen .yaml-bestand"))
        let pipe = try TestSupport.temporaryDirectory() + "/raadsdoc.yaml"
        #expect(mkfifo(pipe, 0o644) == 0)
        for command in ["check", "batch"] {
            let piped = try CommandLineTests.raadsdoc(command, "--profiel", pipe, try Self.folder())
            #expect(piped.status == 2)
            #expect(piped.errors.contains("is een pijp (FIFO)"), "\(piped.errors)")
        }
        let template = try CommandLineTests.raadsdoc("render", "--sjabloon", "/dev/zero", try Self.folder())
        #expect(template.status == 2)
        #expect(template.errors.contains("is een apparaat, geen gewoon bestand"), "\(template.errors)")
    }

    /// A name that holds a newline or ends like a diagnostic is quoted and
    /// escaped, so no output line looks like a diagnostic it is not.
    @Test func fileNamesCannotForgeDiagnostics() throws {
        let directory = try TestSupport.temporaryDirectory()
        let names = ["x.yaml:1:1: fout[RD-NEP-001]: vals.yaml", "regel\nnep.yaml:1:1: fout[RD-NEP-002]: vals.yaml"]
        for name in names {
            try "soort: brief\n".write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
        let run = try CommandLineTests.raadsdoc("check", directory)
        #expect(run.status == 1)
        let lines = run.errors.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix(directory + "/x.yaml:1:1: fout[RD-NEP") }, "\(run.errors)")
        #expect(!lines.contains { $0.hasPrefix("nep.yaml") }, "\(run.errors)")
        #expect(run.errors.contains("\"\(directory)/regel\\nnep.yaml:1:1: fout[RD-NEP-002]: vals.yaml\":"), "\(run.errors)")
        #expect(PathName.displayed("gewoon/pad.yaml") == "gewoon/pad.yaml")
    }

    /// A bijlage or a profile's `sjabloon:` that is a pipe is refused
    /// without being opened for reading, which would block for ever.
    @Test func aPipeAsBijlageOrTemplateCannotBlock() throws {
        let directory = try TestSupport.temporaryDirectory()
        #expect(mkfifo(directory + "/bijlage.yaml", 0o644) == 0)
        #expect(mkfifo(directory + "/huisstijl.ott", 0o644) == 0)
        try "gemeente: Proefstad\nsjabloon: huisstijl.ott\n".write(toFile: directory + "/raadsdoc.yaml", atomically: true, encoding: .utf8)
        let letter = CommandLineTests.letter + "bijlagen:\n  - bestand: bijlage.yaml\n"
        try letter.write(toFile: directory + "/brief.yaml", atomically: true, encoding: .utf8)
        let (document, _) = TestSupport.load(directory + "/brief.yaml")
        let messages = document.diagnostics.items.map(\.message)
        #expect(messages.contains { $0.contains("bijlage.yaml is een pijp (FIFO)") }, "\(messages)")
        #expect(messages.contains { $0.contains("huisstijl.ott is een pijp (FIFO)") }, "\(messages)")
    }
}
