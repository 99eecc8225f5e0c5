import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocPipeline

/// Writes never leave the folder they are made for: no link planted in it
/// is followed, a temporary name is never reused, the sweep removes only
/// what raadsdoc made, and a target that is not a regular file is refused.
@Suite struct FileSystemSafetyTests {
    @Test func aLinkPlantedUnderATemporaryNameIsNotWrittenThrough() throws {
        let directory = try TestSupport.temporaryDirectory()
        let outside = try TestSupport.temporaryDirectory() + "/buiten.txt"
        try "van iemand anders".write(toFile: outside, atomically: false, encoding: .utf8)
        // Every temporary name this process could take next.
        let next = FileSystem.temporaryName(for: "brief.odt")
        let prefix = String(next[..<next.lastIndex(of: "-")!])
        let count = Int(next[next.index(after: next.lastIndex(of: "-")!)...])!
        for number in count...(count + 50) {
            #expect(symlink(outside, directory + "/" + prefix + "-\(number)") == 0)
        }
        try FileSystem.writeAtomically(Array("brief".utf8), to: directory + "/brief.odt")
        #expect(try FileSystem.read(directory + "/brief.odt") == Array("brief".utf8))
        #expect(try FileSystem.read(outside) == Array("van iemand anders".utf8))
    }

    @Test func temporaryNamesAreNeverTheSameTwiceInOneProcess() {
        let names = Set((0..<1000).map { _ in FileSystem.temporaryName(for: "brief.odt") })
        #expect(names.count == 1000)
        #expect(names.allSatisfy { FileSystem.originalName(ofTemporary: $0) == "brief.odt" })
    }

    @Test func aLinkedFolderInsideTheOutputIsRefusedInDutch() throws {
        let output = try TestSupport.temporaryDirectory()
        let outside = try TestSupport.temporaryDirectory()
        #expect(symlink(outside, output + "/sub") == 0)
        let error = #expect(throws: FileSystem.Failure.self) {
            try FileSystem.writeAtomically(Array("brief".utf8), to: "sub/brief.odt", below: output)
        }
        #expect(error?.description.contains("is een symbolische koppeling") == true, "\(error?.description ?? "")")
        #expect(FileSystem.contents(of: outside).isEmpty)
    }

    @Test func aBatchIntoAnOutputWithALinkedFolderWritesNothingOutside() throws {
        let input = try TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: input + "/sub", withIntermediateDirectories: true)
        try CommandLineTests.letter.write(toFile: input + "/sub/brief.yaml", atomically: true, encoding: .utf8)
        let output = try TestSupport.temporaryDirectory()
        let outside = try TestSupport.temporaryDirectory()
        let precious = outside + "/brief.odt"
        try "niet aankomen".write(toFile: precious, atomically: false, encoding: .utf8)
        #expect(symlink(outside, output + "/sub") == 0)
        let outcome = BatchRunner(options: BatchOptions(outputDirectory: output, jobs: 1)).run([input]) { _, _, _ in }
        #expect(outcome.items.map(\.status) == [.mislukt])
        #expect(outcome.items.first?.failure?.contains("symbolische koppeling") == true, "\(outcome.items.first?.failure ?? "")")
        #expect(FileSystem.contents(of: outside) == ["brief.odt"])
        #expect(try FileSystem.read(precious) == Array("niet aankomen".utf8))
    }

    @Test func theSweepRemovesOnlyWhatRaadsdocMadeAndFollowsNoLink() throws {
        let output = try TestSupport.temporaryDirectory()
        let outside = try TestSupport.temporaryDirectory()
        try "x".write(toFile: outside + "/.brief.odt.raadsdoc-tmp-1-1", atomically: false, encoding: .utf8)
        try "x".write(toFile: outside + "/gewoon.odt", atomically: false, encoding: .utf8)
        // A link into the other folder, a loop of links, and names that
        // only look like raadsdoc's.
        #expect(symlink(outside, output + "/koppeling") == 0)
        #expect(symlink(output, output + "/lus") == 0)
        try "x".write(toFile: output + "/.brief.odt.raadsdoc-tmp-1-1", atomically: false, encoding: .utf8)
        try "x".write(toFile: output + "/notities.raadsdoc-tmp-bewaren", atomically: false, encoding: .utf8)
        try "x".write(toFile: output + "/.brief.odt.raadsdoc-tmp-12x", atomically: false, encoding: .utf8)
        let leftovers = FileSystem.removeTemporaries(below: output)
        #expect(leftovers.isEmpty)
        #expect(FileSystem.contents(of: output) == [".brief.odt.raadsdoc-tmp-12x", "koppeling", "lus", "notities.raadsdoc-tmp-bewaren"])
        #expect(FileSystem.contents(of: outside) == [".brief.odt.raadsdoc-tmp-1-1", "gewoon.odt"])
    }

    /// /dev/null and /dev/full are devices, a FIFO would block, a folder is
    /// not a file: each is refused (exit 2) and left as it was.
    @Test(arguments: ["fifo", "/dev/null", "/dev/full", "map"])
    func sjabloonRefusesATargetThatIsNotARegularFile(_ kind: String) throws {
        let directory = try TestSupport.temporaryDirectory()
        let target: String
        switch kind {
        case "fifo":
            target = directory + "/huisstijl.odt"
            #expect(mkfifo(target, 0o644) == 0)
        case "map":
            target = directory + "/huisstijl.odt"
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        default:
            target = kind
        }
        let run = try CommandLineTests.raadsdoc("sjabloon", target)
        #expect(run.status == 2)
        #expect(run.errors.contains("bestaat al en is een"), "\(run.errors)")
        #expect(!run.errors.contains("raadsdoc-tmp"))
        if kind == "fifo" || kind == "map" {
            var status = stat()
            #expect(lstat(target, &status) == 0 && (status.st_mode & S_IFMT) == (kind == "fifo" ? S_IFIFO : S_IFDIR))
        }
    }

    @Test func ioErrorsAreDutchAndNameNoTemporaryFile() throws {
        let directory = try TestSupport.temporaryDirectory()
        let error = #expect(throws: FileSystem.Failure.self) {
            try FileSystem.writeAtomically(Array("x".utf8), to: directory + "/bestaat-niet/brief.odt")
        }
        #expect(error?.description == "kan map \(directory)/bestaat-niet niet openen: bestaat niet")
        #expect(SystemError.text(EROFS) == "alleen-lezen bestandssysteem")
        #expect(SystemError.text(ENOSPC) == "de schijf is vol")
        #expect(SystemError.text(ELOOP).hasPrefix("te veel symbolische koppelingen"))
    }

    @Test func readingAPipeNeverBlocks() throws {
        let directory = try TestSupport.temporaryDirectory()
        #expect(mkfifo(directory + "/bijlage.yaml", 0o644) == 0)
        let error = #expect(throws: FileSystem.Failure.self) { try FileSystem.read(directory + "/bijlage.yaml") }
        #expect(error?.description.contains("is een pijp (FIFO), geen gewoon bestand") == true, "\(error?.description ?? "")")
        let folder = #expect(throws: FileSystem.Failure.self) { try FileSystem.read(directory) }
        #expect(folder?.description == "\(directory) is een map, geen bestand")
    }

    /// A document that cannot be written is an I/O error: exit 2, in render
    /// as in batch, with the Dutch reason.
    @Test func aDocumentThatCannotBeWrittenExitsTwo() throws {
        let input = try TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: input + "/sub", withIntermediateDirectories: true)
        try CommandLineTests.letter.write(toFile: input + "/sub/brief.yaml", atomically: true, encoding: .utf8)
        for command in ["render", "batch"] {
            let output = try TestSupport.temporaryDirectory()
            let outside = try TestSupport.temporaryDirectory()
            #expect(symlink(outside, output + "/sub") == 0)
            let run = try CommandLineTests.raadsdoc(command, input, "--uit", output)
            #expect(run.status == 2, "\(command): \(run.errors)")
            #expect((run.errors + run.output).contains("is een symbolische koppeling"), "\(command): \(run.errors)")
            #expect(FileSystem.contents(of: outside).isEmpty)
        }
    }

    @Test func anIndexThatCannotBeWrittenIsReportedWithExitTwo() throws {
        let input = try TestSupport.temporaryDirectory()
        try CommandLineTests.letter.write(toFile: input + "/brief.yaml", atomically: true, encoding: .utf8)
        let output = try TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: output + "/index.json", withIntermediateDirectories: false)
        let run = try CommandLineTests.raadsdoc("batch", input, "--uit", output)
        #expect(run.status == 2)
        #expect(run.errors.contains("\(output)/index.json bestaat al en is een map"), "\(run.errors)")
        #expect(FileSystem.isDirectory(output + "/index.json"))
    }

    @Test func anOpenFolderListsTheSameEntriesEachTime() throws {
        let directory = try TestSupport.temporaryDirectory()
        try "x".write(toFile: directory + "/a.yaml", atomically: false, encoding: .utf8)
        let folder = try OpenDirectory(directory)
        #expect(folder.entries().map(\.name) == ["a.yaml"])
        #expect(folder.entries().map(\.name) == ["a.yaml"])
    }
}

