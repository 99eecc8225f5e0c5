import Foundation
import Testing
@testable import RaadsDocCore

/// The folders a batch writes into: entered once, never through a link,
/// and flushed once after the renames into them.
@Suite struct OutputFoldersTests {
    private static func write(_ text: String, _ relative: String, in folders: OutputFolders) throws {
        try folders.folder(PathName.directory(of: relative))
            .writeAtomically(Array(text.utf8), name: PathName.lastComponent(of: relative), durability: .deferred)
    }

    @Test func movesIntoFoldersItMakesAndFlushesEachOnce() throws {
        let root = try TestSupport.temporaryDirectory()
        let folders = OutputFolders(try OpenDirectory(root))
        try Self.write("een", "a/b/.een.staged", in: folders)
        try Self.write("twee", "a/b/.twee.staged", in: folders)
        #expect(folders.synchroniseFileSystems() == nil)
        try folders.move("a/b/.een.staged", to: "a/b/een.odt")
        try folders.move("a/b/.twee.staged", to: "a/b/twee.odt")
        #expect(folders.flushRenamedFolders().isEmpty)
        #expect(try String(contentsOfFile: root + "/a/b/een.odt", encoding: .utf8) == "een")
        #expect(try String(contentsOfFile: root + "/a/b/twee.odt", encoding: .utf8) == "twee")
        #expect(!FileManager.default.fileExists(atPath: root + "/a/b/.een.staged"))
    }

    @Test func refusesAFolderThatIsALinkAndWritesNothingOutside() throws {
        let root = try TestSupport.temporaryDirectory()
        let outside = try TestSupport.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: root + "/weg", withDestinationPath: outside)
        let folders = OutputFolders(try OpenDirectory(root))
        #expect(throws: FileSystem.Failure.self) { try Self.write("x", "weg/brief.odt", in: folders) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    }

    /// More folders than stay open: each still works, and is flushed.
    @Test func handlesMoreFoldersThanItKeepsOpen() throws {
        let root = try TestSupport.temporaryDirectory()
        let folders = OutputFolders(try OpenDirectory(root))
        for number in 0..<300 {
            try Self.write("\(number)", "map-\(number)/.brief.staged", in: folders)
            try folders.move("map-\(number)/.brief.staged", to: "map-\(number)/brief.odt")
        }
        #expect(folders.flushRenamedFolders().isEmpty)
        #expect(try String(contentsOfFile: root + "/map-299/brief.odt", encoding: .utf8) == "299")
        #expect(try String(contentsOfFile: root + "/map-0/brief.odt", encoding: .utf8) == "0")
    }
}
